package org.employmentlinkage.register;

import org.employmentlinkage.domain.ProjectEvent;
import org.employmentlinkage.domain.ProjectEventKind;

/** The natural key of an event within its project: the register's idempotency key. */
final class EventKeys {
  private EventKeys() {}

  /**
   * What identifies an event within its project, whoever delivers it and however often: an issue of
   * 三 末段 is raised (and closed) once per project, so its key is the issue id alone; any other event
   * is its kind and date, with the land-notice kind and the worker count where it has them.
   *
   * @param event the event
   * @return the key, e.g. {@code ISSUE_RAISED ISSUE-1} or {@code LAND_NOTICE 2025-09-26
   *     EXPROPRIATION_NOTICE}
   */
  static String naturalKey(ProjectEvent event) {
    ProjectEventKind kind = event.kind();
    if (kind == ProjectEventKind.ISSUE_RAISED || kind == ProjectEventKind.ISSUE_CLOSED) {
      return kind + " " + event.issueId().orElseThrow();
    }
    StringBuilder key = new StringBuilder().append(kind).append(' ').append(event.date());
    event.landNotice().ifPresent(n -> key.append(' ').append(n));
    event.workers().ifPresent(w -> key.append(" workers=").append(w));
    return key.toString();
  }
}
