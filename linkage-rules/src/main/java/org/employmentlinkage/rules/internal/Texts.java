package org.employmentlinkage.rules.internal;

import org.employmentlinkage.policy.ClauseRef;
import org.employmentlinkage.policy.Reason;
import org.employmentlinkage.policy.internal.Messages;

/**
 * The reason and duty texts of the rules, read once from {@code rules_zh_CN.properties} and {@code
 * rules_en.properties} (UTF-8) with an explicit language, never the JVM's default locale.
 */
public final class Texts {
  /** The messages; keys {@code reason.<CODE>} and {@code duty.<CODE>}. */
  public static final Messages MESSAGES = Messages.load(Texts.class, "rules");

  private Texts() {}

  /**
   * The reason {@code code} citing {@code clause}.
   *
   * @param code the reason code
   * @param clause the clause
   * @return the reason
   * @throws IllegalArgumentException if there is no text for the code
   */
  public static Reason reason(String code, ClauseRef clause) {
    return Reason.of(code, clause, MESSAGES.zh("reason." + code), MESSAGES.en("reason." + code));
  }

  /**
   * The Chinese text of duty {@code code}.
   *
   * @param code the duty code
   * @return the text
   */
  public static String dutyZh(String code) {
    return MESSAGES.zh("duty." + code);
  }

  /**
   * The English text of duty {@code code}.
   *
   * @param code the duty code
   * @return the text
   */
  public static String dutyEn(String code) {
    return MESSAGES.en("duty." + code);
  }
}
