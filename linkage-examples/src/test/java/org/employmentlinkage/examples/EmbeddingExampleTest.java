package org.employmentlinkage.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * The README's embedding example prints what the sources say, for any publication date: a 1.2亿元
 * construction project is major (一（一）: 1亿元以上), and the survey of 二（三） is due 30 working days after
 * the 征收土地公告.
 */
class EmbeddingExampleTest {
  private static String run(String... args) {
    PrintStream saved = System.out;
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (PrintStream capture = new PrintStream(bytes, true, StandardCharsets.UTF_8)) {
      System.setOut(capture);
      EmbeddingExample.main(args);
    } finally {
      System.setOut(saved);
    }
    return bytes.toString(StandardCharsets.UTF_8).strip();
  }

  /**
   * The example: published 2025-09-26, due 2025-11-13 (30 working days; 国庆节 2025-10-01..08
   * off, Sun 2025-09-28 and Sat 2025-10-11 worked: 国办发明电〔2024〕12号).
   */
  @Test
  void anOfficialDueDate() {
    assertThat(run()).isEqualTo("major due 2025-11-13 大政办发〔2018〕83号 二（三）");
    assertThat(run("2025-09-26")).isEqualTo("major due 2025-11-13 大政办发〔2018〕83号 二（三）");
  }

  /**
   * Published 2026-12-20: the 30 working days run into 2027, which no notice arranges yet. Counted
   * by hand on weekdays, with only 元旦 (Fri 2027-01-01, 《全国年节及纪念日放假办法》) resting: Dec 21–25 and 28–31
   * are 9 days, Jan 4–29 are 20 more, so the 30th is Mon 2027-02-01 — the latest date, since 春节 (除夕
   * Fri 02-05) rests only after it. A make-up working weekend before 春节 (every notice 2018–2026 has
   * one) can pull it back to Sat 01-30, the earliest plausible date.
   */
  @Test
  void aProvisionalRangeInTheLastWeeksOfTheYear() {
    assertThat(run("2026-12-20"))
        .isEqualTo(
            "major plan by 2027-01-30, at the latest 2027-02-01 (provisional)"
                + " 大政办发〔2018〕83号 二（三）");
  }
}
