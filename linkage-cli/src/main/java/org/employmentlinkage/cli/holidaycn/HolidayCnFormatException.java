package org.employmentlinkage.cli.holidaycn;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Thrown when a holiday-cn JSON file cannot be converted: not JSON, a missing or mistyped field, a
 * bad date, a date listed twice, or a file that lists no day at all (holiday-cn's placeholder
 * files, published before the State Council notice is out, look like {@code {"year": 2027,
 * "papers": [], "days": []}}; such a file is never read as "a year without holidays").
 *
 * <p>The message is {@code SOURCE: PATH: REASON} (e.g. {@code 2025.json: days[3].date: "2025-02-30"
 * is not a real day}), or {@code SOURCE:LINE:COLUMN: REASON} for JSON syntax errors.
 */
public class HolidayCnFormatException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  /** The file name. */
  private final String source;

  /** Where in the file, e.g. {@code days[3].date}, or null. */
  private final @Nullable String path;

  /** What is wrong. */
  private final String reason;

  /** Whether the file is a placeholder that lists no day. */
  private final boolean emptyPlaceholder;

  /**
   * Creates the exception.
   *
   * @param source the file name
   * @param path where in the file (e.g. {@code days[3].date} or {@code 12:5}), or null
   * @param reason what is wrong
   * @param emptyPlaceholder whether the file lists no day
   * @throws NullPointerException if {@code source} or {@code reason} is null
   */
  public HolidayCnFormatException(
      String source, @Nullable String path, String reason, boolean emptyPlaceholder) {
    super(
        Objects.requireNonNull(source, "source")
            + (path == null
                ? ""
                : (!path.isEmpty() && Character.isDigit(path.charAt(0)) ? ":" : ": ") + path)
            + ": "
            + Objects.requireNonNull(reason, "reason"));
    this.source = source;
    this.path = path;
    this.reason = reason;
    this.emptyPlaceholder = emptyPlaceholder;
  }

  /**
   * The file name.
   *
   * @return the source
   */
  public String source() {
    return source;
  }

  /**
   * Where in the file: a field path such as {@code days[3].date}, {@code LINE:COLUMN} for a JSON
   * syntax error, or null for the whole file.
   *
   * @return the path, or null
   */
  public @Nullable String path() {
    return path;
  }

  /**
   * What is wrong.
   *
   * @return the reason
   */
  public String reason() {
    return reason;
  }

  /**
   * Whether the file is a placeholder that lists no day ({@code "days": []}).
   *
   * @return {@code true} for an empty {@code days} list
   */
  public boolean isEmptyPlaceholder() {
    return emptyPlaceholder;
  }
}
