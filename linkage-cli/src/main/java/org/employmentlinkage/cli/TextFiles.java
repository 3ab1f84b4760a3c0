package org.employmentlinkage.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Reading the text files the command line reads whole (notices, settings, subsidy schedules, JSON
 * input, holiday-cn files), with a limit and strict UTF-8 (docs/cli.md, "Files and limits").
 *
 * <ul>
 *   <li><b>At most {@value #MAX_BYTES_TEXT}.</b> No more than {@link #MAX_BYTES} + 1 bytes are ever
 *       read, so a device such as {@code /dev/zero}, a pipe or a multi-gigabyte file stops the
 *       command at once with {@link ErrorCode#FILE_NOT_READABLE}, never with an {@code
 *       OutOfMemoryError}. A regular file over the limit is refused by its size, without reading.
 *   <li><b>UTF-8 only.</b> The formats are defined in UTF-8 (JSON by RFC 8259 §8.1); bytes that are
 *       not UTF-8 (a file saved in GBK by a Chinese Windows editor) are refused with the line they
 *       are on and the file's own error code, never read as replacement characters. A leading
 *       byte-order mark is skipped.
 * </ul>
 *
 * <p>Thread-safe; all methods are static.
 */
public final class TextFiles {
  /** The largest file read whole: 4 MiB. */
  public static final int MAX_BYTES = 4 << 20;

  /** {@link #MAX_BYTES} as written in messages and docs. */
  public static final String MAX_BYTES_TEXT = "4 MiB";

  private TextFiles() {}

  /**
   * Reads a whole text file in UTF-8, at most {@link #MAX_BYTES}.
   *
   * @param file the file
   * @param texts the language of error messages
   * @param badFormat the error code of the file's format, for bytes that are not UTF-8 (e.g. {@link
   *     ErrorCode#BAD_NOTICE_FILE})
   * @return the text, without a leading byte-order mark
   * @throws CliException {@link ErrorCode#FILE_NOT_READABLE} if the file cannot be read (missing, a
   *     directory, no permission, larger than the limit); {@code badFormat} if it is not UTF-8, the
   *     message {@code FILE:LINE: REASON}
   */
  public static String readUtf8(Path file, Texts texts, ErrorCode badFormat) {
    byte[] bytes = readBytes(file, texts);
    String text;
    try {
      text = decodeUtf8(bytes);
    } catch (NotUtf8Exception e) {
      throw new CliException(badFormat, texts.get("error.file.notUtf8", file, e.line()), e);
    }
    return text;
  }

  /**
   * Reads at most {@link #MAX_BYTES} bytes of a file.
   *
   * @param file the file
   * @param texts the language of error messages
   * @return the bytes
   * @throws CliException {@link ErrorCode#FILE_NOT_READABLE} if the file cannot be read or is
   *     larger than the limit
   */
  public static byte[] readBytes(Path file, Texts texts) {
    try {
      if (Files.isDirectory(file)) {
        throw CalendarOptions.unreadable(file, new IOException("a directory"), texts);
      }
      if (Files.isRegularFile(file) && Files.size(file) > MAX_BYTES) {
        throw tooLarge(file, texts);
      }
      try (InputStream in = Files.newInputStream(file)) {
        byte[] bytes = in.readNBytes(MAX_BYTES + 1);
        if (bytes.length > MAX_BYTES) {
          throw tooLarge(file, texts);
        }
        return bytes;
      }
    } catch (IOException e) {
      throw CalendarOptions.unreadable(file, e, texts);
    }
  }

  private static CliException tooLarge(Path file, Texts texts) {
    return new CliException(
        ErrorCode.FILE_NOT_READABLE,
        texts.get("error.file.unreadable", file, texts.get("error.file.tooLarge", MAX_BYTES_TEXT)));
  }

  /**
   * Decodes UTF-8 strictly: the first byte sequence that is not UTF-8 is an error naming its line.
   * A leading byte-order mark is dropped.
   *
   * @param bytes the bytes
   * @return the text
   * @throws NotUtf8Exception if some bytes are not UTF-8
   */
  public static String decodeUtf8(byte[] bytes) {
    CharsetDecoder decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    CharBuffer out = CharBuffer.allocate(bytes.length + 1);
    CoderResult r = decoder.decode(in, out, true);
    if (r.isError()) {
      throw new NotUtf8Exception(lineAt(bytes, in.position()));
    }
    r = decoder.flush(out);
    if (r.isError()) {
      throw new NotUtf8Exception(lineAt(bytes, in.position()));
    }
    out.flip();
    if (out.hasRemaining() && out.charAt(0) == '\uFEFF') {
      out.position(1);
    }
    return out.toString();
  }

  /**
   * The 1-based line of a byte offset: line feeds before it plus one. Right for UTF-8, GBK and
   * GB18030, whose multi-byte sequences never contain the byte {@code 0x0A}.
   */
  private static long lineAt(byte[] bytes, int offset) {
    long line = 1;
    for (int i = 0; i < offset && i < bytes.length; i++) {
      if (bytes[i] == '\n') {
        line++;
      }
    }
    return line;
  }

  /** Bytes that are not UTF-8, with the line they are on. */
  public static final class NotUtf8Exception extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    /** The 1-based line. */
    private final long line;

    /**
     * Creates the exception.
     *
     * @param line the 1-based line of the first bytes that are not UTF-8
     */
    public NotUtf8Exception(long line) {
      super("not UTF-8 text at line " + line);
      this.line = line;
    }

    /**
     * The 1-based line of the first bytes that are not UTF-8.
     *
     * @return the line
     */
    public long line() {
      return line;
    }
  }
}
