package org.employmentlinkage.cli;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.employmentlinkage.io.records.EventFacts;
import org.employmentlinkage.io.records.FactException;
import org.employmentlinkage.io.records.Facts;
import org.employmentlinkage.io.records.PersonFacts;
import org.employmentlinkage.io.records.Problem;
import org.employmentlinkage.io.records.ProjectFacts;
import org.employmentlinkage.io.records.TrainingFacts;
import org.employmentlinkage.io.records.Values;
import org.jspecify.annotations.Nullable;

/**
 * A JSON input file of the policy commands ({@code --file FILE}, schema in {@code
 * docs/cli-json.md}): one object with the optional sections {@code date}, {@code project}, {@code
 * person}, {@code training} and {@code event}, each section an object whose keys are the fields of
 * {@link ProjectFacts}, {@link PersonFacts}, {@link TrainingFacts} and {@link EventFacts}.
 *
 * <p>Values are strings, booleans, whole numbers, arrays of strings (list fields) and, for {@code
 * person.certifications}, an object of booleans; {@code null} means not known. Amounts are strings
 * ({@code "1.5亿元"}) or whole numbers of yuan, never fractions (no floating point). Unknown keys are
 * refused, so that a typo never silently drops a fact. Immutable once read.
 */
public final class InputFile {
  /** The top-level keys. */
  public static final List<String> SECTIONS =
      List.of("date", "project", "person", "training", "event");

  private static final ObjectMapper MAPPER = new ObjectMapper();

  private final JsonNode root;

  private InputFile(JsonNode root) {
    this.root = root;
  }

  /**
   * Reads a file.
   *
   * @param file the file (UTF-8 JSON)
   * @return the input
   * @throws IOException if the file cannot be read
   * @throws SyntaxException if it is not a JSON object
   * @throws FactException for an unknown top-level key or a date that is not one
   */
  public static InputFile read(Path file) throws IOException {
    JsonNode root;
    try (InputStream in = Files.newInputStream(file)) {
      root = MAPPER.readTree(in);
    } catch (JsonProcessingException e) {
      JsonLocation at = e.getLocation();
      throw new SyntaxException(at == null ? 0 : at.getLineNr(), at == null ? 0 : at.getColumnNr());
    }
    if (root == null || !root.isObject()) {
      throw new SyntaxException(1, 1);
    }
    for (Map.Entry<String, JsonNode> entry : root.properties()) {
      String key = entry.getKey();
      if (!SECTIONS.contains(key)) {
        throw new FactException(key, Problem.UNKNOWN_FIELD);
      }
      JsonNode v = entry.getValue();
      if (!key.equals("date") && !v.isObject() && !v.isNull()) {
        throw new FactException(key, Problem.WRONG_TYPE, "object");
      }
    }
    InputFile f = new InputFile(root);
    f.date();
    return f;
  }

  /**
   * The {@code date} given, or null.
   *
   * @return the date
   * @throws FactException if it is not a date
   */
  public @Nullable LocalDate date() {
    JsonNode d = root.get("date");
    if (d == null || d.isNull()) {
      return null;
    }
    if (!d.isTextual()) {
      throw new FactException("date", Problem.WRONG_TYPE, "string");
    }
    return Values.date("date", d.textValue());
  }

  /**
   * Whether the file has section {@code name}.
   *
   * @param name the section
   * @return {@code true} if present and not null
   */
  public boolean has(String name) {
    JsonNode n = root.get(name);
    return n != null && n.isObject();
  }

  /**
   * Fills {@code facts} from section {@code name}, if present. Errors name the field as {@code
   * section.field}.
   *
   * @param name the section, e.g. {@code person}
   * @param facts the facts to fill
   * @throws FactException for an unknown key, a value of the wrong type or an invalid value
   */
  public void fill(String name, Facts facts) {
    JsonNode section = root.get(name);
    if (section == null || !section.isObject()) {
      return;
    }
    fillObject(section, name, facts);
  }

  /**
   * Fills {@code facts} from a JSON object whose keys are their fields. Errors name the field as
   * {@code path.field}.
   *
   * @param object the object
   * @param path the object's path for messages, e.g. {@code person}
   * @param facts the facts to fill
   * @throws FactException for an unknown key, a value of the wrong type or an invalid value
   */
  public static void fillObject(JsonNode object, String path, Facts facts) {
    if (!object.isObject()) {
      throw new FactException(path, Problem.WRONG_TYPE, "object");
    }
    for (Map.Entry<String, JsonNode> e : object.properties()) {
      try {
        fillField(facts, e.getKey(), e.getValue());
      } catch (FactException ex) {
        throw ex.withField(path + "." + e.getKey());
      }
    }
  }

  private static void fillField(Facts facts, String key, JsonNode v) {
    int i = facts.index(key);
    if (i < 0) {
      throw new FactException(key, Problem.UNKNOWN_FIELD);
    }
    if (v.isNull()) {
      facts.set(i, "");
      return;
    }
    if (facts instanceof PersonFacts p && key.equals("certifications")) {
      if (!v.isObject()) {
        throw new FactException(key, Problem.WRONG_TYPE, "object of true/false");
      }
      facts.set(i, "");
      for (Map.Entry<String, JsonNode> c : v.properties()) {
        if (!c.getValue().isBoolean()) {
          throw new FactException(key, Problem.WRONG_TYPE, "object of true/false");
        }
        p.putCertification(c.getKey(), c.getValue().booleanValue());
      }
      return;
    }
    if (v.isArray()) {
      List<String> items = new ArrayList<>();
      for (JsonNode item : v) {
        if (!item.isTextual()) {
          throw new FactException(key, Problem.WRONG_TYPE, "array of strings");
        }
        items.add(item.textValue());
      }
      facts.setList(i, items);
      return;
    }
    if (v.isTextual()) {
      facts.set(i, v.textValue());
    } else if (v.isBoolean()) {
      facts.set(i, Boolean.toString(v.booleanValue()));
    } else if (v.isIntegralNumber()) {
      facts.set(i, v.bigIntegerValue().toString());
    } else {
      throw new FactException(key, Problem.WRONG_TYPE, "string, true/false or a whole number");
    }
  }

  /** The file is not JSON, or not one JSON object; the position, never the content. */
  public static final class SyntaxException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    /** The 1-based line, or 0. */
    private final int line;

    /** The 1-based column, or 0. */
    private final int column;

    /**
     * Creates the exception.
     *
     * @param line the 1-based line, or 0 if unknown
     * @param column the 1-based column, or 0 if unknown
     */
    public SyntaxException(int line, int column) {
      super("not a JSON object at line " + line + ", column " + column);
      this.line = line;
      this.column = column;
    }

    /**
     * The 1-based line, or 0 if unknown.
     *
     * @return the line
     */
    public int line() {
      return line;
    }

    /**
     * The 1-based column, or 0 if unknown.
     *
     * @return the column
     */
    public int column() {
      return column;
    }
  }
}
