package org.employmentlinkage.text;

/**
 * A value with a label in Chinese (zh-CN, the authoritative one) and in English: the one shape of
 * every labelled enum of linkage (outcomes, regions, education levels, training types, performer
 * roles, …), so that code which shows them (a command line, a report, a form) handles them alike.
 *
 * <p>Each implementing enum gives its two labels once, in the declaration of each constant; the
 * labels are fixed texts of the library and never depend on the JVM's locale. The Chinese label is
 * the document's or the statute's term where there is one (e.g. 被征地人员, 征收土地公告); the English label
 * is this library's gloss, not an official translation.
 *
 * <p>Implementations are immutable and thread-safe.
 */
public interface Labelled {
  /**
   * The Chinese label (zh-CN), the authoritative one.
   *
   * @return the label, e.g. {@code 是}, {@code 瓦房店市} or {@code 劳动预备制培训}; never blank
   */
  String zh();

  /**
   * The English label, a gloss of {@link #zh()}.
   *
   * @return the label, e.g. {@code yes}, {@code Wafangdian} or {@code labour-preparation training};
   *     never blank
   */
  String en();
}
