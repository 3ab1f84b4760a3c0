package org.employmentlinkage.rules;

import java.util.EnumMap;
import java.util.Map;
import org.employmentlinkage.policy.ClauseRef;
import org.employmentlinkage.policy.DutyCode;
import org.employmentlinkage.policy.Reason;
import org.employmentlinkage.policy.ReasonCode;
import org.employmentlinkage.policy.internal.Messages;

/**
 * The reason and duty texts of the rules, read once from {@code rules_zh_CN.properties} and {@code
 * rules_en.properties} (UTF-8) with an explicit language, never the JVM's default locale.
 *
 * <p>Every reason (code × clause) is built once, when this class is initialized, so the rules hand
 * out shared constants and never build a reason per call.
 */
final class Texts {
  /** The messages; keys {@code reason.<CODE>} and {@code duty.<CODE>}. */
  static final Messages MESSAGES =
      Messages.load("rules", name -> Texts.class.getResourceAsStream(name));

  private static final String REASON = "reason.";

  private static final Map<ClauseRef, Map<ReasonCode, Reason>> REASONS = buildReasons();

  private Texts() {}

  private static Map<ClauseRef, Map<ReasonCode, Reason>> buildReasons() {
    Map<ClauseRef, Map<ReasonCode, Reason>> byClause = new EnumMap<>(ClauseRef.class);
    for (ClauseRef clause : ClauseRef.values()) {
      Map<ReasonCode, Reason> reasons = new EnumMap<>(ReasonCode.class);
      for (ReasonCode code : ReasonCode.values()) {
        String key = REASON + code.name();
        reasons.put(code, Reason.of(code, clause, MESSAGES.zh(key), MESSAGES.en(key)));
      }
      byClause.put(clause, reasons);
    }
    return byClause;
  }

  /**
   * The reason {@code code} citing {@code clause}: a shared constant.
   *
   * @param code the reason code
   * @param clause the clause
   * @return the reason
   * @throws IllegalArgumentException if there is no text for the code
   */
  static Reason reason(ReasonCode code, ClauseRef clause) {
    Map<ReasonCode, Reason> reasons = REASONS.get(clause);
    Reason r = reasons == null ? null : reasons.get(code);
    if (r == null) {
      throw new IllegalArgumentException("no reason text for " + code);
    }
    return r;
  }

  /**
   * The Chinese text of duty {@code code}.
   *
   * @param code the duty code
   * @return the text
   */
  static String dutyZh(DutyCode code) {
    return MESSAGES.zh("duty." + code.name());
  }

  /**
   * The English text of duty {@code code}.
   *
   * @param code the duty code
   * @return the text
   */
  static String dutyEn(DutyCode code) {
    return MESSAGES.en("duty." + code.name());
  }
}
