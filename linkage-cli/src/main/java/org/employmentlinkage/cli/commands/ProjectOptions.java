package org.employmentlinkage.cli.commands;

import java.util.ArrayList;
import java.util.List;
import org.employmentlinkage.io.records.ProjectFacts;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Option;

/**
 * The flags of a project ({@link ProjectFacts}): {@code --project-id}, {@code --type}, {@code
 * --investment}, {@code --region}, {@code --pilot-zone}, {@code --subdistrict}, {@code --category},
 * {@code --government-funded}, {@code --ownership}. Filled by picocli; not thread-safe.
 */
public final class ProjectOptions {
  @Option(names = "--project-id", paramLabel = "ID", descriptionKey = "option.projectId")
  private @Nullable String id;

  @Option(names = "--type", paramLabel = "TYPE", descriptionKey = "option.type")
  private @Nullable String type;

  @Option(names = "--investment", paramLabel = "AMOUNT", descriptionKey = "option.investment")
  private @Nullable String investment;

  @Option(names = "--region", paramLabel = "REGION", descriptionKey = "option.region")
  private @Nullable String region;

  @Option(names = "--pilot-zone", paramLabel = "ZONE", descriptionKey = "option.pilotZone")
  private @Nullable String pilotZone;

  @Option(names = "--subdistrict", paramLabel = "NAME", descriptionKey = "option.subdistrict")
  private @Nullable String subdistrict;

  @Option(names = "--category", paramLabel = "CATEGORY", descriptionKey = "option.category")
  private List<String> categories = new ArrayList<>();

  @Option(
      names = "--government-funded",
      paramLabel = "BOOL",
      arity = "0..1",
      fallbackValue = "true",
      descriptionKey = "option.governmentFunded")
  private @Nullable String governmentFunded;

  @Option(names = "--ownership", paramLabel = "OWNERSHIP", descriptionKey = "option.ownership")
  private @Nullable String ownership;

  /** Created by picocli. */
  public ProjectOptions() {}

  void applyTo(PolicyCommand c, ProjectFacts f) {
    c.flag(f, "--project-id", "id", id);
    c.flag(f, "--type", "type", type);
    c.flag(f, "--investment", "totalInvestment", investment);
    c.flag(f, "--region", "region", region);
    c.flag(f, "--pilot-zone", "pilotZone", pilotZone);
    c.flag(f, "--subdistrict", "subdistrict", subdistrict);
    c.flag(
        f, "--category", "categories", categories.isEmpty() ? null : String.join(";", categories));
    c.flag(f, "--government-funded", "governmentFunded", governmentFunded);
    c.flag(f, "--ownership", "ownership", ownership);
  }
}
