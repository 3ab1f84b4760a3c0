package org.employmentlinkage.jackson;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.DictionaryEntries;
import com.code_intelligence.jazzer.junit.FuzzTest;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.employmentlinkage.calendar.Deadline;
import org.employmentlinkage.calendar.HolidayNotice;
import org.employmentlinkage.domain.Candidate;
import org.employmentlinkage.domain.LabourDemand;
import org.employmentlinkage.domain.Person;
import org.employmentlinkage.domain.Project;
import org.employmentlinkage.domain.ProjectEvent;
import org.employmentlinkage.domain.TrainingRecord;
import org.employmentlinkage.money.Money;
import org.employmentlinkage.policy.ClauseRef;
import org.employmentlinkage.policy.Decision;
import org.employmentlinkage.policy.Duty;
import org.employmentlinkage.policy.PolicyDocument;

/**
 * Fuzzes reading ({@link LinkageJson#mapper()}) against the documented contract: any text read as
 * any of the main document types either gives a value that is written in the shape and reads back
 * equal (writing it again gives the same bytes), or is refused with exactly Jackson's {@link
 * JsonProcessingException} (a parse error, a {@code MismatchedInputException} of the shape, a
 * stream constraint) with a non-blank message. Anything else that escapes (an {@code
 * IllegalArgumentException} of a builder, a {@code DateTimeException}, a {@code
 * NullPointerException}, a stack overflow) is a finding.
 *
 * <p>Regression mode replays {@code LinkageJsonFuzzTestInputs/read/}: the conformance corpus and
 * documents that break one rule each; fuzzing: docs/fuzzing.md.
 */
class LinkageJsonFuzzTest {
  private static final ObjectMapper JSON = LinkageJson.mapper();

  private static final List<Class<?>> TYPES =
      List.of(
          Decision.class,
          Duty.class,
          Deadline.class,
          HolidayNotice.class,
          PolicyDocument.class,
          Project.class,
          Person.class,
          TrainingRecord.class,
          Candidate.class,
          LabourDemand.class,
          ProjectEvent.class,
          Money.class,
          ClauseRef.class);

  @FuzzTest(maxDuration = "3m")
  @DictionaryEntries({
    "\"schema\":\"linkage/1\"",
    "\"document\":",
    "\"ScopeDecision\"",
    "\"ObligationDecision\"",
    "\"Duty\"",
    "\"Deadline\"",
    "\"Project\"",
    "\"Person\"",
    "\"ProjectEvent\"",
    "\"outcome\":\"YES\"",
    "\"reasons\":[",
    "\"missingFacts\":[]",
    "\"versions\":",
    "\"timing\":\"DUE_DATE\"",
    "\"deadline\":",
    "\"period\":{\"workingDays\":30,\"countsMakeupWorkdays\":true}",
    "\"totalInvestment\":\"100000000.00\"",
    "\"2025-09-26\"",
    "\"大政办发〔2018〕83号 二（三）\"",
    "\"WAFANGDIAN\"",
    "\"UNKNOWN\"",
    "null",
    "\\x0A"
  })
  void read(byte[] input) {
    String text = new String(input, StandardCharsets.UTF_8);
    for (Class<?> type : TYPES) {
      Object value;
      try {
        value = JSON.readValue(text, type);
      } catch (JsonProcessingException e) {
        assertThat(e.getOriginalMessage()).as("message of %s", e).isNotBlank();
        continue;
      } catch (RuntimeException | StackOverflowError e) {
        throw new AssertionError("reading a " + type.getSimpleName() + " threw " + e, e);
      }
      roundTrip(type, value);
    }
  }

  private static void roundTrip(Class<?> type, Object value) {
    try {
      String written = JSON.writeValueAsString(value);
      Object back = JSON.readValue(written, type);
      assertThat(back).isEqualTo(value);
      assertThat(JSON.writeValueAsString(back)).isEqualTo(written);
      if (!(value instanceof Money) && !(value instanceof ClauseRef)) {
        assertThat(written).startsWith("{\"schema\":\"linkage/1\",\"document\":\"");
      }
    } catch (JsonProcessingException e) {
      throw new AssertionError("a " + type.getSimpleName() + " read did not round-trip", e);
    }
  }
}
