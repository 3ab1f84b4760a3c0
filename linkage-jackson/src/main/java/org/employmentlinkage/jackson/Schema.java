package org.employmentlinkage.jackson;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The schema versions of the shape: the one written, and those read. Every change of the shape (a
 * field added, removed or renamed, a type or meaning changed) takes the next number; a reader of
 * version N reads every version it lists, upgrading older documents field by field ({@link
 * In#version()}), and refuses the others with a message naming the version found and those read.
 */
final class Schema {
  /** The name before the slash. */
  static final String PREFIX = "linkage/";

  /** The version written. */
  static final int CURRENT = 1;

  /** The schema name written: {@code linkage/1}. */
  static final String NAME = PREFIX + CURRENT;

  /** The versions read, oldest first. */
  static final List<Integer> READ = List.of(1);

  private Schema() {}

  /**
   * The version of a schema name.
   *
   * @param text the value of a document's {@code schema} field
   * @return the version, one of {@link #READ}
   * @throws ShapeException if the text is not a schema name this version reads
   */
  static int version(String text) {
    if (text.startsWith(PREFIX)) {
      String number = text.substring(PREFIX.length());
      if (number.matches("[1-9][0-9]{0,8}")) {
        int v = Integer.parseInt(number);
        if (READ.contains(v)) {
          return v;
        }
      }
    }
    throw new ShapeException(
        "schema: "
            + In.quote(text)
            + " is not a schema this version of linkage-jackson reads; it reads "
            + names()
            + (text.startsWith(PREFIX) ? "" : " (a linkage document starts with \"schema\")"));
  }

  /**
   * The schema names read, e.g. {@code linkage/1}.
   *
   * @return the names, comma-separated
   */
  static String names() {
    return READ.stream().map(v -> PREFIX + v).collect(Collectors.joining(", "));
  }
}
