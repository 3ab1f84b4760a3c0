package org.employmentlinkage.jackson;

import java.io.IOException;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The JSON shape of one type: its name (the {@code document} field of a document), its fields in
 * the order they are written, how to write them and how to read them back. Immutable and
 * thread-safe.
 *
 * <p><b>Adding a field</b> (e.g. the basis of a {@code Reason}, or the plan-by date of a {@code
 * Deadline}) is one change in one place: add its name to {@link #fields()} where it is to be
 * written, write it in the writer and read it in the reader — reading it from documents of the new
 * schema version only ({@code in.version() >= N}) and giving older documents the documented default
 * — then take the next {@link Schema} version, and update the JSON Schema resource, {@code
 * docs/json.md} and the fixture corpus. The round-trip tests cover the new field by themselves.
 *
 * @param <T> the type
 */
final class Shape<T> {
  /** Writes the fields of a value, in the order of {@link #fields()}. */
  @FunctionalInterface
  interface Writer<T> {
    void write(Out out, T value) throws IOException;
  }

  /** Reads a value from the fields of an object: builds it through its public builder. */
  @FunctionalInterface
  interface Reader<T> {
    T read(In in);
  }

  /** The fields only a document (a value written on its own) carries, first. */
  static final List<String> DOCUMENT_FIELDS = List.of("schema", "document");

  private static final Set<String> DOCUMENT_FIELD_SET = Set.copyOf(DOCUMENT_FIELDS);

  private final String name;
  private final Class<T> type;
  private final List<String> fields;
  private final Writer<T> writer;
  private final Reader<T> reader;

  private Shape(
      String name, Class<T> type, List<String> fields, Writer<T> writer, Reader<T> reader) {
    this.name = name;
    this.type = type;
    this.fields = List.copyOf(fields);
    this.writer = writer;
    this.reader = reader;
  }

  static <T> Shape<T> of(Class<T> type, List<String> fields, Writer<T> writer, Reader<T> reader) {
    return new Shape<>(type.getSimpleName(), type, fields, writer, reader);
  }

  /** A shape whose document name is not the type's simple name (a nested type, e.g.). */
  static <T> Shape<T> named(
      String name, Class<T> type, List<String> fields, Writer<T> writer, Reader<T> reader) {
    return new Shape<>(name, type, fields, writer, reader);
  }

  /** The name of the type in documents, e.g. {@code ScopeDecision}. */
  String name() {
    return name;
  }

  Class<T> type() {
    return type;
  }

  /** The fields, in the order written (a document writes {@link #DOCUMENT_FIELDS} before them). */
  List<String> fields() {
    return fields;
  }

  /** Writes {@code value} as a document: {@code schema} and {@code document}, then its fields. */
  void writeDocument(Out out, T value) throws IOException {
    out.generator().writeStartObject(value);
    out.text("schema", Schema.NAME);
    out.text("document", name);
    writer.write(out, value);
    out.generator().writeEndObject();
  }

  /** Writes {@code value} inside another value of the shape: its fields only. */
  void writeNested(Out out, T value) throws IOException {
    Objects.requireNonNull(value, name);
    out.generator().writeStartObject(value);
    writer.write(out, value);
    out.generator().writeEndObject();
  }

  /**
   * Reads a document's fields (its {@code schema} and {@code document} were checked by the caller).
   */
  T readDocument(In in) {
    in.expectExactly(fields, DOCUMENT_FIELD_SET);
    return build(in);
  }

  /** Reads a value inside another value of the shape. */
  T readNested(In in) {
    in.expectExactly(fields, Set.of());
    return build(in);
  }

  private T build(In in) {
    try {
      return reader.read(in);
    } catch (IllegalArgumentException | IllegalStateException e) {
      throw new ShapeException(
          in.path() + ": the fields do not make a valid " + name + ": " + e.getMessage(), e);
    }
  }

  @Override
  public String toString() {
    return "Shape[" + name + "]";
  }
}
