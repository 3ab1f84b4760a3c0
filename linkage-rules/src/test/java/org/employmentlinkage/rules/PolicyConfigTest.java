package org.employmentlinkage.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.SerializableTester;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InvalidObjectException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.UnaryOperator;
import org.employmentlinkage.calendar.ChinaCalendars;
import org.employmentlinkage.domain.LandNoticeKind;
import org.employmentlinkage.money.Money;
import org.employmentlinkage.policy.PersonGroup;
import org.employmentlinkage.policy.ValidityWindow;
import org.employmentlinkage.region.Region;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/**
 * The configuration value behind {@link LinkagePolicy}: its digest cannot skip an attribute, the
 * builder's copy keeps every attribute, and a serialized policy is read only if the builder could
 * have built it. The tampered streams are made by writing a configuration whose fields were set by
 * reflection (as an attacker writing the bytes by hand would), then reading it back.
 */
class PolicyConfigTest {

  private static final PersonGroup SOLDIERS =
      PersonGroup.customPriority("RETIRED_SOLDIER", "退役军人", "retired soldiers");

  /** The names of PolicyConfig's attributes: its abstract accessors. */
  private static Set<String> attributes() {
    Set<String> names = new TreeSet<>();
    for (Method m : PolicyConfig.class.getDeclaredMethods()) {
      if (Modifier.isAbstract(m.getModifiers()) && m.getParameterCount() == 0) {
        names.add(m.getName());
      }
    }
    return names;
  }

  @Test
  void everyAttributeEntersTheDigestOrIsListedWithItsReason() {
    Set<String> classified = new TreeSet<>(PolicyConfig.DIGESTED);
    classified.addAll(PolicyConfig.NOT_DIGESTED.keySet());
    assertThat(attributes()).hasSize(18).isEqualTo(classified);
    assertThat(PolicyConfig.DIGESTED)
        .doesNotContainAnyElementsOf(PolicyConfig.NOT_DIGESTED.keySet());
    assertThat(LinkagePolicy.builder().buildConfig().digestedAttributes())
        .hasSameSizeAs(PolicyConfig.DIGESTED);
  }

  /** One change of each digested attribute away from the document's defaults. */
  private static Map<String, UnaryOperator<LinkagePolicy.Builder>> oneChangeEach() {
    Map<String, UnaryOperator<LinkagePolicy.Builder>> m = new LinkedHashMap<>();
    m.put("validity", b -> b.validity(ValidityWindow.WAFANGDIAN_FORWARDING));
    m.put("widenings", b -> b.addWidening(RulesBadInputCatalogueTest.widening()));
    m.put("liaisonPeriods", b -> b.liaisonPeriod(Region.WAFANGDIAN, Period.ofMonths(3)));
    m.put(
        "schedules",
        b -> b.subsidySchedule(Region.WAFANGDIAN, RulesBadInputCatalogueTest.schedule()));
    m.put("specialists", b -> b.serviceSpecialist(Region.WAFANGDIAN, "HYPOTHETICAL 王专员"));
    m.put("locality", b -> b.locality(Locality.HOUSEHOLD_REGISTRATION));
    m.put("graduateYears", b -> b.collegeGraduateYears(3));
    m.put("customGroups", b -> b.addPriorityGroup(SOLDIERS));
    m.put("landTriggers", b -> b.addLandNoticeTrigger(LandNoticeKind.PRE_NOTICE));
    m.put("countMakeupWorkdays", b -> b.countMakeupWorkdays(false));
    m.put("technicianClassesAsGraduates", b -> b.technicianClassesAsCollegeGraduates(false));
    m.put(
        "agreementScope",
        b -> b.investmentAgreementScope(InvestmentAgreementScope.MAJOR_PROJECTS_ONLY));
    m.put("orderWithinTier", b -> b.orderWithinTier(TierOrder.AS_GIVEN));
    m.put("lastDay", b -> b.validUntil(LocalDate.of(2030, 12, 31), "HYPOTHETICAL repeal"));
    m.put("lastDaySource", b -> b.validUntil(LocalDate.of(2031, 6, 30), "HYPOTHETICAL expiry"));
    return m;
  }

  @Test
  void changingAnyDigestedAttributeChangesTheDigest() {
    Map<String, UnaryOperator<LinkagePolicy.Builder>> changes = oneChangeEach();
    assertThat(changes.keySet()).containsExactlyElementsOf(PolicyConfig.DIGESTED);
    PolicyConfig defaults = LinkagePolicy.builder().buildConfig();
    assertThat(defaults.parametersVersion()).isEqualTo(LinkagePolicy.DEFAULT_PARAMETERS);
    Set<String> versions = new HashSet<>();
    changes.forEach(
        (name, change) -> {
          PolicyConfig changed = change.apply(LinkagePolicy.builder()).buildConfig();
          assertThat(changed.digestText()).as(name).isNotEqualTo(defaults.digestText());
          assertThat(changed.parametersVersion()).as(name).startsWith("sha256:");
          versions.add(changed.parametersVersion());
        });
    assertThat(versions).hasSize(changes.size());
    // without a time limit is a change too
    assertThat(
            LinkagePolicy.builder().collegeGraduatesWithoutTimeLimit().buildConfig().digestText())
        .isNotEqualTo(defaults.digestText());
  }

  @Test
  void theAttributesOutsideTheDigestLeaveIt() {
    String defaults = LinkagePolicy.builder().buildConfig().parametersVersion();
    assertThat(LinkagePolicy.builder().provisionalCalendar().buildConfig().parametersVersion())
        .isEqualTo(defaults);
    assertThat(
            LinkagePolicy.builder()
                .clock(Clock.fixed(Instant.parse("2025-01-01T00:00:00Z"), ZoneOffset.UTC))
                .buildConfig()
                .parametersVersion())
        .isEqualTo(defaults);
    assertThat(LinkagePolicy.builder().parametersVersion("label").buildConfig().digestText())
        .isEqualTo(LinkagePolicy.builder().buildConfig().digestText());
  }

  /** A configuration with every attribute away from the default. */
  private static LinkagePolicy.Builder everything() {
    LinkagePolicy.Builder b =
        LinkagePolicy.builder()
            .provisionalCalendar()
            .clock(Clock.fixed(Instant.parse("2025-01-01T00:00:00Z"), ZoneOffset.UTC))
            .parametersVersion("everything-hypothetical");
    for (UnaryOperator<LinkagePolicy.Builder> change : oneChangeEach().values()) {
      b = change.apply(b);
    }
    return b;
  }

  @Test
  void theBuildersCopyKeepsEveryAttribute() throws Exception {
    PolicyConfig defaults = LinkagePolicy.builder().buildConfig();
    PolicyConfig full = everything().buildConfig();
    for (String name : attributes()) {
      Method accessor = PolicyConfig.class.getDeclaredMethod(name);
      assertThat(accessor.invoke(full))
          .as("the test sets %s", name)
          .isNotEqualTo(accessor.invoke(defaults));
    }
    assertThat(new LinkagePolicy.Builder(full).buildConfig()).isEqualTo(full);
    assertThat(everything().build().toBuilder().buildConfig()).isEqualTo(full);
  }

  // ---------------------------------------------------------------------------------------------
  // the serialized form

  private static Object read(byte[] bytes) throws Exception {
    try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes))) {
      return in.readObject();
    }
  }

  @Test
  void aPolicyIsReadBackWithItsWholeConfiguration() throws Exception {
    LinkagePolicy policy = everything().build();
    LinkagePolicy again = SerializableTester.reserialize(policy);
    assertThat(again.versions()).isEqualTo(policy.versions());
    assertThat(again.toBuilder().buildConfig()).isEqualTo(policy.toBuilder().buildConfig());
  }

  /**
   * The stream of a policy whose configuration's serialized form holds {@code value} in {@code
   * field}: a valid policy is written, and the form of its configuration is changed on its way into
   * the stream, as an attacker who writes the stream by hand would.
   */
  private static byte[] tampered(String field, @Nullable Object value) throws Exception {
    return tampered(LinkagePolicy.builder().build(), field, value);
  }

  private static byte[] tampered(LinkagePolicy policy, String field, @Nullable Object value)
      throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out =
        new ObjectOutputStream(bytes) {
          {
            enableReplaceObject(true);
          }

          @Override
          protected Object replaceObject(Object obj) throws java.io.IOException {
            if (obj.getClass().getName().equals(PolicyConfig.class.getName() + "$SerializedForm")) {
              try {
                Field f = obj.getClass().getDeclaredField(field);
                f.setAccessible(true);
                f.set(obj, value);
              } catch (ReflectiveOperationException e) {
                throw new LinkageError(field, e);
              }
            }
            return obj;
          }
        }) {
      out.writeObject(policy);
    }
    return bytes.toByteArray();
  }

  private static void refused(byte[] stream, String... words) {
    assertThatThrownBy(() -> read(stream))
        .isInstanceOf(InvalidObjectException.class)
        .hasMessageContainingAll(words);
  }

  @Test
  void tamperedStreamsAreRefusedAsTheBuilderRefusesTheirValues() throws Exception {
    // the four of issue 12, item 14
    refused(tampered("graduateYears", -7), "collegeGraduateYears", "from 0 to 100", "-7");
    refused(tampered("graduateYears", 101), "collegeGraduateYears", "from 0 to 100", "101");
    refused(
        tampered("liaisonPeriods", new HashMap<>(Map.of(Region.WAFANGDIAN, Period.parse("P-3M")))),
        "liaisonPeriod",
        "positive",
        "P-3M");
    refused(
        tampered("specialists", new HashMap<>(Map.of(Region.WAFANGDIAN, " "))),
        "serviceSpecialist",
        "blank");
    refused(tampered("clock", null), "clock");
    // and every other rule of the builder
    refused(tampered("validity", null), "validity");
    refused(tampered("calendar", null), "calendar");
    refused(tampered("locality", null), "locality");
    refused(
        tampered(
            "widenings",
            new ArrayList<>(
                List.of(
                    ScopeWidening.builder()
                        .from(RulesBadInputCatalogueTest.widening())
                        .threshold(Money.parse("100000000.01"))
                        .build()))),
        "narrow");
    refused(
        tampered(
            "liaisonPeriods", new HashMap<>(Map.of(Region.OUTSIDE_DALIAN, Period.ofMonths(3)))),
        "liaisonPeriod",
        "大连市");
    refused(
        tampered(
            "schedules",
            new HashMap<>(Map.of(Region.OUTSIDE_DALIAN, RulesBadInputCatalogueTest.schedule()))),
        "subsidySchedule");
    refused(
        tampered("customGroups", new ArrayList<>(List.of(PersonGroup.COLLEGE_GRADUATE))),
        "addPriorityGroup",
        "built in");
    refused(
        tampered("customGroups", new ArrayList<>(List.of(SOLDIERS, SOLDIERS))),
        "addPriorityGroup",
        "already added");
    refused(
        tampered("landTriggers", new ArrayList<>(List.of(LandNoticeKind.PRE_NOTICE))),
        "landTriggers",
        "征收土地公告");
    refused(
        tampered("specialists", new HashMap<>(Map.of(Region.DALIAN, "x"))),
        "serviceSpecialist",
        "区市县");
    refused(tampered("parametersLabel", " "), "parametersVersion", "blank");
    refused(tampered("agreementScope", null), "agreementScope");
    refused(tampered("orderWithinTier", null), "orderWithinTier");
    refused(tampered("lastDay", LocalDate.of(2030, 1, 1)), "validUntil", "together");
    LinkagePolicy ended = LinkagePolicy.builder().validUntil(LocalDate.of(2030, 1, 1), "x").build();
    refused(
        tampered(ended, "lastDay", LocalDate.of(2018, 7, 5)),
        "validUntil",
        "before the first day",
        "2018-07-06");
    List<ScopeWidening> withNull = new ArrayList<>();
    withNull.add(null);
    refused(tampered("widenings", withNull), "widening");
  }

  @Test
  void collectionsReadFromAStreamAreCopied() throws Exception {
    List<ScopeWidening> mutable = new ArrayList<>(List.of(RulesBadInputCatalogueTest.widening()));
    LinkagePolicy read = (LinkagePolicy) read(tampered("widenings", mutable));
    assertThat(read.widenings()).isEqualTo(mutable).isNotSameAs(mutable);
    assertThatThrownBy(() -> read.widenings().clear())
        .isInstanceOf(UnsupportedOperationException.class);
    assertThat(read.calendar()).isEqualTo(ChinaCalendars.official());
  }
}
