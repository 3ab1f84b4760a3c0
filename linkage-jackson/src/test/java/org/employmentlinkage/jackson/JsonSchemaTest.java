package org.employmentlinkage.jackson;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.employmentlinkage.calendar.DayDeclaration;
import org.employmentlinkage.domain.Education;
import org.employmentlinkage.domain.Fact;
import org.employmentlinkage.domain.HouseholdType;
import org.employmentlinkage.domain.IssueTopic;
import org.employmentlinkage.domain.LandNoticeKind;
import org.employmentlinkage.domain.Ownership;
import org.employmentlinkage.domain.ProjectEventKind;
import org.employmentlinkage.domain.ProjectStatus;
import org.employmentlinkage.domain.ProjectType;
import org.employmentlinkage.domain.SkillLevel;
import org.employmentlinkage.domain.TrainingOrganiser;
import org.employmentlinkage.domain.TrainingType;
import org.employmentlinkage.policy.ClauseRef;
import org.employmentlinkage.policy.DutyCode;
import org.employmentlinkage.policy.DutyTiming;
import org.employmentlinkage.policy.Outcome;
import org.employmentlinkage.policy.PerformerRole;
import org.employmentlinkage.policy.ReasonCode;
import org.employmentlinkage.region.Region;
import org.employmentlinkage.rules.AmountBasis;
import org.employmentlinkage.rules.RecruitmentTier;
import org.employmentlinkage.rules.ScopeBasis;
import org.employmentlinkage.rules.SubsidyKind;
import org.junit.jupiter.api.Test;

/**
 * The published JSON Schema agrees with the module: the same document types with the same fields in
 * the same order, every enum with exactly the Java constants, and the validator refuses what the
 * shape refuses (so the validation in the round trips can fail). docs/json.md publishes this very
 * file.
 */
class JsonSchemaTest {
  private static final JsonNode SCHEMA = parse(LinkageJson.jsonSchema());

  @Test
  void theSchemaHasEveryShapeWithItsFieldsInOrder() {
    List<String> documents = new ArrayList<>();
    SCHEMA.at("/properties/document/enum").forEach(n -> documents.add(n.textValue()));
    assertThat(documents).containsExactlyElementsOf(Shapes.ALL.stream().map(Shape::name).toList());
    for (Shape<?> shape : Shapes.ALL) {
      JsonNode def = SCHEMA.at("/$defs/" + shape.name());
      List<String> fields = new ArrayList<>();
      def.get("properties").fieldNames().forEachRemaining(fields::add);
      assertThat(fields).as(shape.name()).containsExactlyElementsOf(shape.fields());
      List<String> required = new ArrayList<>();
      def.get("required").forEach(n -> required.add(n.textValue()));
      assertThat(required).as(shape.name()).containsExactlyElementsOf(shape.fields());
      assertThat(def.get("additionalProperties").booleanValue()).isFalse();
      List<String> docFields = new ArrayList<>();
      SCHEMA
          .at("/$defs/" + shape.name() + "Document/properties")
          .fieldNames()
          .forEachRemaining(docFields::add);
      List<String> expected = new ArrayList<>(Shape.DOCUMENT_FIELDS);
      expected.addAll(shape.fields());
      assertThat(docFields).as(shape.name() + "Document").containsExactlyElementsOf(expected);
    }
  }

  @Test
  void everyEnumOfTheSchemaListsTheJavaConstants() {
    Map<String, Class<? extends Enum<?>>> enums =
        Map.ofEntries(
            Map.entry("Region", Region.class),
            Map.entry("Fact", Fact.class),
            Map.entry("Education", Education.class),
            Map.entry("HouseholdType", HouseholdType.class),
            Map.entry("IssueTopic", IssueTopic.class),
            Map.entry("LandNoticeKind", LandNoticeKind.class),
            Map.entry("Ownership", Ownership.class),
            Map.entry("ProjectEventKind", ProjectEventKind.class),
            Map.entry("ProjectStatus", ProjectStatus.class),
            Map.entry("ProjectType", ProjectType.class),
            Map.entry("SkillLevel", SkillLevel.class),
            Map.entry("TrainingOrganiser", TrainingOrganiser.class),
            Map.entry("TrainingType", TrainingType.class),
            Map.entry("Outcome", Outcome.class),
            Map.entry("DutyTiming", DutyTiming.class),
            Map.entry("PerformerRole", PerformerRole.class),
            Map.entry("ScopeBasis", ScopeBasis.class),
            Map.entry("AmountBasis", AmountBasis.class),
            Map.entry("SubsidyKind", SubsidyKind.class),
            Map.entry("RecruitmentTier", RecruitmentTier.class),
            Map.entry("DayDeclarationKind", DayDeclaration.Kind.class));
    enums.forEach(
        (name, type) -> {
          List<String> listed = new ArrayList<>();
          SCHEMA.at("/$defs/" + name + "/enum").forEach(n -> listed.add(n.textValue()));
          assertThat(listed)
              .as(name)
              .containsExactlyElementsOf(
                  Arrays.stream(type.getEnumConstants()).map(Enum::name).toList());
        });
    List<String> clauses = new ArrayList<>();
    SCHEMA.at("/$defs/clause/enum").forEach(n -> clauses.add(n.textValue()));
    assertThat(clauses)
        .containsExactlyElementsOf(
            Arrays.stream(ClauseRef.values()).map(ClauseRef::canonical).toList());
    String codePattern = SCHEMA.at("/$defs/ReasonCode/pattern").textValue();
    assertThat(ReasonCode.values()).allMatch(c -> c.name().matches(codePattern));
    assertThat(DutyCode.values())
        .allMatch(c -> c.name().matches(SCHEMA.at("/$defs/DutyCode/pattern").textValue()));
  }

  @Test
  void theValidatorRefusesWhatTheShapeRefuses() throws Exception {
    String project = ConformanceCorpusTest.resource("project.json");
    assertThat(SchemaCheck.errors(project)).isEmpty();
    assertThat(SchemaCheck.errors(project.replace("\"120000000.00\"", "120000000.00")))
        .isNotEmpty();
    assertThat(SchemaCheck.errors(project.replace("\"120000000.00\"", "\"1.2亿元\""))).isNotEmpty();
    assertThat(SchemaCheck.errors(project.replace("\"name\":", "\"colour\":\"red\",\"name\":")))
        .isNotEmpty();
    assertThat(SchemaCheck.errors(project.replace("\"name\":\"某港口物流项目\",", ""))).isNotEmpty();
    assertThat(SchemaCheck.errors(project.replace("\"linkage/1\"", "\"linkage/2\""))).isNotEmpty();
    assertThat(SchemaCheck.errors(project.replace("\"2025-06-16\"", "\"2025-6-16\""))).isNotEmpty();
    assertThat(SchemaCheck.errors(project.replace("\"WAFANGDIAN\"", "\"210281\""))).isNotEmpty();
    String decision = ConformanceCorpusTest.resource("scope-decision-yes.json");
    assertThat(
            SchemaCheck.errors(
                decision.replace("\"reasons\":[{", "\"reasons\":[{\"schema\":\"linkage/1\",")))
        .as("a nested value with a schema")
        .isNotEmpty();
  }

  @Test
  void docsJsonMdPublishesThisVerySchema() throws Exception {
    Path published = Path.of("..", "docs", "schema", "linkage-1.schema.json");
    assertThat(Files.readString(published, StandardCharsets.UTF_8))
        .isEqualTo(LinkageJson.jsonSchema());
    String doc = Files.readString(Path.of("..", "docs", "json.md"), StandardCharsets.UTF_8);
    assertThat(doc).contains("schema/linkage-1.schema.json");
  }

  private static JsonNode parse(String text) {
    try {
      return new ObjectMapper().readTree(text);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
