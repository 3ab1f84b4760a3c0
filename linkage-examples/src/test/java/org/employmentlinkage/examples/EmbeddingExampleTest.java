package org.employmentlinkage.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * The README's embedding example prints what the sources say: a 1.2亿元 construction project is major
 * (一（一）: 1亿元以上), and the survey after a 征收土地公告 of 2025-09-26 is due 2025-11-13 (the issue's
 * example; 30 working days, 国庆节 2025-10-01..08 off, Sat 2025-09-28 and Sat 2025-10-11 worked,
 * 国办发明电〔2024〕12号), under 二（三）.
 */
class EmbeddingExampleTest {
  @Test
  void printsTheScopeAnswerTheDueDateAndTheClause() {
    PrintStream saved = System.out;
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (PrintStream capture = new PrintStream(bytes, true, StandardCharsets.UTF_8)) {
      System.setOut(capture);
      EmbeddingExample.main(new String[0]);
    } finally {
      System.setOut(saved);
    }
    assertThat(bytes.toString(StandardCharsets.UTF_8).strip())
        .isEqualTo("major 2025-11-13 大政办发〔2018〕83号 二（三）");
  }
}
