package org.employmentlinkage.cli.batch;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;
import org.employmentlinkage.domain.Education;
import org.employmentlinkage.region.Region;
import org.employmentlinkage.testkit.Generator;
import org.employmentlinkage.testkit.Generators;

/**
 * Writes a people CSV for {@code linkage batch} with the testkit's seeded generators: every column
 * of {@code docs/cli.md#linkage-batch}, each fact known or unknown (empty), and one row in 1000
 * with an education that is not a value (to be rejected). For the benchmark of BENCHMARKS.md ("##
 * Batch"): {@code java -cp ... PeopleCsvGenerator people.csv 1000000 20180706}. The data are random
 * and fictional; the file is never committed.
 */
public final class PeopleCsvGenerator {
  /** The header written. */
  public static final String HEADER =
      "id,education,graduationDate,householdType,nonFarmTransfer,overcapacityResettled,"
          + "landExpropriated,landExpropriationProjectIds,residence,householdRegion,asOf";

  /** One row in this many has a bad education. */
  public static final int BAD_EVERY = 1000;

  private PeopleCsvGenerator() {}

  /**
   * Writes {@code rows} rows.
   *
   * @param out where to write
   * @param rows the number of data rows
   * @param seed the seed
   * @return the number of rows written with a bad education
   * @throws IOException if writing fails
   */
  public static long write(Writer out, long rows, long seed) throws IOException {
    RandomGenerator random = Generators.random(seed);
    List<String> educations = new ArrayList<>();
    for (Education e : Education.values()) {
      educations.add(e.name());
    }
    educations.add("");
    List<String> regions = new ArrayList<>();
    for (Region r : Region.values()) {
      regions.add(r.code().orElse(r.name()));
    }
    regions.add("");
    Generator<String> education = Generators.oneOf(educations);
    Generator<String> region = Generators.oneOf(regions);
    Generator<String> bool = Generators.oneOf(List.of("true", "false", ""));
    Generator<String> household = Generators.oneOf(List.of("rural", "urban", ""));
    Generator<Integer> day = Generators.integers(0, 16 * 365);
    Generator<Integer> known = Generators.integers(0, 9);
    LocalDate first = LocalDate.of(2010, 1, 1);
    long bad = 0;
    out.write(HEADER);
    out.write('\n');
    StringBuilder line = new StringBuilder(160);
    for (long i = 1; i <= rows; i++) {
      line.setLength(0);
      boolean badRow = i % BAD_EVERY == 0;
      bad += badRow ? 1 : 0;
      line.append('P').append(i).append(',');
      line.append(badRow ? "doctorate-of-everything" : education.next(random)).append(',');
      line.append(known.next(random) < 8 ? first.plusDays(day.next(random)).toString() : "");
      line.append(',').append(household.next(random));
      line.append(',').append(bool.next(random));
      line.append(',').append(bool.next(random));
      String land = bool.next(random);
      line.append(',').append(land);
      line.append(',')
          .append(land.equals("true") && known.next(random) < 5 ? "WFD-" + (i % 97) : "");
      line.append(',').append(region.next(random));
      line.append(',').append(region.next(random));
      line.append(',').append(known.next(random) == 0 ? "2025-06-30" : "");
      line.append('\n');
      out.append(line);
    }
    out.flush();
    return bad;
  }

  /**
   * Writes a file.
   *
   * @param args file, rows (default 1,000,000), seed (default 20180706)
   * @throws IOException if writing fails
   */
  public static void main(String[] args) throws IOException {
    Path file = Path.of(args[0]);
    long rows = args.length > 1 ? Long.parseLong(args[1]) : 1_000_000L;
    long seed = args.length > 2 ? Long.parseLong(args[2]) : 20180706L;
    try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      long bad = write(w, rows, seed);
      System.out.println(file + ": " + rows + " rows, " + bad + " with a bad education");
    }
  }
}
