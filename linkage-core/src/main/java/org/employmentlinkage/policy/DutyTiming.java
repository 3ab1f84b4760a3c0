package org.employmentlinkage.policy;

/** When a {@link Duty} is due, as far as the policy and the calendar say. */
public enum DutyTiming {
  /** A due date from official calendar data ({@link Duty#deadline()} present, not provisional). */
  DUE_DATE,
  /**
   * A provisional due date: the period runs into a year without an official holiday notice and the
   * policy was built with the provisional calendar; {@link Duty#deadline()} gives the earliest and
   * latest plausible dates.
   */
  PROVISIONAL_DUE_DATE,
  /**
   * The clause sets a period, but the due date cannot be computed because the calendar does not
   * cover the dates it runs through; {@link Duty#period()} and {@link Duty#trigger()} still say
   * what the period is.
   */
  DUE_DATE_UNDETERMINED,
  /** The clause sets no deadline (e.g. the 安置分流方案 of 二（三））. */
  NO_FIXED_DEADLINE,
  /** The clause asks for prompt action without a number of days ("及时", "特事特办、急事急办", "加快处理"). */
  PROMPTLY,
  /** A recurring duty with a configured period ({@link Duty#recurrence()} present). */
  PERIODIC,
  /**
   * A recurring duty whose period the clause leaves open ("定期") and no region configured: the
   * period is undetermined until configured.
   */
  PERIOD_UNDETERMINED
}
