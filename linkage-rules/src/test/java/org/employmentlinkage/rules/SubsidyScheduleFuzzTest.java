package org.employmentlinkage.rules;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.DictionaryEntries;
import com.code_intelligence.jazzer.junit.FuzzTest;
import com.google.common.testing.SerializableTester;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.employmentlinkage.domain.SkillLevel;
import org.employmentlinkage.money.Money;

/**
 * Fuzzes the subsidy schedule file ({@link SubsidySchedule#parse(String, String)}) against its
 * documented contract:
 *
 * <ul>
 *   <li>malformed text raises exactly {@link ScheduleFormatException}, whose {@code sourceName()}
 *       is the name passed in, whose {@code line()} is 0 (the text as a whole) or a line of the
 *       text, and whose message is {@code SOURCE:LINE: REASON} with a non-blank reason;
 *   <li>an accepted schedule has a name and a source, a rounding mode that can round ({@code
 *       UNNECESSARY} is refused), is equal to the same text parsed under another name, and survives
 *       serialization as an equal schedule;
 *   <li>every price line of an accepted text ({@code training:}/{@code appraisal:}) is priced on
 *       the first day of its period: {@link SubsidySchedule#baseAmount} is the amount written, and
 *       {@link SubsidySchedule#amount} (the documented result: the price raised by the shortage
 *       uplift of 0 to 100 %, rounded to 分) is present, at least the price and at most twice it,
 *       and never throws; every shortage line has an uplift of 0 to 100 %.
 * </ul>
 *
 * <p>Regression mode replays {@code SubsidyScheduleFuzzTestInputs/parse/}; fuzzing: {@code
 * docs/fuzzing.md}.
 */
class SubsidyScheduleFuzzTest {

  private static final String SOURCE = "fuzzed-schedule.txt";
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  @FuzzTest(maxDuration = "3m")
  @DictionaryEntries({
    "schedule: ",
    "source: ",
    "rounding: ",
    "period: ",
    "shortage-uplift: ",
    "shortage: ",
    "training: ",
    "appraisal: ",
    " | ",
    "..",
    "%",
    "\\x0A",
    "HALF_UP",
    "UNNECESSARY",
    "初级工",
    "五级",
    "高级技师",
    "9999999999999999.99",
    "100%",
    "2025-01-01"
  })
  void parse(byte[] input) throws IOException, ClassNotFoundException {
    String text = new String(input, StandardCharsets.UTF_8);
    SubsidySchedule schedule;
    try {
      schedule = SubsidySchedule.parse(text, SOURCE);
    } catch (ScheduleFormatException e) {
      checkRejection(text, e);
      return;
    } catch (RuntimeException e) {
      throw new AssertionError("parse threw " + e.getClass().getName(), e);
    }
    checkAccepted(text, schedule);
  }

  private static void checkRejection(String text, ScheduleFormatException e) {
    assertThat(e.sourceName()).isEqualTo(SOURCE);
    String[] lines = text.split("\r?\n", -1);
    assertThat(e.line()).as("line of %s", e.getMessage()).isBetween(0, lines.length);
    String prefix = SOURCE + ":" + e.line() + ": ";
    assertThat(e.getMessage()).startsWith(prefix);
    assertThat(e.getMessage().substring(prefix.length())).as("reason").isNotBlank();
  }

  private static void checkAccepted(String text, SubsidySchedule schedule)
      throws IOException, ClassNotFoundException {
    assertThat(schedule.name()).isNotBlank();
    assertThat(schedule.source()).isNotBlank();
    assertThat(schedule.rounding()).isNotEqualTo(RoundingMode.UNNECESSARY);
    SubsidySchedule again = SubsidySchedule.parse(text, "another-name.txt");
    assertThat(again).isEqualTo(schedule).hasSameHashCodeAs(schedule);
    SerializableTester.reserializeAndAssert(schedule);

    // Walk the lines as the format describes them; the text was accepted, so they are well-formed.
    LocalDate periodStart = null;
    for (String raw : text.split("\r?\n", -1)) {
      String line = raw.strip();
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      int colon = line.indexOf(':');
      String key = line.substring(0, colon).strip();
      String value = line.substring(colon + 1).strip();
      switch (key) {
        case "period" -> {
          periodStart = LocalDate.parse(value.substring(0, value.indexOf("..")).strip());
          assertThat(schedule.covers(periodStart)).isTrue();
          assertThat(schedule.periodStart(periodStart)).hasValue(periodStart);
        }
        case "shortage" -> {
          String occupation = value.split("\\|", -1)[0].strip();
          BigDecimal uplift = schedule.shortageUpliftPercent(occupation, periodStart).orElseThrow();
          assertThat(uplift).isBetween(BigDecimal.ZERO, HUNDRED);
        }
        case "training", "appraisal" -> {
          String[] f = value.split("\\|", -1);
          SubsidySchedule.Item item =
              key.equals("training")
                  ? SubsidySchedule.Item.TRAINING
                  : SubsidySchedule.Item.APPRAISAL;
          String occupation = f[0].strip();
          SkillLevel level = SkillLevel.parse(f[1].strip());
          Money price = Money.parse(f[2].strip());
          assertThat(schedule.baseAmount(item, occupation, level, periodStart)).hasValue(price);
          Money amount;
          try {
            amount = schedule.amount(item, occupation, level, periodStart).orElseThrow();
          } catch (RuntimeException e) {
            throw new AssertionError(
                "amount of an accepted price line threw " + e.getClass().getName(), e);
          }
          assertThat(amount).isGreaterThanOrEqualTo(price);
          assertThat(amount.yuan())
              .isLessThanOrEqualTo(price.yuan().multiply(BigDecimal.valueOf(2)));
        }
        default -> {
          // header lines and shortage-uplift: covered by the checks above
        }
      }
    }
  }
}
