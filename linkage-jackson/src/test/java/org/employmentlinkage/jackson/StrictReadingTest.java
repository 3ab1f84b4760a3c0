package org.employmentlinkage.jackson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import java.util.List;
import java.util.Map;
import org.employmentlinkage.domain.Project;
import org.employmentlinkage.money.Money;
import org.employmentlinkage.policy.ClauseRef;
import org.employmentlinkage.policy.Decision;
import org.employmentlinkage.policy.Reason;
import org.employmentlinkage.policy.ReasonCode;
import org.employmentlinkage.policy.Versions;
import org.employmentlinkage.rules.ScopeDecision;
import org.junit.jupiter.api.Test;

/**
 * What strict reading refuses, each with the words its message must hold. The documents are written
 * here by hand from the documented shape (docs/json.md).
 */
class StrictReadingTest {
  private static final ObjectMapper JSON = LinkageJson.mapper();

  private static final String REASON_FIELDS =
      "\"code\":\"SCOPE_MUNICIPAL_THRESHOLD_MET\",\"clause\":\"大政办发〔2018〕83号 一（一）\","
          + "\"basis\":\"READING\",\"interpretations\":[\"INCLUSIVE_THRESHOLD\"],"
          + "\"zh\":\"中文\",\"en\":\"English\"";

  private static final String REASON =
      "{\"schema\":\"linkage/1\",\"document\":\"Reason\"," + REASON_FIELDS + "}";

  private static final String PROJECT =
      "{\"schema\":\"linkage/1\",\"document\":\"Project\",\"id\":\"P-1\",\"name\":null,"
          + "\"type\":\"CONSTRUCTION\",\"categories\":[],\"totalInvestment\":\"100000000.00\","
          + "\"location\":null,\"governmentFunded\":\"UNKNOWN\",\"ownership\":null,\"status\":null,"
          + "\"approved\":null,\"constructionStarted\":null,\"completed\":null}";

  @Test
  void theHandWrittenDocumentsAreRead() throws Exception {
    assertThat(JSON.readValue(REASON, Reason.class))
        .isEqualTo(
            Reason.of(
                ReasonCode.SCOPE_MUNICIPAL_THRESHOLD_MET,
                ClauseRef.JOB_DEMAND_ASSESSMENT,
                "中文",
                "English"));
    Project p = JSON.readValue(PROJECT, Project.class);
    assertThat(p.totalInvestment()).contains(Money.parse("1亿元"));
  }

  @Test
  void aKeyTwiceIsRefused() {
    String twice = REASON.replace("\"zh\":\"中文\",", "\"zh\":\"中文\",\"zh\":\"别的\",");
    assertThatThrownBy(() -> JSON.readValue(twice, Reason.class))
        .isInstanceOf(JsonParseException.class)
        .hasMessageContaining("Duplicate field 'zh'");
    // The module refuses it by itself, also in a mapper without duplicate detection.
    assertThatThrownBy(() -> lenient().readValue(twice, Reason.class))
        .isInstanceOf(MismatchedInputException.class)
        .hasMessageContaining("$: the key \"zh\" appears twice");
  }

  @Test
  void aSecondDocumentAfterTheFirstIsRefused() {
    assertThatThrownBy(() -> JSON.readValue(REASON + " " + REASON, Reason.class))
        .isInstanceOf(MismatchedInputException.class)
        .hasMessageContaining("Trailing token");
    assertThatThrownBy(() -> JSON.readValue(REASON + "x", Reason.class))
        .isInstanceOf(JsonParseException.class);
  }

  @Test
  void anUnknownFieldIsRefusedAndNamed() {
    String unknown = REASON.replace("\"en\":", "\"colour\":\"red\",\"en\":");
    assertThatThrownBy(() -> JSON.readValue(unknown, Reason.class))
        .isInstanceOf(MismatchedInputException.class)
        .hasMessageContaining("linkage/1 Reason: $: unknown field \"colour\"")
        .hasMessageContaining("the fields are code, clause, basis, interpretations, zh, en");
    String nested =
        PROJECT.replace(
            "\"location\":null",
            "\"location\":{\"countyLevelUnit\":\"WAFANGDIAN\",\"pilotZone\":null,"
                + "\"subdistrict\":null,\"street\":\"x\"}");
    assertThatThrownBy(() -> JSON.readValue(nested, Project.class))
        .hasMessageContaining("$.location: unknown field \"street\"");
  }

  @Test
  void anUnknownFieldIsSkippedWhenTheMapperSkipsUnknownProperties() throws Exception {
    String unknown = REASON.replace("\"en\":", "\"colour\":\"red\",\"en\":");
    assertThat(lenient().readValue(unknown, Reason.class))
        .isEqualTo(JSON.readValue(REASON, Reason.class));
  }

  @Test
  void aSchemaVersionNotReadIsRefusedNamingTheVersionFoundAndThoseRead() {
    for (String version : List.of("linkage/0", "linkage/2", "linkage-cli/1", "linkage/01", "")) {
      String other = REASON.replace("\"linkage/1\"", "\"" + version + "\"");
      assertThatThrownBy(() -> JSON.readValue(other, Reason.class))
          .as(version)
          .isInstanceOf(MismatchedInputException.class)
          .hasMessageContaining("\"" + version + "\" is not a schema this version of")
          .hasMessageContaining("it reads linkage/1");
    }
    assertThat(LinkageJson.schemasRead()).containsExactly("linkage/1");
    assertThatThrownBy(
            () -> JSON.readValue(REASON.replace("\"schema\":\"linkage/1\",", ""), Reason.class))
        .hasMessageContaining("$.schema: missing");
  }

  @Test
  void anotherDocumentTypeIsRefused() {
    assertThatThrownBy(() -> JSON.readValue(REASON, Versions.class))
        .isInstanceOf(MismatchedInputException.class)
        .hasMessageContaining("$.document: the document is a \"Reason\", not a Versions");
    assertThatThrownBy(() -> JSON.readValue(REASON, Decision.class))
        .hasMessageContaining("not a ScopeDecision or PersonGroups or GroupDecision");
  }

  @Test
  void anAmountGivenAsAJsonNumberIsRefused() {
    String number = PROJECT.replace("\"100000000.00\"", "100000000.00");
    assertThatThrownBy(() -> JSON.readValue(number, Project.class))
        .isInstanceOf(MismatchedInputException.class)
        .hasMessageContaining("$.totalInvestment: an amount is a string of 元 with two decimals")
        .hasMessageContaining("never a JSON number");
    assertThatThrownBy(() -> JSON.readValue("100000000", Money.class))
        .isInstanceOf(MismatchedInputException.class)
        .hasMessageContaining("never a JSON number");
    assertThatThrownBy(() -> JSON.readValue("1e8", Money.class))
        .isInstanceOf(MismatchedInputException.class);
  }

  /**
   * Found by LinkageJsonFuzzTest: a number with a huge exponent escaped as NumberFormatException.
   */
  @Test
  void aNumberWithAHugeExponentIsRefusedAsANumber() {
    String huge = PROJECT.replace("\"100000000.00\"", "90E000057550000575847");
    assertThatThrownBy(() -> JSON.readValue(huge, Project.class))
        .isInstanceOf(MismatchedInputException.class)
        .hasMessageContaining("never a JSON number");
    String workers = PROJECT.replace("\"categories\":[]", "\"categories\":[1e999999999]");
    assertThatThrownBy(() -> JSON.readValue(workers, Project.class))
        .isInstanceOf(MismatchedInputException.class)
        .hasMessageContaining("$.categories[0]: a number where a string is expected");
  }

  @Test
  void anAmountInAnotherWrittenFormIsRefused() {
    for (String amount :
        List.of(
            "1亿元",
            "100000000",
            "100000000.0",
            "100000000.000",
            "1e8",
            "0100.00",
            "-1.00",
            "1,000.00",
            " 1.00",
            "10000000000000000.00")) {
      String other = PROJECT.replace("\"100000000.00\"", "\"" + amount + "\"");
      assertThatThrownBy(() -> JSON.readValue(other, Project.class))
          .as(amount)
          .isInstanceOf(MismatchedInputException.class)
          .hasMessageContaining("$.totalInvestment:")
          .hasMessageContaining("is not an amount of 元 written with two decimals");
    }
  }

  @Test
  void nullForARequiredValueIsRefused() {
    assertThatThrownBy(() -> JSON.readValue(REASON.replace("\"中文\"", "null"), Reason.class))
        .isInstanceOf(MismatchedInputException.class)
        .hasMessageContaining("$.zh: must not be null");
    assertThatThrownBy(
            () ->
                JSON.readValue(
                    PROJECT.replace("\"categories\":[]", "\"categories\":null"), Project.class))
        .hasMessageContaining("$.categories: must not be null");
    assertThatThrownBy(() -> JSON.readValue("null", Reason.class))
        .isInstanceOf(MismatchedInputException.class)
        .hasMessageContaining("a Reason document is a JSON object, found null");
    assertThatThrownBy(() -> JSON.readValue("null", Money.class))
        .isInstanceOf(MismatchedInputException.class)
        .hasMessageContaining("found null");
  }

  @Test
  void aMissingFieldIsRefusedEvenIfItsValueWouldBeAbsent() {
    assertThatThrownBy(() -> JSON.readValue(PROJECT.replace("\"name\":null,", ""), Project.class))
        .isInstanceOf(MismatchedInputException.class)
        .hasMessageContaining("$.name: missing (write null for a value that is absent)");
  }

  @Test
  void valuesOfTheWrongTypeOrFormAreRefused() {
    Map<String, String> cases =
        Map.of(
            "\"approved\":null", "\"approved\":\"2025-9-26\"",
            "\"status\":null", "\"status\":\"under construction\"",
            "\"categories\":[]", "\"categories\":[\"a\",\"a\"]",
            "\"id\":\"P-1\"", "\"id\":1",
            "\"governmentFunded\":\"UNKNOWN\"", "\"governmentFunded\":null",
            "\"completed\":null", "\"completed\":\"2025-02-30\"");
    Map<String, String> words =
        Map.of(
            "\"approved\":null", "$.approved: \"2025-9-26\" is not a date in ISO-8601 form",
            "\"status\":null", "$.status: \"under construction\" is not a ProjectStatus",
            "\"categories\":[]", "$.categories[1]: the set holds this element twice",
            "\"id\":\"P-1\"", "$.id: a number where a string is expected",
            "\"governmentFunded\":\"UNKNOWN\"", "$.governmentFunded: must not be null",
            "\"completed\":null", "$.completed: \"2025-02-30\" is not a date");
    cases.forEach(
        (from, to) ->
            assertThatThrownBy(() -> JSON.readValue(PROJECT.replace(from, to), Project.class))
                .as(to)
                .isInstanceOf(MismatchedInputException.class)
                .hasMessageContaining(words.get(from)));
  }

  @Test
  void valuesThatBreakTheTypesOwnRulesAreRefusedWithItsMessage() {
    String blank = REASON.replace("\"English\"", "\" \"");
    assertThatThrownBy(() -> JSON.readValue(blank, Reason.class))
        .isInstanceOf(MismatchedInputException.class)
        .hasMessageContaining("$: the fields do not make a valid Reason")
        .hasMessageContaining("texts must not be blank");
    String noBasis =
        "{\"schema\":\"linkage/1\",\"document\":\"ScopeDecision\",\"outcome\":\"YES\","
            + "\"basis\":\"NONE\",\"reasons\":[{"
            + REASON_FIELDS
            + "}],\"missingFacts\":[],\"versions\":{\"policy\":\"p\",\"parameters\":\"q\","
            + "\"calendar\":\"c\"}}";
    assertThatThrownBy(() -> JSON.readValue(noBasis, ScopeDecision.class))
        .isInstanceOf(MismatchedInputException.class)
        .hasMessageContaining("basis NONE does not fit outcome YES");
  }

  /** What a reason rests on follows from its code: a document that says otherwise is refused. */
  @Test
  void aReasonsBasisMustBeTheOneItsCodeGives() {
    assertThatThrownBy(
            () -> JSON.readValue(REASON.replace("\"READING\"", "\"TEXT\""), Reason.class))
        .isInstanceOf(MismatchedInputException.class)
        .hasMessageContaining("$.basis: \"TEXT\" does not match the code");
    assertThatThrownBy(
            () -> JSON.readValue(REASON.replace("[\"INCLUSIVE_THRESHOLD\"]", "[]"), Reason.class))
        .isInstanceOf(MismatchedInputException.class)
        .hasMessageContaining("$.interpretations:");
  }

  @Test
  void aNestedValueCarriesNoSchema() {
    String doc =
        "{\"schema\":\"linkage/1\",\"document\":\"ScopeDecision\",\"outcome\":\"YES\","
            + "\"basis\":\"MUNICIPAL_THRESHOLD\",\"reasons\":["
            + REASON
            + "],\"missingFacts\":[],\"versions\":{\"policy\":\"p\",\"parameters\":\"q\","
            + "\"calendar\":\"c\"}}";
    assertThatThrownBy(() -> JSON.readValue(doc, ScopeDecision.class))
        .isInstanceOf(MismatchedInputException.class)
        .hasMessageContaining("$.reasons[0]: unknown field \"schema\"");
  }

  @Test
  void aClauseIsItsCanonicalCitation() {
    assertThatThrownBy(() -> JSON.readValue(REASON.replace("一（一）", "一(一)"), Reason.class))
        .hasMessageContaining("$.clause: \"大政办发〔2018〕83号 一(一)\" is not the canonical citation");
    assertThatThrownBy(() -> JSON.readValue("\"JOB_DEMAND_ASSESSMENT\"", ClauseRef.class))
        .isInstanceOf(MismatchedInputException.class)
        .hasMessageContaining("is not the canonical citation");
  }

  private static ObjectMapper lenient() {
    return new ObjectMapper()
        .registerModule(new LinkageModule())
        .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
  }
}
