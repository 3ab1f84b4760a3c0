package org.employmentlinkage.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.employmentlinkage.domain.Candidate;
import org.employmentlinkage.region.Location;
import org.employmentlinkage.region.Region;

/**
 * The invariant violations the testkit found in the shipped rules, for the lead to decide on. Each
 * is reproduced minimally in {@code KnownFindingsTest}; where a test runs the full catalogue, only
 * the exact finding described here is tolerated, and every other case is still checked.
 *
 * <p><b>F1 (二（五） "当地", linkage-rules {@code Localities.isLocal}).</b> A candidate whose region (by
 * the policy's locality basis) is a pilot zone other than the project's is "undetermined" local
 * when the project's county-level unit is given, but definitely not local when it is not given. So
 * removing the fact {@code project.location.countyLevelUnit} turns the candidate's placement from
 * undetermined to definite and the plan from UNDETERMINED to YES, which breaks
 * MISSING_FACTS_ONLY_WEAKEN ("removing facts may turn YES/NO into UNDETERMINED, never the reverse";
 * {@code Outcome} javadoc, ADR 0003 "Three-valued facts").
 */
public final class KnownFindings {
  private KnownFindings() {}

  private static final Pattern CASE_SEED = Pattern.compile("case seed (-?\\d+)L");

  /**
   * Whether a question has the shape of F1: a recruitment for a project located in both a
   * county-level unit and a pilot zone, with a candidate who lives or is registered in another
   * pilot zone.
   */
  public static boolean hasF1Shape(PolicyQuestion q) {
    if (!(q instanceof PolicyQuestion.Recruitment r)) {
      return false;
    }
    Optional<Location> loc = r.demand().project().location();
    if (loc.isEmpty() || loc.get().countyLevelUnit().isEmpty() || loc.get().pilotZone().isEmpty()) {
      return false;
    }
    for (Candidate c : r.candidates()) {
      for (Optional<Region> region :
          List.of(c.person().residence(), c.person().householdRegion())) {
        if (region.isPresent()
            && region.get().isPilotZone()
            && !region.equals(loc.get().pilotZone())) {
          return true;
        }
      }
    }
    return false;
  }

  /** The questions of {@code g} without the shape of F1. */
  public static Generator<PolicyQuestion> withoutF1(Generator<PolicyQuestion> g) {
    return g.filter(q -> !hasF1Shape(q));
  }

  /**
   * Asserts that {@code run} (a run of MISSING_FACTS_ONLY_WEAKEN over {@code generator}) fails, and
   * fails on a case of the shape of F1 with an undetermined answer turned definite.
   */
  public static void assertFailsWithF1(Generator<PolicyQuestion> generator, ThrowingCallable run) {
    AssertionError e = catchThrowableOfType(AssertionError.class, run);
    assertThat(e).as("finding F1 still reproduces").isNotNull();
    assertF1(generator, e);
  }

  /**
   * Runs {@code run} (a run of MISSING_FACTS_ONLY_WEAKEN over {@code generator}); it passes, or
   * fails only with F1.
   */
  public static void toleratingF1(Generator<PolicyQuestion> generator, ThrowingCallable run) {
    AssertionError e = catchThrowableOfType(AssertionError.class, run);
    if (e != null) {
      assertF1(generator, e);
    }
  }

  private static void assertF1(Generator<PolicyQuestion> generator, AssertionError e) {
    Matcher m = CASE_SEED.matcher(String.valueOf(e.getMessage()));
    assertThat(m.find()).as("a case seed in %s", e.getMessage()).isTrue();
    PolicyQuestion q = generator.next(Generators.random(Long.parseLong(m.group(1))));
    assertThat(hasF1Shape(q)).as("the failing case has the shape of F1: %s", q).isTrue();
    assertThat(String.valueOf(e.getCause().getMessage()))
        .as("an undetermined answer turned definite")
        .containsPattern("is UNDETERMINED with the fact but (YES|NO) without it");
  }
}
