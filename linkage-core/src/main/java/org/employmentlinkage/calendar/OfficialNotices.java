package org.employmentlinkage.calendar;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The built-in data: the State Council notices in the resource {@value #OFFICIAL_RESOURCE} next to
 * this class, and how resources of this package are opened on the class path and the module path
 * (ADR 0004).
 *
 * <p>Thread-safe: the notices are parsed, validated and merged once, on first use.
 */
final class OfficialNotices {

  /** The resource holding the built-in notices, next to this class. */
  static final String OFFICIAL_RESOURCE = "official-notices.txt";

  /** The package of this class as a resource path, with a trailing slash. */
  static final String RESOURCE_DIR = "org/employmentlinkage/calendar/";

  private OfficialNotices() {}

  /** The built-in notices, loaded on first use. */
  private static final class Holder {
    static final List<HolidayNotice> NOTICES = load();

    private static List<HolidayNotice> load() {
      try (InputStream in = openResource(RESOURCE_DIR + OFFICIAL_RESOURCE, OFFICIAL_RESOURCE)) {
        if (in == null) {
          throw new IllegalStateException(
              "the built-in notices (resource " + OFFICIAL_RESOURCE + ") are missing from the jar");
        }
        // one String decoded at once: no stream decoder on the load path
        Reader r = new StringReader(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        List<HolidayNotice> read = NoticeText.read(r, OFFICIAL_RESOURCE);
        List<HolidayNotice> merged = NoticeSets.merge(read);
        if (!merged.equals(read)) {
          throw new IllegalStateException(
              OFFICIAL_RESOURCE + " must list the notices in order of release");
        }
        return merged;
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read " + OFFICIAL_RESOURCE, e);
      }
    }
  }

  /**
   * The built-in notices in order of release.
   *
   * @return the notices, unmodifiable
   */
  static List<HolidayNotice> list() {
    return Holder.NOTICES;
  }

  /**
   * Reads the bytes of the built-in notices (for the cheap load path, {@link OfficialScan}).
   *
   * @return the bytes, or null if the resource cannot be read (the full path then reports it)
   */
  static byte @Nullable [] bytes() {
    try (InputStream in = openResource(RESOURCE_DIR + OFFICIAL_RESOURCE, OFFICIAL_RESOURCE)) {
      return in == null ? null : in.readAllBytes();
    } catch (IOException e) {
      return null;
    }
  }

  /**
   * Opens a resource of this package.
   *
   * <p>{@link Class#getResourceAsStream} of a class on the class path first asks the parent class
   * loaders, and the boot loader looks for a name outside any module package in every JDK module:
   * on a cold JVM that opens the runtime image and costs several milliseconds. {@link
   * Module#getResourceAsStream} of the unnamed module goes to the class path directly, and of a
   * named module (module path) to that module's own content; if it finds nothing (an unusual class
   * loader), the class's own lookup is the fallback.
   *
   * @param absoluteName the resource path from the root, e.g. {@code org/.../official-notices.txt}
   * @param relativeName the same resource relative to this class's package
   * @return the stream, or null if there is no such resource
   * @throws IOException if opening fails
   */
  static @Nullable InputStream openResource(String absoluteName, String relativeName)
      throws IOException {
    InputStream in = OfficialNotices.class.getModule().getResourceAsStream(absoluteName);
    return in != null ? in : OfficialNotices.class.getResourceAsStream(relativeName);
  }
}
