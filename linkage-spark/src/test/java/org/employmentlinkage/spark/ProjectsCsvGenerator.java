package org.employmentlinkage.spark;

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
import org.employmentlinkage.domain.Ownership;
import org.employmentlinkage.domain.ProjectStatus;
import org.employmentlinkage.domain.ProjectType;
import org.employmentlinkage.region.Region;
import org.employmentlinkage.testkit.Generator;
import org.employmentlinkage.testkit.Generators;

/**
 * Writes a projects CSV for {@code linkage batch --kind projects} with the testkit's seeded
 * generators: every column, each fact known or unknown (empty), amounts in the forms HR
 * spreadsheets use, types by name, in Chinese, {@code unknown} or not given (assumed), and bad rows
 * on purpose (an amount that is not one, a region that is no project region, a pilot zone that
 * contradicts the region, completion before the start). The counterpart of linkage-cli's {@code
 * PeopleCsvGenerator}; random, fictional data, never committed.
 */
final class ProjectsCsvGenerator {
  static final String HEADER =
      "id,name,type,categories,totalInvestment,region,pilotZone,subdistrict,governmentFunded,"
          + "ownership,status,approved,constructionStarted,completed,asOf";

  /** One row in this many has an amount that is not an amount. */
  static final int BAD_EVERY = 1000;

  private ProjectsCsvGenerator() {}

  static long write(Writer out, long rows, long seed) throws IOException {
    RandomGenerator random = Generators.random(seed);
    List<String> regions = new ArrayList<>();
    List<String> zones = new ArrayList<>();
    for (Region r : Region.values()) {
      regions.add(r.code().orElse(r.name()));
      if (r.isPilotZone()) {
        zones.add(r.code().orElse(r.name()));
      }
    }
    regions.add("");
    List<String> types = new ArrayList<>(List.of("", "", "unknown", "未知"));
    for (ProjectType t : ProjectType.values()) {
      types.add(t.name());
      types.add(t.zh());
    }
    List<String> owners = new ArrayList<>(List.of(""));
    for (Ownership o : Ownership.values()) {
      owners.add(o.name());
    }
    List<String> stages = new ArrayList<>(List.of(""));
    for (ProjectStatus s : ProjectStatus.values()) {
      stages.add(s.name());
    }
    Generator<String> region = Generators.oneOf(regions);
    Generator<String> zone = Generators.oneOf(zones);
    Generator<String> type = Generators.oneOf(types);
    Generator<String> owner = Generators.oneOf(owners);
    Generator<String> stage = Generators.oneOf(stages);
    Generator<String> bool = Generators.oneOf(List.of("true", "false", "是", "否", ""));
    Generator<String> unit = Generators.oneOf(List.of("", "元", "万元", "亿元", "亿"));
    Generator<Integer> amount = Generators.integers(1, 300_000);
    Generator<Integer> day = Generators.integers(0, 10 * 365);
    Generator<Integer> known = Generators.integers(0, 9);
    LocalDate first = LocalDate.of(2016, 1, 1);
    long bad = 0;
    out.write(HEADER);
    out.write('\n');
    StringBuilder line = new StringBuilder(200);
    for (long i = 1; i <= rows; i++) {
      line.setLength(0);
      boolean badRow = i % BAD_EVERY == 0;
      bad += badRow ? 1 : 0;
      line.append('J').append(i).append(',');
      line.append(known.next(random) < 3 ? "项目" + i : "").append(',');
      line.append(type.next(random)).append(',');
      line.append(known.next(random) == 0 ? "交通;能源" : "").append(',');
      String investment;
      if (badRow) {
        investment = "lots";
      } else if (known.next(random) < 8) {
        String u = unit.next(random);
        int a = amount.next(random);
        investment =
            switch (u) {
              case "", "元" -> (a * 1000L) + u;
              case "万元" -> (a / 10) + u;
              default -> (a / 100_000.0) + u;
            };
      } else {
        investment = "";
      }
      line.append(investment).append(',');
      String r = region.next(random);
      line.append(r).append(',');
      line.append(known.next(random) == 0 ? zone.next(random) : "").append(',');
      line.append(!r.isEmpty() && known.next(random) == 0 ? "某街道" : "").append(',');
      line.append(bool.next(random)).append(',');
      line.append(owner.next(random)).append(',');
      line.append(stage.next(random)).append(',');
      LocalDate approved = first.plusDays(day.next(random));
      line.append(known.next(random) < 5 ? approved.toString() : "").append(',');
      LocalDate started = approved.plusDays(day.next(random) / 10);
      boolean hasStart = known.next(random) < 5;
      line.append(hasStart ? started.toString() : "").append(',');
      // now and then a completion before the start: facts that contradict
      LocalDate completed = started.plusDays(day.next(random) / 5 - 30);
      line.append(hasStart && known.next(random) < 3 ? completed.toString() : "").append(',');
      line.append(known.next(random) < 2 ? first.plusDays(day.next(random)).toString() : "");
      line.append('\n');
      out.append(line);
    }
    out.flush();
    return bad;
  }

  /**
   * Writes a file: {@code java -cp ... ProjectsCsvGenerator projects.csv 1000000 20180706}.
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
      System.out.println(file + ": " + rows + " rows, " + bad + " with a bad amount");
    }
  }
}
