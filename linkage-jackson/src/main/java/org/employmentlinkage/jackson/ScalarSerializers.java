package org.employmentlinkage.jackson;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.ser.std.StdScalarSerializer;
import java.io.IOException;
import java.util.function.Function;
import org.employmentlinkage.money.Money;
import org.employmentlinkage.policy.ClauseRef;
import org.jspecify.annotations.Nullable;

/**
 * The values written as one JSON string: an amount ({@link Money}, a decimal string of 元 with two
 * decimals, never a JSON number) and a clause reference ({@link ClauseRef}, its canonical
 * citation). Thread-safe.
 */
final class ScalarSerializers {
  private ScalarSerializers() {}

  static final class MoneySerializer extends StdScalarSerializer<Money> {
    private static final long serialVersionUID = 1L;

    MoneySerializer() {
      super(Money.class);
    }

    @Override
    public void serialize(Money value, JsonGenerator gen, SerializerProvider provider)
        throws IOException {
      gen.writeString(value.toString());
    }
  }

  static final class ClauseSerializer extends StdScalarSerializer<ClauseRef> {
    private static final long serialVersionUID = 1L;

    ClauseSerializer() {
      super(ClauseRef.class);
    }

    @Override
    public void serialize(ClauseRef value, JsonGenerator gen, SerializerProvider provider)
        throws IOException {
      gen.writeString(value.canonical());
    }
  }

  /** Reads a string value with {@code read}; anything else (a number, too) is refused. */
  static final class StringValueDeserializer<T> extends StdScalarDeserializer<T> {
    private static final long serialVersionUID = 1L;

    private final transient Function<String, T> read;
    private final String form;

    StringValueDeserializer(Class<T> type, String form, Function<String, T> read) {
      super(type);
      this.form = form;
      this.read = read;
    }

    static StringValueDeserializer<Money> money() {
      return new StringValueDeserializer<>(
          Money.class,
          "a string of 元 with two decimals, e.g. \"1200.00\", never a JSON number",
          text -> In.money("$", text));
    }

    static StringValueDeserializer<ClauseRef> clause() {
      return new StringValueDeserializer<>(
          ClauseRef.class,
          "the canonical citation of a clause, e.g. \"大政办发〔2018〕83号 二（三）\"",
          text -> In.clause("$", text));
    }

    @Override
    public T deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      if (p.currentToken() != JsonToken.VALUE_STRING) {
        throw MismatchedInputException.from(
            p,
            handledType(),
            "a " + handledType().getSimpleName() + " is " + form + "; found " + p.currentToken());
      }
      try {
        return read.apply(p.getText());
      } catch (ShapeException e) {
        MismatchedInputException m =
            MismatchedInputException.from(
                p, handledType(), handledType().getSimpleName() + ": " + e.getMessage());
        m.initCause(e);
        throw m;
      }
    }

    /**
     * {@code null} at the top of the input is refused; inside the caller's objects, their rules.
     */
    @Override
    public @Nullable T getNullValue(DeserializationContext ctxt) throws MismatchedInputException {
      JsonParser p = ctxt.getParser();
      if (p != null && p.getParsingContext().inRoot()) {
        throw MismatchedInputException.from(
            p,
            handledType(),
            "a " + handledType().getSimpleName() + " is " + form + "; found null");
      }
      return null;
    }
  }
}
