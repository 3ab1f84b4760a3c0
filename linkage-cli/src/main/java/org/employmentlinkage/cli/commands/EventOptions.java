package org.employmentlinkage.cli.commands;

import org.employmentlinkage.io.records.EventFacts;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Option;

/**
 * The flags of a project event ({@link EventFacts}): {@code --event}, {@code --land-notice}, {@code
 * --involves-land-expropriated-persons}, {@code --recruits-current-graduates}, {@code --workers},
 * {@code --issue-id}, {@code --issue-topic}; the event's date is {@code --date}. Filled by picocli;
 * not thread-safe.
 */
public final class EventOptions {
  @Option(names = "--event", paramLabel = "KIND", descriptionKey = "option.event")
  private @Nullable String kind;

  @Option(names = "--land-notice", paramLabel = "NOTICE", descriptionKey = "option.landNotice")
  private @Nullable String landNotice;

  @Option(
      names = "--involves-land-expropriated-persons",
      paramLabel = "BOOL",
      arity = "0..1",
      fallbackValue = "true",
      descriptionKey = "option.involvesLandExpropriatedPersons")
  private @Nullable String involves;

  @Option(
      names = "--recruits-current-graduates",
      paramLabel = "BOOL",
      arity = "0..1",
      fallbackValue = "true",
      descriptionKey = "option.recruitsCurrentGraduates")
  private @Nullable String graduates;

  @Option(names = "--workers", paramLabel = "N", descriptionKey = "option.workers")
  private @Nullable String workers;

  @Option(names = "--issue-id", paramLabel = "ID", descriptionKey = "option.issueId")
  private @Nullable String issueId;

  @Option(names = "--issue-topic", paramLabel = "TOPIC", descriptionKey = "option.issueTopic")
  private @Nullable String issueTopic;

  /** Created by picocli. */
  public EventOptions() {}

  void applyTo(PolicyCommand c, EventFacts f) {
    c.flag(f, "--event", "kind", kind);
    c.flag(f, "--land-notice", "landNotice", landNotice);
    c.flag(f, "--involves-land-expropriated-persons", "involvesLandExpropriatedPersons", involves);
    c.flag(f, "--recruits-current-graduates", "recruitsCurrentGraduates", graduates);
    c.flag(f, "--workers", "workers", workers);
    c.flag(f, "--issue-id", "issueId", issueId);
    c.flag(f, "--issue-topic", "issueTopic", issueTopic);
  }
}
