package org.employmentlinkage.io.records;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The fields of one kind of {@link Facts}, declared once each: its name, whether it is a list, how
 * its text is read and where the value goes. {@code fields()}, {@code isList}, {@code set} and
 * {@code reset} of a facts class are derived from the table, so a field cannot be named in one and
 * forgotten in another (the four classes once repeated index constants, a {@code switch} and a
 * reset list each). Immutable once built and thread-safe; the facts it fills are not.
 *
 * @param <F> the facts class
 */
final class FieldTable<F> {
  /** Reads the non-blank text of a field, or throws {@link FactException} naming the field. */
  @FunctionalInterface
  interface Reader<T> {
    T read(String field, String text);
  }

  /** Stores a field's value, or null (unknown) for blank text and on reset. */
  @FunctionalInterface
  interface Setter<F, T> {
    void set(F facts, @Nullable T value);
  }

  /** Sets a field from its raw text (blank included), for fields with their own rules. */
  @FunctionalInterface
  interface RawSetter<F> {
    void set(F facts, String field, String text);
  }

  /** Clears a field. */
  @FunctionalInterface
  interface Clearer<F> {
    void clear(F facts);
  }

  private record Column<F>(String name, boolean list, RawSetter<F> set, Clearer<F> clear) {}

  private final List<Column<F>> columns;
  private final List<String> names;

  private FieldTable(List<Column<F>> columns) {
    this.columns = List.copyOf(columns);
    List<String> n = new ArrayList<>();
    for (Column<F> c : columns) {
      n.add(c.name());
    }
    this.names = List.copyOf(n);
  }

  static <F> Builder<F> builder() {
    return new Builder<>();
  }

  /** The field names, in order. */
  List<String> names() {
    return names;
  }

  /** Whether the field at {@code index} is a list; false for an index that is none. */
  boolean isList(int index) {
    return index >= 0 && index < columns.size() && columns.get(index).list();
  }

  /**
   * Sets the field at {@code index} of {@code facts} from {@code text}.
   *
   * @throws IndexOutOfBoundsException if {@code index} is not a field's
   * @throws NullPointerException if {@code text} is null
   * @throws FactException if the text is not a value of the field
   */
  void set(F facts, int index, String text) {
    Column<F> c = columns.get(Objects.checkIndex(index, columns.size()));
    c.set().set(facts, c.name(), Objects.requireNonNull(text, "text"));
  }

  /** Clears every field of {@code facts}. */
  void reset(F facts) {
    for (Column<F> c : columns) {
      c.clear().clear(facts);
    }
  }

  /** Declares the fields in order. */
  static final class Builder<F> {
    private final List<Column<F>> columns = new ArrayList<>();

    private Builder() {}

    /**
     * A single value: blank text leaves it unknown (null), other text is read by {@code reader}.
     */
    <T> Builder<F> value(String name, Reader<T> reader, Setter<F, T> setter) {
      columns.add(
          new Column<F>(
              name,
              false,
              (f, field, text) -> setter.set(f, text.isBlank() ? null : reader.read(field, text)),
              f -> setter.set(f, null)));
      return this;
    }

    /** A list of texts ({@code ;}-separated, {@link Values#list}) kept in {@code target}. */
    Builder<F> list(String name, java.util.function.Function<F, Collection<String>> target) {
      columns.add(
          new Column<F>(
              name,
              true,
              (f, field, text) -> {
                Collection<String> c = target.apply(f);
                c.clear();
                c.addAll(Values.list(field, text));
              },
              f -> target.apply(f).clear()));
      return this;
    }

    /** A field with its own rules for its raw text (blank included), and its own reset. */
    Builder<F> custom(String name, boolean list, RawSetter<F> set, Clearer<F> clear) {
      columns.add(new Column<F>(name, list, set, clear));
      return this;
    }

    FieldTable<F> build() {
      return new FieldTable<>(columns);
    }
  }
}
