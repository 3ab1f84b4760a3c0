package org.employmentlinkage.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.employmentlinkage.calendar.DateRange;
import org.employmentlinkage.calendar.HolidayNotice;
import org.jspecify.annotations.Nullable;

/**
 * The JSON output of the command line: one document per run, written compactly on one line, UTF-8,
 * fields in a fixed order (the order the command adds them), ending with a line feed.
 *
 * <p>Every document starts with {@code "schema":"linkage-cli/2"} and {@code "command"}; {@code
 * docs/cli-json.md} documents every field. Dates are ISO {@code YYYY-MM-DD} strings, instants ISO
 * offset date-times in Beijing time ({@code 2025-11-14T00:00:00+08:00}), amounts strings with two
 * decimals in yuan ({@code "100000000.00"}), never floating-point numbers. Thread-safe; the
 * documents themselves ({@link ObjectNode}) are not, so build each in one thread.
 */
public final class CliJson {
  /**
   * The schema version of every document. Adding a field keeps it; renaming, removing or changing
   * the meaning of one bumps the number after the slash ({@code linkage-cli/2}: every reason says
   * what it rests on, the recruitment plan seats candidates from outside the city, and other
   * meanings of issue 10; docs/cli-json.md lists them).
   */
  public static final String SCHEMA = "linkage-cli/2";

  /** Writes documents; jackson-core only, so that output does not start Jackson's databind. */
  private static final JsonFactory FACTORY = new JsonFactory();

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private CliJson() {}

  /**
   * A new document for {@code command}: {@code {"schema":"linkage-cli/2","command":COMMAND}}.
   *
   * @param command the command's name as typed, e.g. {@code deadline} or {@code notices list}
   * @return the document, to which the command adds its fields in order
   */
  public static ObjectNode document(String command) {
    ObjectNode doc = NODES.objectNode();
    doc.put("schema", SCHEMA);
    doc.put("command", command);
    return doc;
  }

  /**
   * A new empty object.
   *
   * @return the object
   */
  public static ObjectNode object() {
    return NODES.objectNode();
  }

  /**
   * A new empty array.
   *
   * @return the array
   */
  public static ArrayNode array() {
    return NODES.arrayNode();
  }

  /**
   * The ISO text of a date.
   *
   * @param date the date
   * @return {@code YYYY-MM-DD}
   */
  public static String date(LocalDate date) {
    return date.format(DateTimeFormatter.ISO_LOCAL_DATE);
  }

  /**
   * The ISO offset date-time of an instant, e.g. {@code 2025-11-14T00:00:00+08:00}.
   *
   * @param time the time
   * @return the text, without the zone id
   */
  public static String instant(ZonedDateTime time) {
    return time.format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
  }

  /**
   * A date range as {@code {"first":…,"last":…}}, or null for the empty range.
   *
   * @param range the range
   * @return the object, or a JSON null
   */
  public static JsonNode range(DateRange range) {
    if (range.isEmpty()) {
      return NODES.nullNode();
    }
    ObjectNode o = NODES.objectNode();
    o.put("first", date(range.first()));
    o.put("last", date(range.last()));
    return o;
  }

  /**
   * Notices as {@code [{"number":…,"released":…}]}, the short form a deadline cites.
   *
   * @param notices the notices
   * @return the array
   */
  public static ArrayNode noticeRefs(List<HolidayNotice> notices) {
    ArrayNode a = NODES.arrayNode();
    for (HolidayNotice n : notices) {
      ObjectNode o = a.addObject();
      o.put("number", n.number());
      o.put("released", date(n.released()));
    }
    return a;
  }

  /**
   * Writes {@code node} compactly, followed by a line feed ({@code \n}, whatever the platform).
   *
   * @param out where to write
   * @param node the document
   */
  public static void write(PrintWriter out, JsonNode node) {
    out.print(toText(node));
    out.print('\n');
    out.flush();
  }

  /**
   * The compact text of {@code node}.
   *
   * @param node the node
   * @return its JSON text, on one line
   */
  public static String toText(JsonNode node) {
    StringWriter w = new StringWriter();
    try (JsonGenerator g = FACTORY.createGenerator(w)) {
      g.setCharacterEscapes(ControlEscapes.INSTANCE);
      writeNode(g, node);
    } catch (IOException e) {
      throw new UncheckedIOException("writing JSON to a string cannot fail", e);
    }
    return w.toString();
  }

  /**
   * JSON's standard escapes (C0 controls, quote, backslash) plus DEL and the C1 controls
   * (U+007F–U+009F) as {@code \\u} escapes: the same JSON values, and no control character reaches
   * a terminal raw (the C1 control U+009B is a one-character ESC [ to some terminals).
   */
  private static final class ControlEscapes extends CharacterEscapes {
    private static final long serialVersionUID = 1L;

    static final ControlEscapes INSTANCE = new ControlEscapes();

    private final int[] ascii;

    private ControlEscapes() {
      ascii = standardAsciiEscapesForJSON();
      ascii[0x7F] = ESCAPE_STANDARD;
    }

    @Override
    public int[] getEscapeCodesForAscii() {
      return ascii.clone();
    }

    @Override
    public @Nullable SerializableString getEscapeSequence(int ch) {
      if (ch >= 0x80 && ch <= 0x9F) {
        return new SerializedString(String.format(Locale.ROOT, "\\u%04X", ch));
      }
      return null;
    }
  }

  private static void writeNode(JsonGenerator g, JsonNode node) throws IOException {
    switch (node.getNodeType()) {
      case OBJECT -> {
        g.writeStartObject();
        for (Map.Entry<String, JsonNode> e : node.properties()) {
          g.writeFieldName(e.getKey());
          writeNode(g, e.getValue());
        }
        g.writeEndObject();
      }
      case ARRAY -> {
        g.writeStartArray();
        for (JsonNode e : node) {
          writeNode(g, e);
        }
        g.writeEndArray();
      }
      case STRING -> g.writeString(node.textValue());
      case BOOLEAN -> g.writeBoolean(node.booleanValue());
      case NUMBER -> {
        if (node.isIntegralNumber() && node.canConvertToLong()) {
          g.writeNumber(node.longValue());
        } else {
          g.writeNumber(node.decimalValue());
        }
      }
      case NULL -> g.writeNull();
      default ->
          throw new IllegalArgumentException(
              "CliJson: no JSON form for a " + node.getNodeType() + " node");
    }
  }
}
