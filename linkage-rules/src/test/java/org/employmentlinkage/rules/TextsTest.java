package org.employmentlinkage.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.employmentlinkage.policy.ClauseRef;
import org.employmentlinkage.policy.DutyCode;
import org.employmentlinkage.policy.Reason;
import org.employmentlinkage.policy.ReasonCode;
import org.employmentlinkage.policy.internal.Messages;
import org.junit.jupiter.api.Test;

/**
 * The rules' tables, read with core's message loader (which {@code MessagesTest} in linkage-core
 * calls directly on inputs of its own), and their keys against the public codes.
 */
class TextsTest {

  @Test
  void theShippedRulesTablesDefineTheSameKeysInBothLanguages() {
    Messages shipped = Messages.load("rules", Texts.class::getResourceAsStream);
    assertThat(shipped.keys()).isNotEmpty();
    for (String key : shipped.keys()) {
      assertThat(shipped.zh(key)).isNotBlank();
      assertThat(shipped.en(key)).isNotBlank();
    }
    assertThat(Texts.MESSAGES.keys()).isEqualTo(shipped.keys());
  }

  /** Every code has a text in zh-CN and en, and every text belongs to a code: nothing dangles. */
  @Test
  void everyCodeHasItsTextsAndEveryTextItsCode() {
    List<String> expected = new ArrayList<>();
    for (ReasonCode code : ReasonCode.values()) {
      expected.add("reason." + code.name());
      assertThat(Texts.MESSAGES.zh("reason." + code.name())).isNotBlank();
      assertThat(Texts.MESSAGES.en("reason." + code.name())).isNotBlank();
    }
    for (DutyCode code : DutyCode.values()) {
      expected.add("duty." + code.name());
      assertThat(Texts.dutyZh(code)).isNotBlank();
      assertThat(Texts.dutyEn(code)).isNotBlank();
    }
    assertThat(Texts.MESSAGES.keys()).isEqualTo(new TreeSet<>(expected));
    assertThat(ReasonCode.values()).hasSize(114);
    assertThat(DutyCode.values()).hasSize(24);
  }

  @Test
  void reasonsAreSharedConstantsWithTheirCodeClauseAndTexts() {
    Reason r = Texts.reason(ReasonCode.LAND_NOTICE_TRIGGERS, ClauseRef.LAND_EXPROPRIATION);
    assertThat(r.code()).isEqualTo(ReasonCode.LAND_NOTICE_TRIGGERS);
    assertThat(r.clause()).isEqualTo(ClauseRef.LAND_EXPROPRIATION);
    assertThat(r.zh()).isEqualTo(Texts.MESSAGES.zh("reason.LAND_NOTICE_TRIGGERS"));
    assertThat(r.en()).isEqualTo(Texts.MESSAGES.en("reason.LAND_NOTICE_TRIGGERS"));
    assertThat(Texts.reason(ReasonCode.LAND_NOTICE_TRIGGERS, ClauseRef.LAND_EXPROPRIATION))
        .isSameAs(r);
  }
}
