package org.employmentlinkage.jackson;

import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The JSON of linkage: a mapper preconfigured for the library's documents, their schema version and
 * their JSON Schema.
 *
 * <pre>{@code
 * ObjectMapper json = LinkageJson.mapper();              // create once, share
 * String text = json.writeValueAsString(decision);      // {"schema":"linkage/1","document":"ObligationDecision",…}
 * ObligationDecision back = json.readValue(text, ObligationDecision.class);
 * }</pre>
 *
 * <p>Thread-safe: the methods are static and the mapper is safe to share between threads once
 * created, as every Jackson mapper is that is not reconfigured.
 */
public final class LinkageJson {
  /**
   * The schema version of the documents written, {@value}: the value of every document's {@code
   * schema} field. Every change of the shape takes the next number ({@code docs/json.md},
   * "Versioning").
   */
  public static final String SCHEMA = Schema.NAME;

  private static final String SCHEMA_RESOURCE = "linkage-1.schema.json";

  private LinkageJson() {}

  /**
   * A new mapper with {@link LinkageModule} registered and the strict reading settings: a key twice
   * in one object ({@code StreamReadFeature.STRICT_DUPLICATE_DETECTION}), anything after the
   * document ({@code DeserializationFeature.FAIL_ON_TRAILING_TOKENS}), unknown fields ({@code
   * FAIL_ON_UNKNOWN_PROPERTIES}), {@code null} or numbers where a required value or a constant
   * belongs ({@code FAIL_ON_NULL_FOR_PRIMITIVES}, {@code FAIL_ON_NULL_CREATOR_PROPERTIES}, {@code
   * FAIL_ON_MISSING_CREATOR_PROPERTIES}, {@code FAIL_ON_NUMBERS_FOR_ENUMS}) are refused; and for
   * deterministic output, map entries are written ordered by key ({@code
   * SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS}) and documents compactly on one line, UTF-8
   * characters as they are. The same settings apply to the caller's own types read or written with
   * it.
   *
   * <p>A new instance on every call: configure it further if you like, then share it.
   *
   * @return the mapper
   */
  public static ObjectMapper mapper() {
    return JsonMapper.builder()
        .addModule(new LinkageModule())
        .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
        .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
        .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
        .enable(DeserializationFeature.FAIL_ON_NULL_CREATOR_PROPERTIES)
        .enable(DeserializationFeature.FAIL_ON_MISSING_CREATOR_PROPERTIES)
        .enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
        .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
        .disable(SerializationFeature.INDENT_OUTPUT)
        .build();
  }

  /**
   * The schema versions this version of the module reads, oldest first, e.g. {@code [linkage/1]}. A
   * document of another version is refused with a message naming the version found and these.
   *
   * @return the schema names, unmodifiable
   */
  public static List<String> schemasRead() {
    return Schema.READ.stream().map(v -> Schema.PREFIX + v).toList();
  }

  /**
   * The JSON Schema (draft 2020-12) of the documents of {@link #SCHEMA}, as published in {@code
   * docs/json.md}: for validating stored documents outside Java, or generating types for other
   * languages.
   *
   * @return the schema's text (UTF-8 JSON)
   */
  public static String jsonSchema() {
    try (InputStream in = LinkageJson.class.getResourceAsStream(SCHEMA_RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(
            "linkage-jackson: the resource " + SCHEMA_RESOURCE + " is missing");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("reading " + SCHEMA_RESOURCE, e);
    }
  }
}
