package org.employmentlinkage.jackson;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;

/**
 * Reads one JSON object from a parser into a tree, refusing a key that appears twice in an object
 * whatever the mapper's settings (a document with a duplicate key is ambiguous: which value did the
 * writer mean?). Integers keep their exact value; a number with a fraction or an exponent, which no
 * field of the shape takes, is kept as a {@code double} only to be refused as a number. Thread-safe
 * (stateless).
 */
final class StrictTree {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private StrictTree() {}

  /**
   * Reads the object the parser is at: its current token is {@code START_OBJECT}, or a {@code
   * FIELD_NAME} or {@code END_OBJECT} of an object whose start was consumed.
   */
  static ObjectNode readObject(JsonParser p, String path) throws IOException {
    JsonToken t = p.currentToken();
    if (t == JsonToken.START_OBJECT) {
      t = p.nextToken();
    }
    ObjectNode o = NODES.objectNode();
    for (; t == JsonToken.FIELD_NAME; t = p.nextToken()) {
      String name = p.currentName();
      JsonToken value = p.nextToken();
      if (o.has(name)) {
        throw new ShapeException(path + ": the key " + In.quote(name) + " appears twice");
      }
      o.set(name, readValue(p, value, path + "." + name));
    }
    if (t != JsonToken.END_OBJECT) {
      throw new ShapeException(path + ": the object is not closed");
    }
    return o;
  }

  private static JsonNode readValue(JsonParser p, JsonToken t, String path) throws IOException {
    if (t == null) {
      throw new ShapeException(path + ": the document ends inside a value");
    }
    return switch (t) {
      case START_OBJECT -> readObject(p, path);
      case START_ARRAY -> readArray(p, path);
      case VALUE_STRING -> NODES.textNode(p.getText());
      case VALUE_TRUE -> NODES.booleanNode(true);
      case VALUE_FALSE -> NODES.booleanNode(false);
      case VALUE_NULL -> NODES.nullNode();
      case VALUE_NUMBER_INT ->
          switch (p.getNumberType()) {
            case INT -> NODES.numberNode(p.getIntValue());
            case LONG -> NODES.numberNode(p.getLongValue());
            default -> NODES.numberNode(p.getBigIntegerValue());
          };
      // No field of the shape takes a fraction or an exponent: keep only that it is a number,
      // without converting the text (a BigDecimal of "9E999999999999" would throw).
      case VALUE_NUMBER_FLOAT -> NODES.numberNode(p.getDoubleValue());
      default -> throw new ShapeException(path + ": " + t + " is not a JSON value of the shape");
    };
  }

  private static ArrayNode readArray(JsonParser p, String path) throws IOException {
    ArrayNode a = NODES.arrayNode();
    int i = 0;
    for (JsonToken e = p.nextToken(); e != JsonToken.END_ARRAY; e = p.nextToken()) {
      a.add(readValue(p, e, path + "[" + i++ + "]"));
    }
    return a;
  }
}
