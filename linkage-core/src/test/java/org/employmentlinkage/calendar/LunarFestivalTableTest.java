package org.employmentlinkage.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.employmentlinkage.calendar.FestivalTable.Festivals;
import org.employmentlinkage.calendar.lunar.FestivalTableGenerator;
import org.employmentlinkage.calendar.lunar.LunisolarYear;
import org.junit.jupiter.api.Test;

/**
 * The shipped {@code festivals.txt} is exactly what the documented algorithm produces, so the table
 * cannot drift from it. With {@code -Dlinkage.festivals.regenerate=true} this test first rewrites
 * the file in the source tree (the working directory of surefire is the module directory).
 */
class LunarFestivalTableTest {

  private static final String REGENERATE = "linkage.festivals.regenerate";

  @Test
  void shippedTableIsExactlyTheGeneratorOutput() throws IOException {
    String expected = FestivalTableGenerator.render();
    Path source = Path.of(FestivalTableGenerator.RESOURCE);
    if (Boolean.getBoolean(REGENERATE)) {
      Files.writeString(source, expected, StandardCharsets.UTF_8);
    }
    assertThat(Files.readString(source, StandardCharsets.UTF_8))
        .as(
            "%s differs from FestivalTableGenerator.render(); regenerate with"
                + " ./mvnw -B -q -pl linkage-core -am test -Dtest=LunarFestivalTableTest"
                + " -Dsurefire.failIfNoSpecifiedTests=false -D%s=true",
            source, REGENERATE)
        .isEqualTo(expected);
  }

  @Test
  void festivalTableAnswersWhatTheAlgorithmComputesForEveryYear() {
    for (int y = FestivalTable.FIRST_YEAR; y <= FestivalTable.LAST_YEAR; y++) {
      LunisolarYear.Result r = LunisolarYear.compute(y);
      assertThat(FestivalTable.forYear(y))
          .as("year %d", y)
          .isEqualTo(
              new Festivals(y, r.chuxi(), r.chunjie(), r.qingming(), r.duanwu(), r.zhongqiu()));
    }
  }

  @Test
  void tableCoversAtLeast2000Through2050() {
    assertThat(FestivalTable.FIRST_YEAR).isLessThanOrEqualTo(2000);
    assertThat(FestivalTable.LAST_YEAR).isGreaterThanOrEqualTo(2050);
    // the generator (test scope) writes exactly the years the shipped table declares
    assertThat(FestivalTableGenerator.FIRST_YEAR).isEqualTo(FestivalTable.FIRST_YEAR);
    assertThat(FestivalTableGenerator.LAST_YEAR).isEqualTo(FestivalTable.LAST_YEAR);
  }

  @Test
  void yearsOutsideTheTableAreRejectedWithTheRange() {
    assertThatThrownBy(() -> FestivalTable.forYear(FestivalTable.FIRST_YEAR - 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("1999")
        .hasMessageContaining("2000..2050");
    assertThatThrownBy(() -> FestivalTable.forYear(FestivalTable.LAST_YEAR + 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("2051");
  }

  @Test
  void noFestivalHingesOnAnInstantWithinTheErrorBoundOfMidnight() {
    List<LunisolarYear.Result> all = new ArrayList<>();
    for (int y = FestivalTable.FIRST_YEAR; y <= FestivalTable.LAST_YEAR; y++) {
      LunisolarYear.Result r = LunisolarYear.compute(y);
      all.add(r);
      assertThat(FestivalTableGenerator.margin(r)).as("year %d", y).doesNotContain("WITHIN");
    }
    List<FestivalTableGenerator.NearMidnight> near = FestivalTableGenerator.nearMidnight(all);
    assertThat(near)
        .filteredOn(n -> Math.abs(n.seconds()) < FestivalTableGenerator.ERROR_BOUND_SECONDS)
        .allSatisfy(n -> assertThat(n.effect()).isEqualTo("no festival of the year changes"));
  }
}
