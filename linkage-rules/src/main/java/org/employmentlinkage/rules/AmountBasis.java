package org.employmentlinkage.rules;

/** Where the amount of a {@link SubsidyEntitlement} comes from, or why there is none. */
public enum AmountBasis {
  /** Not eligible: no amount. */
  NOT_APPLICABLE,
  /** No schedule configured for the region: "amount per schedule" (按规定). */
  PER_RULES,
  /** From the region's schedule, by occupation and level. */
  SCHEDULE,
  /** From the region's schedule, raised for an occupation in the 急需紧缺目录. */
  SCHEDULE_WITH_SHORTAGE_UPLIFT,
  /** The schedule has no amount for the occupation and level on that date. */
  NOT_IN_SCHEDULE,
  /** The occupation or level is not given. */
  FACTS_MISSING
}
