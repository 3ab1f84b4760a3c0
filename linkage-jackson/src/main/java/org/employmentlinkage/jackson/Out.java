package org.employmentlinkage.jackson;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.time.LocalDate;
import java.time.Period;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.TreeMap;
import java.util.TreeSet;
import org.employmentlinkage.money.Money;
import org.employmentlinkage.policy.ClauseRef;

/**
 * Writes the fields of one JSON object of the shape, in the order the shape lists them: dates as
 * ISO-8601 {@code YYYY-MM-DD}, amounts as strings of 元 with two decimals, clauses as their
 * canonical citation, enum constants by {@code name()}, sets sorted, maps by key, and an absent
 * optional value as {@code null}. Not thread-safe; one per document written.
 */
final class Out {
  private final JsonGenerator g;

  Out(JsonGenerator g) {
    this.g = g;
  }

  JsonGenerator generator() {
    return g;
  }

  void text(String f, String v) throws IOException {
    g.writeStringField(f, v);
  }

  void bool(String f, boolean v) throws IOException {
    g.writeBooleanField(f, v);
  }

  void integer(String f, int v) throws IOException {
    g.writeNumberField(f, v);
  }

  void date(String f, LocalDate v) throws IOException {
    g.writeStringField(f, v.toString());
  }

  void constant(String f, Enum<?> v) throws IOException {
    g.writeStringField(f, v.name());
  }

  void money(String f, Money v) throws IOException {
    g.writeStringField(f, v.toString());
  }

  void clause(String f, ClauseRef v) throws IOException {
    g.writeStringField(f, v.canonical());
  }

  void clauses(String f, List<ClauseRef> values) throws IOException {
    g.writeFieldName(f);
    g.writeStartArray(values, values.size());
    for (ClauseRef c : values) {
      g.writeString(c.canonical());
    }
    g.writeEndArray();
  }

  void period(String f, Period v) throws IOException {
    g.writeStringField(f, v.toString());
  }

  <T> void object(String f, Shape<T> shape, T v) throws IOException {
    g.writeFieldName(f);
    shape.writeNested(this, v);
  }

  <T> void list(String f, Shape<T> shape, List<? extends T> values) throws IOException {
    g.writeFieldName(f);
    g.writeStartArray(values, values.size());
    for (T v : values) {
      shape.writeNested(this, v);
    }
    g.writeEndArray();
  }

  /** A set of strings, sorted by {@link String#compareTo} (UTF-16 order, independent of locale). */
  void constantList(String f, List<? extends Enum<?>> values) throws IOException {
    g.writeFieldName(f);
    g.writeStartArray(values, values.size());
    for (Enum<?> v : values) {
      g.writeString(v.name());
    }
    g.writeEndArray();
  }

  void textSet(String f, Collection<String> values) throws IOException {
    g.writeFieldName(f);
    g.writeStartArray(values, values.size());
    for (String v : new TreeSet<>(values)) {
      g.writeString(v);
    }
    g.writeEndArray();
  }

  /** An object of booleans, keys sorted by {@link String#compareTo}. */
  void flags(String f, Map<String, Boolean> values) throws IOException {
    g.writeObjectFieldStart(f);
    for (Map.Entry<String, Boolean> e : new TreeMap<>(values).entrySet()) {
      g.writeBooleanField(e.getKey(), e.getValue());
    }
    g.writeEndObject();
  }

  void optionalText(String f, Optional<String> v) throws IOException {
    if (v.isPresent()) {
      text(f, v.get());
    } else {
      g.writeNullField(f);
    }
  }

  void optionalInteger(String f, OptionalInt v) throws IOException {
    if (v.isPresent()) {
      integer(f, v.getAsInt());
    } else {
      g.writeNullField(f);
    }
  }

  void optionalDate(String f, Optional<LocalDate> v) throws IOException {
    if (v.isPresent()) {
      date(f, v.get());
    } else {
      g.writeNullField(f);
    }
  }

  void optionalConstant(String f, Optional<? extends Enum<?>> v) throws IOException {
    if (v.isPresent()) {
      constant(f, v.get());
    } else {
      g.writeNullField(f);
    }
  }

  void optionalMoney(String f, Optional<Money> v) throws IOException {
    if (v.isPresent()) {
      money(f, v.get());
    } else {
      g.writeNullField(f);
    }
  }

  void optionalPeriod(String f, Optional<Period> v) throws IOException {
    if (v.isPresent()) {
      period(f, v.get());
    } else {
      g.writeNullField(f);
    }
  }

  <T> void optionalObject(String f, Shape<T> shape, Optional<? extends T> v) throws IOException {
    if (v.isPresent()) {
      object(f, shape, v.get());
    } else {
      g.writeNullField(f);
    }
  }
}
