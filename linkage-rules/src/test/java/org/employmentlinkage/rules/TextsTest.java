package org.employmentlinkage.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.employmentlinkage.policy.internal.Messages;
import org.junit.jupiter.api.Test;

/**
 * The rules' tables, read with core's message loader (which {@code PolicyTextAndMessagesTest} in
 * linkage-core calls directly on inputs of its own).
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
}
