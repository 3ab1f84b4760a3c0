package org.employmentlinkage.io.settings;

import java.util.Objects;

/**
 * A regional settings text is malformed; the message names the source, the key and the rule, e.g.
 * {@code wafangdian.properties: widening.1.threshold: not an amount (write 5000万元 or 50000000)}.
 */
public final class SettingsException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  /** The source's name, e.g. the file name. */
  private final String sourceName;

  /** The key, or empty for the text as a whole. */
  private final String key;

  /** What is wrong. */
  private final String reason;

  /**
   * Creates the exception.
   *
   * @param sourceName the source's name
   * @param key the key, or empty
   * @param reason what is wrong
   * @throws NullPointerException if an argument is null
   */
  public SettingsException(String sourceName, String key, String reason) {
    super(sourceName + ": " + (key.isEmpty() ? "" : key + ": ") + reason);
    this.sourceName = Objects.requireNonNull(sourceName, "sourceName");
    this.key = Objects.requireNonNull(key, "key");
    this.reason = Objects.requireNonNull(reason, "reason");
  }

  /**
   * The source's name.
   *
   * @return the name
   */
  public String sourceName() {
    return sourceName;
  }

  /**
   * The key.
   *
   * @return the key, or empty
   */
  public String key() {
    return key;
  }

  /**
   * What is wrong.
   *
   * @return the reason
   */
  public String reason() {
    return reason;
  }
}
