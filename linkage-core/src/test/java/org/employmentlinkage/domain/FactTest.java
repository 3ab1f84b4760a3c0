package org.employmentlinkage.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The three-valued fact and the builders' boolean shorthand for it. */
class FactTest {

  @Test
  void aKnownAnswerIsYesOrNoAndUnknownIsTheDefault() {
    assertThat(Fact.of(true)).isEqualTo(Fact.YES);
    assertThat(Fact.of(false)).isEqualTo(Fact.NO);
    assertThat(Fact.YES.isKnown()).isTrue();
    assertThat(Fact.NO.isKnown()).isTrue();
    assertThat(Fact.UNKNOWN.isKnown()).isFalse();
    assertThat(Person.builder().id("A").build().nonFarmTransfer()).isEqualTo(Fact.UNKNOWN);
    assertThat(Fact.UNKNOWN.zh()).isEqualTo("未知");
  }

  @Test
  void theBooleanSettersSetTheSameFactsAsTheFactSetters() {
    assertThat(
            Person.builder()
                .id("A")
                .nonFarmTransfer(true)
                .overcapacityResettled(false)
                .landExpropriated(true)
                .build())
        .isEqualTo(
            Person.builder()
                .id("A")
                .nonFarmTransfer(Fact.YES)
                .overcapacityResettled(Fact.NO)
                .landExpropriated(Fact.YES)
                .build());
    assertThat(
            TrainingRecord.builder()
                .id("T")
                .type(TrainingType.EMPLOYMENT_SKILLS)
                .willing(true)
                .completed(true)
                .passed(false)
                .certified(false)
                .build())
        .isEqualTo(
            TrainingRecord.builder()
                .id("T")
                .type(TrainingType.EMPLOYMENT_SKILLS)
                .willing(Fact.YES)
                .completed(Fact.YES)
                .passed(Fact.NO)
                .certified(Fact.NO)
                .build());
    assertThat(Project.builder().id("P").governmentFunded(true).build().governmentFunded())
        .isEqualTo(Fact.YES);
  }

  /** A switch over a fact handles the unknown case: the compiler requires all three here. */
  @Test
  void aSwitchHandlesUnknown() {
    for (Fact f : Fact.values()) {
      String answer =
          switch (f) {
            case YES -> "yes";
            case NO -> "no";
            case UNKNOWN -> "ask";
          };
      assertThat(answer).isEqualTo(f == Fact.UNKNOWN ? "ask" : f.en());
    }
  }
}
