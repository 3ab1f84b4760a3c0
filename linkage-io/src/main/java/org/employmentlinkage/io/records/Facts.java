package org.employmentlinkage.io.records;

import java.util.List;
import java.util.Objects;

/**
 * The facts of one entity (project, person, training record, event), filled field by field from
 * flags, a JSON input file or a CSV row, then built into the library's domain object. Not
 * thread-safe: one instance per thread, reused with {@link #reset()}.
 */
public interface Facts {
  /**
   * The field names, in order (the CSV header and JSON keys use them).
   *
   * @return the names
   */
  List<String> fields();

  /**
   * The index of a field in {@link #fields()}, or -1.
   *
   * @param field the name
   * @return the index, or -1 if unknown
   * @throws NullPointerException if {@code field} is null
   */
  default int index(String field) {
    return fields().indexOf(Objects.requireNonNull(field, "field"));
  }

  /**
   * Whether a field holds a list ({@code ;}-separated in a cell or flag, an array in JSON).
   *
   * @param index the field's index
   * @return {@code true} for list fields
   */
  boolean isList(int index);

  /**
   * Sets a field from text. Blank text leaves the fact unknown (clears it).
   *
   * @param index the field's index
   * @param text the text
   * @throws FactException if the text is not a value of the field
   * @throws IndexOutOfBoundsException if {@code index} is not an index of {@link #fields()}
   * @throws NullPointerException if {@code text} is null
   */
  void set(int index, String text);

  /**
   * Sets a list field from items (JSON arrays).
   *
   * @param index the field's index
   * @param items the items
   * @throws FactException if the field is not a list or an item is invalid
   * @throws IndexOutOfBoundsException if {@code index} is not an index of {@link #fields()}
   * @throws NullPointerException if {@code items} or an item is null
   */
  default void setList(int index, List<String> items) {
    Objects.checkIndex(index, fields().size());
    for (String item : Objects.requireNonNull(items, "items")) {
      Objects.requireNonNull(item, "items contains null");
    }
    if (!isList(index)) {
      throw new FactException(fields().get(index), Problem.WRONG_TYPE, "text");
    }
    set(index, String.join(";", items));
  }

  /**
   * Sets a field by name.
   *
   * @param field the name
   * @param text the text
   * @throws FactException {@link Problem#UNKNOWN_FIELD}, or if the text is not a value of the field
   * @throws NullPointerException if an argument is null
   */
  default void set(String field, String text) {
    Objects.requireNonNull(text, "text");
    int i = index(field);
    if (i < 0) {
      throw new FactException(field, Problem.UNKNOWN_FIELD);
    }
    set(i, text);
  }

  /** Forgets every fact, to read the next row. */
  void reset();
}
