package org.employmentlinkage.cli.commands;

import org.employmentlinkage.io.records.TrainingFacts;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Option;

/**
 * The flags of a training record ({@link TrainingFacts}): {@code --record-id}, {@code --training},
 * {@code --organiser}, {@code --occupation}, {@code --level}, {@code --training-region}, {@code
 * --willing}, {@code --completed}, {@code --passed}, {@code --certified}, {@code
 * --first-appraisal}, {@code --certificate-date}, {@code --completion-date}. Filled by picocli; not
 * thread-safe.
 */
public final class TrainingOptions {
  @Option(names = "--record-id", paramLabel = "ID", descriptionKey = "option.recordId")
  private @Nullable String id;

  @Option(names = "--training", paramLabel = "TYPE", descriptionKey = "option.training")
  private @Nullable String type;

  @Option(names = "--organiser", paramLabel = "ORGANISER", descriptionKey = "option.organiser")
  private @Nullable String organiser;

  @Option(names = "--occupation", paramLabel = "NAME", descriptionKey = "option.occupation")
  private @Nullable String occupation;

  @Option(names = "--level", paramLabel = "LEVEL", descriptionKey = "option.level")
  private @Nullable String level;

  @Option(
      names = "--training-region",
      paramLabel = "REGION",
      descriptionKey = "option.trainingRegion")
  private @Nullable String region;

  @Option(
      names = "--willing",
      paramLabel = "BOOL",
      arity = "0..1",
      fallbackValue = "true",
      descriptionKey = "option.willing")
  private @Nullable String willing;

  @Option(
      names = "--completed",
      paramLabel = "BOOL",
      arity = "0..1",
      fallbackValue = "true",
      descriptionKey = "option.completed")
  private @Nullable String completed;

  @Option(
      names = "--passed",
      paramLabel = "BOOL",
      arity = "0..1",
      fallbackValue = "true",
      descriptionKey = "option.passed")
  private @Nullable String passed;

  @Option(
      names = "--certified",
      paramLabel = "BOOL",
      arity = "0..1",
      fallbackValue = "true",
      descriptionKey = "option.certified")
  private @Nullable String certified;

  @Option(
      names = "--first-appraisal",
      paramLabel = "BOOL",
      arity = "0..1",
      fallbackValue = "true",
      descriptionKey = "option.firstAppraisal")
  private @Nullable String firstAppraisal;

  @Option(
      names = "--certificate-date",
      paramLabel = "DATE",
      descriptionKey = "option.certificateDate")
  private @Nullable String certificateDate;

  @Option(
      names = "--completion-date",
      paramLabel = "DATE",
      descriptionKey = "option.completionDate")
  private @Nullable String completionDate;

  /** Created by picocli. */
  public TrainingOptions() {}

  void applyTo(PolicyCommand c, TrainingFacts f) {
    c.flag(f, "--record-id", "id", id);
    c.flag(f, "--training", "type", type);
    c.flag(f, "--organiser", "organiser", organiser);
    c.flag(f, "--occupation", "occupation", occupation);
    c.flag(f, "--level", "level", level);
    c.flag(f, "--training-region", "region", region);
    c.flag(f, "--willing", "willing", willing);
    c.flag(f, "--completed", "completed", completed);
    c.flag(f, "--passed", "passed", passed);
    c.flag(f, "--certified", "certified", certified);
    c.flag(f, "--first-appraisal", "firstAppraisal", firstAppraisal);
    c.flag(f, "--certificate-date", "certificateDate", certificateDate);
    c.flag(f, "--completion-date", "completionDate", completionDate);
  }
}
