package org.employmentlinkage.cli.commands;

import java.util.ArrayList;
import java.util.List;
import org.employmentlinkage.io.records.PersonFacts;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Option;

/**
 * The flags of a person ({@link PersonFacts}): {@code --person-id}, {@code --education}, {@code
 * --graduation-date}, {@code --household-type}, {@code --non-farm-transfer}, {@code
 * --overcapacity-resettled}, {@code --land-expropriated}, {@code --land-project}, {@code
 * --residence}, {@code --household-region}, {@code --certification}. Filled by picocli; not
 * thread-safe.
 */
public final class PersonOptions {
  @Option(names = "--person-id", paramLabel = "ID", descriptionKey = "option.personId")
  private @Nullable String id;

  @Option(names = "--education", paramLabel = "EDUCATION", descriptionKey = "option.education")
  private @Nullable String education;

  @Option(
      names = "--graduation-date",
      paramLabel = "DATE",
      descriptionKey = "option.graduationDate")
  private @Nullable String graduationDate;

  @Option(names = "--household-type", paramLabel = "TYPE", descriptionKey = "option.householdType")
  private @Nullable String householdType;

  @Option(
      names = "--non-farm-transfer",
      paramLabel = "BOOL",
      arity = "0..1",
      fallbackValue = "true",
      descriptionKey = "option.nonFarmTransfer")
  private @Nullable String nonFarmTransfer;

  @Option(
      names = "--overcapacity-resettled",
      paramLabel = "BOOL",
      arity = "0..1",
      fallbackValue = "true",
      descriptionKey = "option.overcapacityResettled")
  private @Nullable String overcapacityResettled;

  @Option(
      names = "--land-expropriated",
      paramLabel = "BOOL",
      arity = "0..1",
      fallbackValue = "true",
      descriptionKey = "option.landExpropriated")
  private @Nullable String landExpropriated;

  @Option(names = "--land-project", paramLabel = "ID", descriptionKey = "option.landProject")
  private List<String> landProjects = new ArrayList<>();

  @Option(names = "--residence", paramLabel = "REGION", descriptionKey = "option.residence")
  private @Nullable String residence;

  @Option(
      names = "--household-region",
      paramLabel = "REGION",
      descriptionKey = "option.householdRegion")
  private @Nullable String householdRegion;

  @Option(
      names = "--certification",
      paramLabel = "KEY=BOOL",
      descriptionKey = "option.certification")
  private List<String> certifications = new ArrayList<>();

  /** Created by picocli. */
  public PersonOptions() {}

  void applyTo(PolicyCommand c, PersonFacts f) {
    c.flag(f, "--person-id", "id", id);
    c.flag(f, "--education", "education", education);
    c.flag(f, "--graduation-date", "graduationDate", graduationDate);
    c.flag(f, "--household-type", "householdType", householdType);
    c.flag(f, "--non-farm-transfer", "nonFarmTransfer", nonFarmTransfer);
    c.flag(f, "--overcapacity-resettled", "overcapacityResettled", overcapacityResettled);
    c.flag(f, "--land-expropriated", "landExpropriated", landExpropriated);
    c.flag(
        f,
        "--land-project",
        "landExpropriationProjectIds",
        landProjects.isEmpty() ? null : String.join(";", landProjects));
    c.flag(f, "--residence", "residence", residence);
    c.flag(f, "--household-region", "householdRegion", householdRegion);
    c.flag(
        f,
        "--certification",
        "certifications",
        certifications.isEmpty() ? null : String.join(";", certifications));
  }
}
