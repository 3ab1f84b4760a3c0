package org.employmentlinkage.jackson;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.employmentlinkage.money.Money;
import org.employmentlinkage.policy.ClauseRef;

/**
 * Reads the fields of one JSON object of the shape: every field the shape lists must be there (an
 * optional value is {@code null}, never left out), a field the shape does not list is refused (or
 * skipped when the mapper does not fail on unknown properties), and each value must have its
 * documented type and form. Every problem is a {@link ShapeException} whose message starts with the
 * value's JSON path. Not thread-safe; one per object read.
 */
final class In {
  /** A decimal string of 元 with exactly two decimals, at most 16 digits before the point. */
  private static final Pattern AMOUNT = Pattern.compile("(0|[1-9][0-9]{0,15})\\.[0-9]{2}");

  /**
   * What holds for the whole document being read.
   *
   * @param version the schema version of the document
   * @param failOnUnknown whether a field the shape does not list is refused
   */
  record Reading(int version, boolean failOnUnknown) {}

  private final ObjectNode node;
  private final String path;
  private final Reading reading;

  In(ObjectNode node, String path, Reading reading) {
    this.node = node;
    this.path = path;
    this.reading = reading;
  }

  /**
   * The schema version of the document: a shape that gained a field reads it only from documents of
   * the version that added it, and gives older documents the documented default.
   */
  int version() {
    return reading.version();
  }

  String path() {
    return path;
  }

  Reading reading() {
    return reading;
  }

  /**
   * Checks that the object holds exactly {@code fields}: none missing, none unknown (unknown ones
   * are skipped when the mapper does not fail on unknown properties), and, in a nested object, no
   * {@code schema} or {@code type} (only documents carry them).
   */
  void expectExactly(List<String> fields, Set<String> documentFields) {
    for (Map.Entry<String, JsonNode> e : node.properties()) {
      String name = e.getKey();
      if (!fields.contains(name) && !documentFields.contains(name) && reading.failOnUnknown()) {
        throw new ShapeException(
            path
                + ": unknown field "
                + quote(name)
                + "; the fields are "
                + String.join(", ", fields)
                + " (docs/json.md)");
      }
    }
    for (String f : fields) {
      if (!node.has(f)) {
        throw new ShapeException(at(f) + ": missing (write null for a value that is absent)");
      }
    }
  }

  // --- required values --------------------------------------------------------------------------

  String text(String f) {
    JsonNode v = required(f);
    if (!v.isTextual()) {
      throw wrongType(f, v, "a string");
    }
    return v.textValue();
  }

  boolean bool(String f) {
    JsonNode v = required(f);
    if (!v.isBoolean()) {
      throw wrongType(f, v, "true or false");
    }
    return v.booleanValue();
  }

  int integer(String f) {
    return integer(f, required(f));
  }

  LocalDate date(String f) {
    return date(f, text(f));
  }

  <E extends Enum<E>> E constant(String f, Class<E> type) {
    return constant(f, type, text(f));
  }

  Money money(String f) {
    JsonNode v = required(f);
    if (v.isNumber()) {
      throw new ShapeException(
          at(f)
              + ": an amount is a string of 元 with two decimals, e.g. \"1200.00\", never a JSON"
              + " number");
    }
    if (!v.isTextual()) {
      throw wrongType(f, v, "a string of 元 with two decimals, e.g. \"1200.00\"");
    }
    return money(at(f), v.textValue());
  }

  ClauseRef clause(String f) {
    return clause(at(f), text(f));
  }

  Period period(String f) {
    String t = text(f);
    try {
      Period p = Period.parse(t);
      if (p.toString().equals(t)) {
        return p;
      }
    } catch (DateTimeParseException e) {
      // refused below
    }
    throw new ShapeException(
        at(f) + ": " + quote(t) + " is not an ISO-8601 period as Java writes it, e.g. \"P3M\"");
  }

  <T> T object(String f, Shape<T> shape) {
    JsonNode v = required(f);
    if (!v.isObject()) {
      throw wrongType(f, v, "an object (" + shape.name() + ")");
    }
    return shape.readNested(new In((ObjectNode) v, at(f), reading));
  }

  <T> List<T> list(String f, Shape<T> shape) {
    JsonNode v = array(f);
    List<T> list = new ArrayList<>(v.size());
    for (int i = 0; i < v.size(); i++) {
      JsonNode e = v.get(i);
      String where = at(f) + "[" + i + "]";
      if (!e.isObject()) {
        throw new ShapeException(where + ": " + describe(e) + " where an object is expected");
      }
      list.add(shape.readNested(new In((ObjectNode) e, where, reading)));
    }
    return list;
  }

  /** A list of enum constants, by name, in the order written. */
  <E extends Enum<E>> List<E> constantList(String f, Class<E> type) {
    JsonNode v = array(f);
    List<E> list = new ArrayList<>(v.size());
    for (int i = 0; i < v.size(); i++) {
      JsonNode e = v.get(i);
      String where = f + "[" + i + "]";
      if (!e.isTextual()) {
        throw new ShapeException(at(where) + ": " + describe(e) + " where a constant is expected");
      }
      list.add(constant(where, type, e.textValue()));
    }
    return list;
  }

  /** A list of clause citations, in the order written. */
  List<ClauseRef> clauses(String f) {
    JsonNode v = array(f);
    List<ClauseRef> list = new ArrayList<>(v.size());
    for (int i = 0; i < v.size(); i++) {
      JsonNode e = v.get(i);
      String where = at(f) + "[" + i + "]";
      if (!e.isTextual()) {
        throw new ShapeException(where + ": " + describe(e) + " where a clause is expected");
      }
      list.add(clause(where, e.textValue()));
    }
    return list;
  }

  /** Refuses a derived field whose written value differs from the one derived. */
  void expectDerived(String f, Object written, Object derived, String from) {
    if (!written.equals(derived)) {
      throw new ShapeException(
          at(f)
              + ": "
              + quote(String.valueOf(written))
              + " does not match "
              + from
              + ", which gives "
              + quote(String.valueOf(derived)));
    }
  }

  /** A set of strings, written sorted: no element twice, none blank. */
  Set<String> textSet(String f) {
    JsonNode v = array(f);
    Set<String> set = new TreeSet<>();
    for (int i = 0; i < v.size(); i++) {
      JsonNode e = v.get(i);
      String where = at(f) + "[" + i + "]";
      if (!e.isTextual()) {
        throw new ShapeException(where + ": " + describe(e) + " where a string is expected");
      }
      if (!set.add(e.textValue())) {
        throw new ShapeException(where + ": the set holds this element twice");
      }
    }
    return set;
  }

  /** An object of {@code true}/{@code false} values by key. */
  Map<String, Boolean> flags(String f) {
    JsonNode v = required(f);
    if (!v.isObject()) {
      throw wrongType(f, v, "an object of true/false values");
    }
    Map<String, Boolean> map = new TreeMap<>();
    for (Map.Entry<String, JsonNode> e : v.properties()) {
      if (!e.getValue().isBoolean()) {
        throw new ShapeException(
            at(f) + "." + e.getKey() + ": " + describe(e.getValue()) + " where true or false is");
      }
      map.put(e.getKey(), e.getValue().booleanValue());
    }
    return map;
  }

  // --- optional values: null when absent --------------------------------------------------------

  Optional<String> optionalText(String f) {
    return isNull(f) ? Optional.empty() : Optional.of(text(f));
  }

  OptionalInt optionalInteger(String f) {
    return isNull(f) ? OptionalInt.empty() : OptionalInt.of(integer(f));
  }

  Optional<LocalDate> optionalDate(String f) {
    return isNull(f) ? Optional.empty() : Optional.of(date(f));
  }

  <E extends Enum<E>> Optional<E> optionalConstant(String f, Class<E> type) {
    return isNull(f) ? Optional.empty() : Optional.of(constant(f, type));
  }

  Optional<Money> optionalMoney(String f) {
    return isNull(f) ? Optional.empty() : Optional.of(money(f));
  }

  Optional<Period> optionalPeriod(String f) {
    return isNull(f) ? Optional.empty() : Optional.of(period(f));
  }

  <T> Optional<T> optionalObject(String f, Shape<T> shape) {
    return isNull(f) ? Optional.empty() : Optional.of(object(f, shape));
  }

  // --- values of the shape, shared with the scalar deserializers ---------------------------------

  static Money money(String where, String text) {
    if (!AMOUNT.matcher(text).matches()) {
      throw new ShapeException(
          where
              + ": "
              + quote(text)
              + " is not an amount of 元 written with two decimals, e.g. \"1200.00\"");
    }
    try {
      return Money.ofYuan(new BigDecimal(text));
    } catch (IllegalArgumentException e) {
      throw new ShapeException(where + ": " + e.getMessage(), e);
    }
  }

  static ClauseRef clause(String where, String text) {
    for (ClauseRef c : ClauseRef.values()) {
      if (c.canonical().equals(text)) {
        return c;
      }
    }
    throw new ShapeException(
        where
            + ": "
            + quote(text)
            + " is not the canonical citation of a clause, e.g. \"大政办发〔2018〕83号 二（三）\"");
  }

  /** A text quoted for a message: at most 40 characters, control characters escaped. */
  static String quote(String text) {
    StringBuilder sb = new StringBuilder("\"");
    int n = 0;
    for (int i = 0; i < text.length(); i = text.offsetByCodePoints(i, 1)) {
      if (n++ == 40) {
        sb.append("…");
        break;
      }
      int c = text.codePointAt(i);
      if (c < 0x20 || c == 0x7f || c == '"' || c == '\\') {
        sb.append(String.format(java.util.Locale.ROOT, "\\u%04x", c));
      } else {
        sb.appendCodePoint(c);
      }
    }
    return sb.append('"').toString();
  }

  // --- helpers -----------------------------------------------------------------------------------

  private String at(String f) {
    return path + "." + f;
  }

  private boolean isNull(String f) {
    return required(f, true).isNull();
  }

  private JsonNode required(String f) {
    return required(f, false);
  }

  private JsonNode required(String f, boolean nullAllowed) {
    JsonNode v = node.get(f);
    if (v == null) {
      throw new ShapeException(at(f) + ": missing (write null for a value that is absent)");
    }
    if (v.isNull() && !nullAllowed) {
      throw new ShapeException(at(f) + ": must not be null");
    }
    return v;
  }

  private JsonNode array(String f) {
    JsonNode v = required(f);
    if (!v.isArray()) {
      throw wrongType(f, v, "an array");
    }
    return v;
  }

  private int integer(String f, JsonNode v) {
    if (!v.isIntegralNumber()) {
      throw wrongType(f, v, "a whole number");
    }
    if (!v.canConvertToInt()) {
      throw new ShapeException(at(f) + ": " + v.asText() + " is out of range");
    }
    return v.intValue();
  }

  private LocalDate date(String f, String t) {
    try {
      LocalDate d = LocalDate.parse(t);
      if (d.toString().equals(t)) {
        return d;
      }
    } catch (DateTimeParseException e) {
      // refused below
    }
    throw new ShapeException(
        at(f)
            + ": "
            + quote(t)
            + " is not a date in ISO-8601 form YYYY-MM-DD, e.g. \"2025-09-26\"");
  }

  private <E extends Enum<E>> E constant(String f, Class<E> type, String t) {
    for (E e : type.getEnumConstants()) {
      if (e.name().equals(t)) {
        return e;
      }
    }
    throw new ShapeException(
        at(f)
            + ": "
            + quote(t)
            + " is not a "
            + type.getSimpleName()
            + " (a constant's name, upper case, e.g. \""
            + type.getEnumConstants()[0].name()
            + "\")");
  }

  private ShapeException wrongType(String f, JsonNode v, String expected) {
    return new ShapeException(at(f) + ": " + describe(v) + " where " + expected + " is expected");
  }

  static String describe(JsonNode v) {
    return switch (v.getNodeType()) {
      case STRING -> "a string";
      case NUMBER -> "a number";
      case BOOLEAN -> "a boolean";
      case NULL -> "null";
      case ARRAY -> "an array";
      case OBJECT -> "an object";
      default -> "a " + v.getNodeType().name().toLowerCase(java.util.Locale.ROOT);
    };
  }

  @Override
  public String toString() {
    return "In[" + path + "]";
  }
}
