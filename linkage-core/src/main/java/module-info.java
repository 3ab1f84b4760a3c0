/**
 * linkage-core: the vocabulary of the linkage library.
 *
 * <ul>
 *   <li>{@link org.employmentlinkage.calendar} – the mainland-China working-day calendar (工作日历):
 *       State Council holiday notices, calendars as known at a date, provisional years,
 *       user-supplied notices and working-day deadlines.
 * </ul>
 */
@SuppressWarnings("module") // the qualified export names modules built after this one
module org.employmentlinkage.core {
  requires static org.jspecify;
  requires static org.immutables.value;

  exports org.employmentlinkage.calendar;
  exports org.employmentlinkage.money;
  exports org.employmentlinkage.core.internal.style to
      org.employmentlinkage.rules,
      org.employmentlinkage.testkit;
}
