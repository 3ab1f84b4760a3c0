/**
 * linkage-core: the vocabulary of the linkage library.
 *
 * <ul>
 *   <li>{@link org.employmentlinkage.calendar} – the mainland-China working-day calendar (工作日历):
 *       State Council holiday notices, calendars as known at a date, provisional years,
 *       user-supplied notices and working-day deadlines.
 *   <li>{@link org.employmentlinkage.money} – exact amounts of yuan.
 *   <li>{@link org.employmentlinkage.policy} – 大政办发〔2018〕83号 and its chain, clause citations,
 *       responsible units, decisions, reasons, missing facts and duties.
 *   <li>{@link org.employmentlinkage.region} – 大连市, its county-level units and pilot zones.
 *   <li>{@link org.employmentlinkage.domain} – projects, people, training records, candidates and
 *       project events.
 *   <li>{@link org.employmentlinkage.text} – the one shape of the labels in zh-CN and en.
 * </ul>
 */
@SuppressWarnings("module") // the qualified export names modules built after this one
module org.employmentlinkage.core {
  requires static org.jspecify;
  requires static org.immutables.value;

  exports org.employmentlinkage.calendar;
  exports org.employmentlinkage.money;
  exports org.employmentlinkage.policy;
  exports org.employmentlinkage.region;
  exports org.employmentlinkage.domain;
  exports org.employmentlinkage.text;
  exports org.employmentlinkage.core.internal.style to
      org.employmentlinkage.rules,
      org.employmentlinkage.testkit;
  // the one message loader (UTF-8 .properties, explicit language), shared with the rules' texts
  exports org.employmentlinkage.policy.internal to
      org.employmentlinkage.rules;
}
