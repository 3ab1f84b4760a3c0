package org.employmentlinkage.examples;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Objects;
import org.employmentlinkage.calendar.ChinaCalendars;
import org.employmentlinkage.io.settings.PolicySettings;
import org.employmentlinkage.rules.LinkagePolicy;

/**
 * Embedding example: a region's parameters of 大政办发〔2018〕83号 kept in a small settings file (the
 * format of {@link PolicySettings}: widening of the major-project scope, the period of 二（五）'s
 * liaison, subsidy schedules, service specialists), read once at start-up into the one {@link
 * LinkagePolicy} a service keeps as a singleton.
 *
 * <p>The policy leaves these parameters to the regions ("各地区可根据本地实际扩大重大项目范围", "定期对接", "按规定给予培训补贴");
 * no region is known to have set any of them (瓦政办发〔2018〕66号 only forwards the document), so every
 * settings file in this project is labelled hypothetical.
 *
 * <p>Thread-safe; all methods are static.
 */
public final class RegionalSettings {
  private RegionalSettings() {}

  /**
   * The policy of a region: its settings file, the provisional calendar (so that deadlines running
   * into a year without a holiday notice get a flagged range instead of no date), and the service's
   * clock.
   *
   * @param settingsFile the settings file; subsidy schedules it names are resolved against its
   *     directory
   * @param clock the clock "today" comes from
   * @return the policy
   * @throws NullPointerException if an argument is null
   * @throws IOException if the file or a schedule file cannot be read
   * @throws org.employmentlinkage.io.settings.SettingsException if the settings are malformed
   * @throws org.employmentlinkage.rules.ScheduleFormatException if a schedule file is malformed
   * @throws IllegalArgumentException if the settings would narrow the municipal scope of 一（一）
   */
  public static LinkagePolicy policy(Path settingsFile, Clock clock) throws IOException {
    Objects.requireNonNull(settingsFile, "settingsFile");
    Objects.requireNonNull(clock, "clock");
    return PolicySettings.read(settingsFile)
        .calendar(ChinaCalendars.provisional())
        .clock(clock)
        .build();
  }
}
