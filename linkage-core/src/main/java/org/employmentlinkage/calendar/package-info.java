/**
 * The mainland-China working-day calendar (工作日历) and working-day deadlines (以工作日计算的期限).
 *
 * <p>Start with {@link org.employmentlinkage.calendar.ChinaCalendars#official()}: a {@link
 * org.employmentlinkage.calendar.WorkingDayCalendar} built from the State Council General Office's
 * yearly holiday notices (国务院办公厅关于部分节假日安排的通知) and their amendments, each cited by number, title,
 * release date and source. It answers only inside its {@link
 * org.employmentlinkage.calendar.WorkingDayCalendar#coverage() coverage} and throws {@link
 * org.employmentlinkage.calendar.OutsideCoverageException} elsewhere; {@link
 * org.employmentlinkage.calendar.ChinaCalendars#provisional()} extends it with flagged projections,
 * {@link org.employmentlinkage.calendar.ChinaCalendars#officialAsKnownAt(java.time.LocalDate)}
 * replays what was known at a date, and {@link
 * org.employmentlinkage.calendar.ChinaCalendars#withNotices(java.util.Collection)} adds notices the
 * user loads with {@link org.employmentlinkage.calendar.HolidayNotices} in linkage's text format
 * ({@code docs/notice-format.md}), so a new year can be added the day its notice is published.
 *
 * <p>Deadlines such as "土地征收公告发布后30个工作日内" are computed with {@link
 * org.employmentlinkage.calendar.WorkingDayPeriod}: the trigger day is never counted, the due date
 * is the n-th working day after it, and the period ends at 24:00 Beijing time on the due date.
 *
 * <p>All types in this package are immutable and thread-safe, except the mutable {@link
 * org.employmentlinkage.calendar.ChinaCalendars.Builder}.
 */
@NullMarked
package org.employmentlinkage.calendar;

import org.jspecify.annotations.NullMarked;
