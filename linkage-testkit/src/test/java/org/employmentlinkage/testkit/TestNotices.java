package org.employmentlinkage.testkit;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;
import org.employmentlinkage.calendar.HolidayNotice;
import org.employmentlinkage.calendar.HolidayNotices;

/**
 * FICTITIOUS user notices for 2027 (numbers 测试〔…〕, source example.org), read from {@code
 * fictitious-2027.txt} in linkage's notice format: made up to exercise a calendar with user
 * notices, they say nothing about the real 2027 arrangement, which is not published yet.
 */
public final class TestNotices {
  private TestNotices() {}

  /**
   * The fictitious 2027 notice and its fictitious amendment.
   *
   * @return the notices
   */
  public static List<HolidayNotice> fictitious() {
    try (Reader r =
        new InputStreamReader(
            Objects.requireNonNull(
                TestNotices.class.getResourceAsStream("fictitious-2027.txt"),
                "fictitious-2027.txt"),
            StandardCharsets.UTF_8)) {
      return HolidayNotices.read(r, "fictitious-2027.txt");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
