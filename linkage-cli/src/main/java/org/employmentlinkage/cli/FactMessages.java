package org.employmentlinkage.cli;

import org.employmentlinkage.io.records.FactException;
import org.employmentlinkage.io.records.Problem;

/**
 * The localized message of a {@link FactException}: {@code FIELD: RULE}, never the value (values
 * may be personal data). Thread-safe; all methods are static.
 */
public final class FactMessages {
  private FactMessages() {}

  /**
   * The message of {@code e} in the language of {@code texts}.
   *
   * @param e the exception
   * @param texts the language
   * @return e.g. {@code --education: not one of JUNIOR_COLLEGE (大专), …}
   */
  public static String describe(FactException e, Texts texts) {
    String key = "fact." + e.problem().name();
    if (e.problem() == Problem.REQUIRED && !e.detail().isEmpty()) {
      key = key + ".for";
    }
    return texts.get(key, e.field(), e.detail());
  }
}
