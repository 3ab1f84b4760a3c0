package org.employmentlinkage.cli.json;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.util.Objects;

/**
 * How the command line reads JSON input ({@code --file}, holiday-cn files): the one place of its
 * reading configuration, in a package of its own so that the holiday-cn import, which may not
 * depend on the command line's other packages, shares it. Thread-safe; all methods are static.
 */
public final class JsonInput {
  private JsonInput() {}

  /**
   * The one mapper the command line reads JSON input with ({@code --file}, holiday-cn files):
   * strict, so that nothing in a file is dropped silently. A key given twice in one object is an
   * error ({@link StreamReadFeature#STRICT_DUPLICATE_DETECTION}; Jackson would otherwise keep the
   * last value), and so is anything but white space after the first JSON value ({@link
   * DeserializationFeature#FAIL_ON_TRAILING_TOKENS}; Jackson would otherwise ignore a second
   * document). This is the only place the reading configuration lives: when a JSON module provides
   * the configured mapper, it replaces this one here. Do not reconfigure it.
   *
   * @return the mapper
   */
  public static ObjectMapper mapper() {
    return Mapper.INSTANCE;
  }

  /** Created on first use only: reading JSON input is the only thing that needs databind. */
  private static final class Mapper {
    static final ObjectMapper INSTANCE =
        JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();
  }

  /**
   * Why {@link #mapper()} could not read a JSON input, without quoting its content (it may hold
   * personal data), except a key given twice, which is a field name.
   *
   * @param kind what is wrong
   * @param key the key given twice, or empty
   * @param line the 1-based line of the problem, or 0 if unknown
   * @param column the 1-based column of the problem, or 0 if unknown
   */
  public record ReadError(ReadError.Kind kind, String key, int line, int column) {
    /**
     * Checks the fields.
     *
     * @param kind what is wrong
     * @param key the key given twice, or empty
     * @param line the line, or 0
     * @param column the column, or 0
     * @throws NullPointerException if {@code kind} or {@code key} is null
     */
    public ReadError {
      Objects.requireNonNull(kind, "kind");
      Objects.requireNonNull(key, "key");
    }

    /** What is wrong with a JSON input. */
    public enum Kind {
      /** Not JSON (a syntax error), or not the expected value. */
      SYNTAX,
      /** A key given twice in one object. */
      DUPLICATE_KEY,
      /** Something other than white space after the first JSON value (e.g. a second document). */
      TRAILING_CONTENT
    }

    /**
     * Classifies an exception of {@link #mapper()}.
     *
     * @param e the exception
     * @return what is wrong and where
     */
    public static ReadError of(JsonProcessingException e) {
      JsonLocation at = e.getLocation();
      int line = at == null ? 0 : Math.max(0, at.getLineNr());
      int column = at == null ? 0 : Math.max(0, at.getColumnNr());
      String message = String.valueOf(e.getOriginalMessage());
      if (e instanceof MismatchedInputException && message.startsWith("Trailing token")) {
        return new ReadError(Kind.TRAILING_CONTENT, "", line, column);
      }
      if (e.getProcessor() instanceof JsonParser p && message.startsWith("Duplicate")) {
        String key = p.getParsingContext() == null ? null : p.getParsingContext().getCurrentName();
        if (key != null) {
          return new ReadError(Kind.DUPLICATE_KEY, key, line, column);
        }
      }
      return new ReadError(Kind.SYNTAX, "", line, column);
    }
  }
}
