package org.employmentlinkage.jackson;

import com.fasterxml.jackson.core.Version;
import com.fasterxml.jackson.databind.Module;
import com.fasterxml.jackson.databind.module.SimpleDeserializers;
import com.fasterxml.jackson.databind.module.SimpleSerializers;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Objects;
import java.util.Properties;
import org.employmentlinkage.money.Money;
import org.employmentlinkage.policy.ClauseRef;
import org.employmentlinkage.policy.Decision;

/**
 * The Jackson 2 module of linkage: explicit serializers and deserializers for the library's
 * decisions, duties, deadlines, money, clause references, regions and domain types, in the one
 * shape {@code docs/json.md} documents (schema {@value LinkageJson#SCHEMA}).
 *
 * <p><b>What it covers.</b> Documents: {@code ScopeDecision}, {@code PersonGroups}, {@code
 * GroupDecision}, {@code SubsidyDecision}, {@code SubsidyEntitlement}, {@code ObligationDecision},
 * {@code RecruitmentPlan}, {@code Placement} (rules); {@code Duty}, {@code Performer}, {@code
 * Reason}, {@code MissingFact}, {@code Versions}, {@code PersonGroup}, {@code ValidityWindow},
 * {@code PolicyDocument} (policy); {@code Deadline}, {@code WorkingDayPeriod}, {@code
 * HolidayNotice}, {@code DayDeclaration}, {@code DateRange} (calendar); {@code Location} (region);
 * {@code Project}, {@code Person}, {@code TrainingRecord}, {@code Candidate}, {@code LabourDemand},
 * {@code ProjectEvent} (domain); and {@link Decision}, read as whichever decision the document's
 * {@code document} field names. A value written on its own is a <em>document</em>, a JSON object
 * that starts with {@code "schema":"linkage/1"} and its type, {@code "document"}; the values inside
 * it carry neither. {@link Money} is written as a string of 元 with two decimals ({@code "1200.00"})
 * and {@link ClauseRef} as its canonical citation ({@code "大政办发〔2018〕83号 二（三）"}); other enum
 * constants, the regions among them, by their {@code name()}, as Jackson writes enums by default.
 *
 * <p><b>Reading.</b> The module's deserializers refuse, whatever the mapper's settings: a document
 * without a schema version it reads (the message names the version found and those read), of
 * another type, with a key twice in one object, a field missing (an absent optional value is {@code
 * null}), a value of the wrong type or form (an amount given as a JSON number, a date that is not
 * {@code YYYY-MM-DD}, an unknown constant), or values that break the type's own rules (e.g. a
 * provisional due date on a non-provisional deadline). A field the shape does not know is refused
 * when the mapper's {@code DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES} is on (Jackson's
 * default) and skipped otherwise. Errors are Jackson's {@code MismatchedInputException}, whose
 * message names the JSON path of the value ({@code $.duties[0].deadline.due}).
 *
 * <p><b>Registering it in your own mapper.</b> {@code mapper.registerModule(new LinkageModule())}
 * gives the shape. What a module cannot switch on in someone else's mapper, add yourself for the
 * strict reading {@link LinkageJson#mapper()} has: {@code
 * DeserializationFeature.FAIL_ON_TRAILING_TOKENS} (a second document after the first is refused,
 * not ignored), {@code DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES} (on by default in Jackson
 * 2, off in Spring Boot's mapper), {@code StreamReadFeature.STRICT_DUPLICATE_DETECTION} (also for
 * your own objects around ours), and {@code DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES};
 * for deterministic output of your own maps, {@code
 * SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS}. Do not switch on {@code
 * SerializationFeature.INDENT_OUTPUT} for documents you compare byte for byte.
 *
 * <p>Immutable and thread-safe: one instance can be registered with any number of mappers.
 */
public final class LinkageModule extends Module {
  private static final long serialVersionUID = 1L;

  private static final String NAME = "linkage";

  private static final Version VERSION = readVersion();

  /** Creates the module; register it with {@code ObjectMapper.registerModule}. */
  public LinkageModule() {}

  /**
   * The module's name, {@code linkage}.
   *
   * @return the name
   */
  @Override
  public String getModuleName() {
    return NAME;
  }

  /**
   * The version of linkage-jackson (e.g. {@code 0.1.0}), not of the JSON shape: that is {@link
   * LinkageJson#SCHEMA}.
   *
   * @return the version, or Jackson's unknown version if the jar does not say
   */
  @Override
  public Version version() {
    return VERSION;
  }

  /**
   * Adds the serializers and deserializers to a mapper; called by {@code
   * ObjectMapper.registerModule}.
   *
   * @param context the mapper's set-up context
   * @throws NullPointerException if {@code context} is null
   */
  @Override
  public void setupModule(SetupContext context) {
    Objects.requireNonNull(context, "context");
    SimpleSerializers serializers = new SimpleSerializers();
    SimpleDeserializers deserializers = new SimpleDeserializers();
    for (Shape<?> shape : Shapes.ALL) {
      add(shape, serializers, deserializers);
    }
    deserializers.addDeserializer(
        Decision.class, new DocumentDeserializer<>(Decision.class, Shapes.DECISIONS));
    serializers.addSerializer(Money.class, new ScalarSerializers.MoneySerializer());
    deserializers.addDeserializer(Money.class, ScalarSerializers.StringValueDeserializer.money());
    serializers.addSerializer(ClauseRef.class, new ScalarSerializers.ClauseSerializer());
    deserializers.addDeserializer(
        ClauseRef.class, ScalarSerializers.StringValueDeserializer.clause());
    context.addSerializers(serializers);
    context.addDeserializers(deserializers);
  }

  private static <T> void add(
      Shape<T> shape, SimpleSerializers serializers, SimpleDeserializers deserializers) {
    serializers.addSerializer(shape.type(), new DocumentSerializer<>(shape));
    deserializers.addDeserializer(shape.type(), DocumentDeserializer.of(shape));
  }

  private static Version readVersion() {
    try (InputStream in = LinkageModule.class.getResourceAsStream("linkage-jackson.properties")) {
      if (in == null) {
        return Version.unknownVersion();
      }
      Properties p = new Properties();
      p.load(in);
      String[] v = p.getProperty("version", "").split("[.-]", 4);
      if (v.length < 3) {
        return Version.unknownVersion();
      }
      return new Version(
          Integer.parseInt(v[0]),
          Integer.parseInt(v[1]),
          Integer.parseInt(v[2]),
          v.length > 3 ? v[3] : null,
          "org.employmentlinkage",
          "linkage-jackson");
    } catch (IOException e) {
      throw new UncheckedIOException("reading linkage-jackson.properties", e);
    } catch (NumberFormatException e) {
      return Version.unknownVersion();
    }
  }
}
