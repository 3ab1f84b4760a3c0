package org.employmentlinkage.jackson;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.type.LogicalType;
import java.io.IOException;
import java.util.List;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * Reads a document of the shape: an object whose {@code schema} is a version this module reads and
 * whose {@code document} names one of the shapes it accepts (one, or all decisions for {@code
 * Decision}), then the fields of that shape. Every problem is a {@link MismatchedInputException}
 * whose message names the schema, the type and the JSON path. Thread-safe.
 */
final class DocumentDeserializer<T> extends StdDeserializer<T> {
  private static final long serialVersionUID = 1L;

  private final transient List<Shape<? extends T>> shapes;

  DocumentDeserializer(Class<T> type, List<Shape<? extends T>> shapes) {
    super(type);
    this.shapes = List.copyOf(shapes);
  }

  static <T> DocumentDeserializer<T> of(Shape<T> shape) {
    return new DocumentDeserializer<>(shape.type(), List.of(shape));
  }

  @Override
  public T deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
    JsonToken t = p.currentToken();
    if (t != JsonToken.START_OBJECT && t != JsonToken.FIELD_NAME && t != JsonToken.END_OBJECT) {
      throw MismatchedInputException.from(
          p,
          handledType(),
          "a " + what() + " document is a JSON object, found " + t + " (docs/json.md)");
    }
    try {
      ObjectNode node = StrictTree.readObject(p, "$");
      int version = Schema.version(documentField(node, "schema"));
      String type = documentField(node, "document");
      Shape<? extends T> shape = shapeNamed(type);
      In in =
          new In(
              node,
              "$",
              new In.Reading(
                  version, ctxt.isEnabled(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)));
      return shape.readDocument(in);
    } catch (ShapeException e) {
      MismatchedInputException m =
          MismatchedInputException.from(
              p, handledType(), Schema.NAME + " " + what() + ": " + e.getMessage());
      m.initCause(e);
      throw m;
    }
  }

  private static String documentField(ObjectNode node, String name) {
    JsonNode v = node.get(name);
    if (v == null) {
      throw new ShapeException(
          "$."
              + name
              + ": missing; a document starts with \"schema\":\""
              + Schema.NAME
              + "\" and its \"document\" type (docs/json.md)");
    }
    if (!v.isTextual()) {
      throw new ShapeException("$." + name + ": " + In.describe(v) + " where a string is expected");
    }
    return v.textValue();
  }

  private Shape<? extends T> shapeNamed(String type) {
    for (Shape<? extends T> s : shapes) {
      if (s.name().equals(type)) {
        return s;
      }
    }
    throw new ShapeException(
        "$.document: the document is a "
            + In.quote(type)
            + ", not a "
            + shapes.stream().map(Shape::name).collect(Collectors.joining(" or ")));
  }

  private String what() {
    return handledType().getSimpleName();
  }

  /**
   * A JSON {@code null} where a document is expected: refused at the top of the input (a stored
   * document is never {@code null}); inside the caller's own objects, the caller's rules apply.
   */
  @Override
  public @Nullable T getNullValue(DeserializationContext ctxt) throws MismatchedInputException {
    JsonParser p = ctxt.getParser();
    if (p != null && p.getParsingContext().inRoot()) {
      throw MismatchedInputException.from(
          p, handledType(), "a " + what() + " document is a JSON object, found null");
    }
    return null;
  }

  @Override
  public LogicalType logicalType() {
    return LogicalType.POJO;
  }
}
