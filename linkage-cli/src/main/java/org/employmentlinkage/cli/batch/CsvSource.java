package org.employmentlinkage.cli.batch;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The characters of a batch CSV file as FastCSV reads them, decoded strictly and watched.
 *
 * <ul>
 *   <li><b>Strict decoding.</b> Bytes that are not text in the file's encoding are never replaced:
 *       the characters before them are delivered, then the next read throws {@link
 *       UndecodableException} with the row and line they are on. A leading byte-order mark (U+FEFF)
 *       is dropped.
 *   <li><b>Where the parser is.</b> Every delivered character goes through the same quoting rules
 *       as FastCSV 4.1.0's parser (RFC 4180: a {@code "} at the start of a field opens a quoted
 *       field, {@code ""} inside it is a quote, the next {@code "} closes it, characters after the
 *       closing quote are kept; a {@code "} inside an unquoted field is an ordinary character), so
 *       this reader knows the row (record: the header is row 1, CR, LF and CRLF end a row outside
 *       quotes), the line, and whether the text ends inside a quoted field and where that field
 *       opened. FastCSV itself closes such a field silently at the end of the data.
 * </ul>
 *
 * <p>One instance per file; not thread-safe.
 */
final class CsvSource extends Reader {
  private static final int BYTES = 1 << 16;

  private final InputStream in;
  private final CharsetDecoder decoder;
  private final ByteBuffer bytes = ByteBuffer.allocate(BYTES);
  private boolean endOfBytes;
  private boolean started;
  private @Nullable UndecodableException pending;

  // the parser's state, as FastCSV's StrictCsvParser keeps it
  private boolean quotedMode;
  private boolean quotedField;
  private boolean dataField;
  private boolean lastWasCr;
  private long row = 1;
  private long line = 1;
  private long quoteRow;
  private long quoteLine;

  /**
   * A source.
   *
   * @param in the bytes (not closed by {@link #close()}: the caller owns the stream)
   * @param encoding the file's encoding
   */
  CsvSource(InputStream in, Charset encoding) {
    this.in = Objects.requireNonNull(in, "in");
    this.decoder =
        encoding
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    bytes.flip(); // empty, ready to be read from
  }

  @Override
  public int read(char[] cbuf, int off, int len) throws IOException {
    Objects.checkFromIndexSize(off, len, cbuf.length);
    UndecodableException p = pending;
    if (p != null) {
      throw p;
    }
    if (len == 0) {
      return 0;
    }
    CharBuffer out = CharBuffer.wrap(cbuf, off, len);
    boolean error = false;
    while (true) {
      CoderResult r = decoder.decode(bytes, out, endOfBytes);
      if (r.isError()) {
        error = true;
        break;
      }
      if (r.isOverflow() || out.position() > off) {
        break;
      }
      if (endOfBytes) {
        if (decoder.flush(out).isError()) {
          error = true;
        }
        break;
      }
      fill();
    }
    int n = out.position() - off;
    if (!started && n > 0) {
      started = true;
      if (cbuf[off] == '\uFEFF') {
        System.arraycopy(cbuf, off + 1, cbuf, off, n - 1);
        n--;
      }
    }
    track(cbuf, off, n);
    if (error) {
      pending = new UndecodableException(row, line);
    }
    if (n == 0) {
      UndecodableException e = pending;
      if (e != null) {
        throw e;
      }
      if (endOfBytes && !bytes.hasRemaining()) {
        return -1;
      }
      return read(cbuf, off, len); // only the byte-order mark was read
    }
    return n;
  }

  private void fill() throws IOException {
    bytes.compact();
    int r = in.read(bytes.array(), bytes.position(), bytes.remaining());
    if (r < 0) {
      endOfBytes = true;
    } else {
      bytes.position(bytes.position() + r);
    }
    bytes.flip();
  }

  private void track(char[] cbuf, int off, int n) {
    for (int i = off; i < off + n; i++) {
      char c = cbuf[i];
      boolean cr = c == '\r';
      boolean lf = c == '\n';
      if (cr || (lf && !lastWasCr)) {
        line++;
      }
      if (quotedMode) {
        if (c == '"') {
          quotedMode = false;
        }
      } else if (c == ',') {
        quotedField = false;
        dataField = false;
      } else if (cr || lf) {
        if (!(lf && lastWasCr)) {
          row++;
        }
        quotedField = false;
        dataField = false;
      } else if (c == '"' && !dataField) {
        quotedMode = true;
        quotedField = true;
        quoteRow = row;
        quoteLine = line;
      } else if (!quotedField) {
        dataField = true;
      }
      lastWasCr = cr;
    }
  }

  /**
   * Whether the characters read so far end inside a quoted field.
   *
   * @return {@code true} if a quote is open
   */
  boolean insideQuotes() {
    return quotedMode;
  }

  /**
   * The row of the open quote (the header is row 1).
   *
   * @return the row, meaningful while {@link #insideQuotes()}
   */
  long quoteRow() {
    return quoteRow;
  }

  /**
   * The line of the open quote.
   *
   * @return the 1-based line, meaningful while {@link #insideQuotes()}
   */
  long quoteLine() {
    return quoteLine;
  }

  /**
   * Whether all the input has been read.
   *
   * @return {@code true} at the end of the bytes
   */
  boolean atEnd() {
    return endOfBytes && !bytes.hasRemaining();
  }

  @Override
  public void close() {
    // the caller owns the stream
  }

  /** Bytes that are not text in the file's encoding. */
  static final class UndecodableException extends IOException {
    private static final long serialVersionUID = 1L;

    /** The row they are in. */
    private final long row;

    /** The line they are on. */
    private final long line;

    UndecodableException(long row, long line) {
      super("not text in the file's encoding at row " + row + ", line " + line);
      this.row = row;
      this.line = line;
    }

    long row() {
      return row;
    }

    long line() {
      return line;
    }
  }
}
