package org.employmentlinkage.cli.batch;

import java.nio.file.Path;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** The format of a batch's output file. */
public enum OutputFormat {
  /** CSV with a header row, UTF-8, {@code \n} line ends. */
  CSV,
  /** One JSON array, one element per line, streamed. */
  JSON,
  /** JSON Lines: one JSON object per line. */
  JSONL;

  /**
   * The format a file name implies: {@code .csv}, {@code .json}, {@code .jsonl} or {@code .ndjson}.
   *
   * @param file the output file
   * @return the format, or null if the extension says none
   */
  public static @Nullable OutputFormat ofFileName(Path file) {
    Path name = file.getFileName();
    String n = name == null ? "" : name.toString().toLowerCase(Locale.ROOT);
    if (n.endsWith(".csv")) {
      return CSV;
    }
    if (n.endsWith(".jsonl") || n.endsWith(".ndjson")) {
      return JSONL;
    }
    if (n.endsWith(".json")) {
      return JSON;
    }
    return null;
  }
}
