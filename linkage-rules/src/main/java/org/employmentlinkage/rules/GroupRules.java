package org.employmentlinkage.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReferenceArray;
import org.employmentlinkage.domain.Education;
import org.employmentlinkage.domain.Fact;
import org.employmentlinkage.domain.HouseholdType;
import org.employmentlinkage.domain.Person;
import org.employmentlinkage.policy.ClauseRef;
import org.employmentlinkage.policy.MissingFact;
import org.employmentlinkage.policy.Outcome;
import org.employmentlinkage.policy.PersonGroup;
import org.employmentlinkage.policy.Reason;
import org.employmentlinkage.policy.ReasonCode;
import org.employmentlinkage.policy.ValidityWindow;
import org.employmentlinkage.policy.Versions;
import org.jspecify.annotations.Nullable;

/**
 * The groups of 一（二）/二（五） (高校毕业生、农村转移劳动力、去产能安置职工 "等", open), 被征地人员 (二（三）) and 应届高校毕业生 (三（六）), with
 * the documented default definitions of {@code docs/adr/0003-policy-as-code.md} ("Groups").
 *
 * <p>Each group's decision depends on at most two three-valued facts, so every group decision is a
 * constant built with the policy; a person's {@link PersonGroups} is cached by the combination of
 * those facts (lock-free, benign races).
 */
final class GroupRules {
  /**
   * Education that counts as 高校毕业生 ({@code docs/adr/0003-policy-as-code.md}, "Groups"): 普通高校 大专及以上,
   * and the equivalent 技师学院高级工班、预备技师班.
   */
  static final Set<Education> COLLEGE_EDUCATION =
      EnumSet.of(
          Education.TECHNICIAN_COLLEGE_SENIOR_CLASS,
          Education.JUNIOR_COLLEGE,
          Education.BACHELOR,
          Education.POSTGRADUATE);

  private static final int Y = 0;
  private static final int N = 1;
  private static final int U = 2;

  /** Education: a technician-college class, which the policy's reading does not count. */
  private static final int T = 3;

  private static final int MAX_CACHED_CUSTOM_GROUPS = 3;

  private final ValidityWindow validity;
  private final int graduateYears;
  private final boolean technicianClasses;
  private final List<PersonGroup> customGroups;
  private final List<PersonGroup> groups;
  private final GroupDecision[] college = new GroupDecision[12];
  private final GroupDecision[] current = new GroupDecision[12];
  private final GroupDecision[] rural = new GroupDecision[9];
  private final GroupDecision[] overcapacity = new GroupDecision[3];
  private final GroupDecision[] land = new GroupDecision[3];
  private final GroupDecision[][] custom;
  private final PersonGroups notInForce;
  private final Versions versions;
  private final @Nullable AtomicReferenceArray<PersonGroups> cache;

  /**
   * Builds the group rules.
   *
   * @param validity the policy's validity window
   * @param graduateYears the years after leaving school during which a graduate still counts as
   *     高校毕业生 (besides the graduation year itself), or -1 for no limit
   * @param technicianClasses whether 技师学院高级工班、预备技师班 graduates count as 高校毕业生
   * @param customGroups groups a region added to the 重点群体
   * @param versions the versions recorded in every decision
   */
  GroupRules(
      ValidityWindow validity,
      int graduateYears,
      boolean technicianClasses,
      List<PersonGroup> customGroups,
      Versions versions) {
    this.validity = validity;
    this.graduateYears = graduateYears;
    this.technicianClasses = technicianClasses;
    this.customGroups = List.copyOf(customGroups);
    this.versions = versions;
    List<PersonGroup> all = new ArrayList<>();
    all.add(PersonGroup.COLLEGE_GRADUATE);
    all.add(PersonGroup.RURAL_TRANSFER_LABOUR);
    all.add(PersonGroup.OVERCAPACITY_RESETTLED_WORKER);
    all.addAll(customGroups);
    all.add(PersonGroup.LAND_EXPROPRIATED_PERSON);
    all.add(PersonGroup.CURRENT_YEAR_COLLEGE_GRADUATE);
    this.groups = List.copyOf(all);
    for (int a = 0; a < 4; a++) {
      for (int b = 0; b < 3; b++) {
        college[a * 3 + b] =
            pair(
                PersonGroup.COLLEGE_GRADUATE,
                a,
                b,
                ReasonCode.GROUP_COLLEGE_GRADUATE_YES,
                ReasonCode.GROUP_COLLEGE_GRADUATE_EDUCATION_NO,
                ReasonCode.GROUP_COLLEGE_GRADUATE_TIME_NO,
                ReasonCode.GROUP_COLLEGE_GRADUATE_UNDETERMINED,
                MissingFact.PERSON_EDUCATION,
                MissingFact.PERSON_GRADUATION_DATE);
        current[a * 3 + b] =
            pair(
                PersonGroup.CURRENT_YEAR_COLLEGE_GRADUATE,
                a,
                b,
                ReasonCode.GROUP_CURRENT_GRADUATE_YES,
                ReasonCode.GROUP_CURRENT_GRADUATE_EDUCATION_NO,
                ReasonCode.GROUP_CURRENT_GRADUATE_YEAR_NO,
                ReasonCode.GROUP_CURRENT_GRADUATE_UNDETERMINED,
                MissingFact.PERSON_EDUCATION,
                MissingFact.PERSON_GRADUATION_DATE);
        if (a == T) {
          continue;
        }
        rural[a * 3 + b] =
            pair(
                PersonGroup.RURAL_TRANSFER_LABOUR,
                a,
                b,
                ReasonCode.GROUP_RURAL_TRANSFER_YES,
                ReasonCode.GROUP_RURAL_TRANSFER_NOT_RURAL,
                ReasonCode.GROUP_RURAL_TRANSFER_NOT_TRANSFERRING,
                ReasonCode.GROUP_RURAL_TRANSFER_UNDETERMINED,
                MissingFact.PERSON_HOUSEHOLD_TYPE,
                MissingFact.PERSON_NON_FARM_TRANSFER);
      }
      if (a == T) {
        continue;
      }
      overcapacity[a] =
          single(
              PersonGroup.OVERCAPACITY_RESETTLED_WORKER,
              a,
              ReasonCode.GROUP_OVERCAPACITY_YES,
              ReasonCode.GROUP_OVERCAPACITY_NO,
              ReasonCode.GROUP_OVERCAPACITY_UNDETERMINED,
              MissingFact.PERSON_OVERCAPACITY_RESETTLED);
      land[a] =
          single(
              PersonGroup.LAND_EXPROPRIATED_PERSON,
              a,
              ReasonCode.GROUP_LAND_EXPROPRIATED_YES,
              ReasonCode.GROUP_LAND_EXPROPRIATED_NO,
              ReasonCode.GROUP_LAND_EXPROPRIATED_UNDETERMINED,
              MissingFact.PERSON_LAND_EXPROPRIATED);
    }
    this.custom = new GroupDecision[customGroups.size()][3];
    for (int i = 0; i < customGroups.size(); i++) {
      PersonGroup g = customGroups.get(i);
      for (int a = 0; a < 3; a++) {
        custom[i][a] =
            single(
                g,
                a,
                ReasonCode.GROUP_CERTIFIED_YES,
                ReasonCode.GROUP_CERTIFIED_NO,
                ReasonCode.GROUP_CERTIFIED_UNDETERMINED,
                MissingFact.certification(g.id()));
      }
    }
    PersonGroups.Builder nif =
        PersonGroups.builder().outcome(Outcome.NOT_IN_FORCE).versions(versions);
    Set<Reason> nifReasons = new LinkedHashSet<>();
    for (PersonGroup g : groups) {
      Reason reason = Texts.reason(ReasonCode.NOT_IN_FORCE, g.clause());
      nifReasons.add(reason);
      nif.addDecision(
          GroupDecision.builder()
              .group(g)
              .outcome(Outcome.NOT_IN_FORCE)
              .addReason(reason)
              .versions(versions)
              .build());
    }
    this.notInForce = nif.addAllReasons(nifReasons).build();
    int size = 12 * 12 * 9 * 3 * 3;
    for (int i = 0; i < customGroups.size(); i++) {
      size *= 3;
    }
    this.cache =
        customGroups.size() <= MAX_CACHED_CUSTOM_GROUPS ? new AtomicReferenceArray<>(size) : null;
  }

  /**
   * The groups in the order of {@link PersonGroups#decisions()}.
   *
   * @return the groups
   */
  List<PersonGroup> groups() {
    return groups;
  }

  /**
   * A person's groups on a date.
   *
   * @param person the person
   * @param asOf the date
   * @return the groups decision
   */
  PersonGroups evaluate(Person person, LocalDate asOf) {
    if (!validity.contains(asOf)) {
      return notInForce;
    }
    int c = collegeIndex(person, asOf);
    int cy = currentIndex(person, asOf);
    int ru = ruralIndex(person);
    int ov = tri(person.overcapacityResettled());
    int la = landIndex(person);
    int key = (((c * 12 + cy) * 9 + ru) * 3 + ov) * 3 + la;
    for (PersonGroup g : customGroups) {
      key = key * 3 + certified(person, g);
    }
    AtomicReferenceArray<PersonGroups> cached = cache;
    if (cached != null) {
      PersonGroups hit = cached.get(key);
      if (hit != null) {
        return hit;
      }
    }
    List<GroupDecision> decisions = new ArrayList<>(groups.size());
    decisions.add(college[c]);
    decisions.add(rural[ru]);
    decisions.add(overcapacity[ov]);
    for (int i = 0; i < customGroups.size(); i++) {
      decisions.add(custom[i][certified(person, customGroups.get(i))]);
    }
    decisions.add(land[la]);
    decisions.add(current[cy]);
    PersonGroups result = combine(decisions);
    if (cached != null) {
      cached.lazySet(key, result);
    }
    return result;
  }

  /**
   * Whether a person belongs to at least one 重点群体 ({@link PersonGroup#isPriority()}), with the
   * facts missing for the priority groups that are undetermined.
   *
   * @param groups the person's groups
   * @param missing receives the missing facts
   * @return the three-valued membership
   */
  static Outcome priorityMember(PersonGroups groups, Set<MissingFact> missing) {
    if (groups.outcome() == Outcome.UNDETERMINED) {
      for (GroupDecision d : groups.decisions()) {
        if (d.group().isPriority()) {
          missing.addAll(d.missingFacts());
        }
      }
    }
    return groups.outcome();
  }

  private PersonGroups combine(List<GroupDecision> decisions) {
    boolean yes = false;
    boolean undetermined = false;
    Set<Reason> reasons = new LinkedHashSet<>();
    Set<MissingFact> missing = new LinkedHashSet<>();
    for (GroupDecision d : decisions) {
      reasons.addAll(d.reasons());
      missing.addAll(d.missingFacts());
      if (d.group().isPriority()) {
        yes |= d.outcome() == Outcome.YES;
        undetermined |= d.outcome() == Outcome.UNDETERMINED;
      }
    }
    Outcome outcome = yes ? Outcome.YES : undetermined ? Outcome.UNDETERMINED : Outcome.NO;
    return PersonGroups.builder()
        .decisions(decisions)
        .outcome(outcome)
        .reasons(reasons)
        .missingFacts(missing)
        .versions(versions)
        .build();
  }

  private int collegeIndex(Person p, LocalDate asOf) {
    int edu = education(p);
    int time;
    Optional<LocalDate> graduated = p.graduationDate();
    if (graduated.isEmpty()) {
      time = U;
    } else {
      LocalDate g = graduated.get();
      if (g.getYear() == asOf.getYear()) {
        time = Y;
      } else if (g.isAfter(asOf)) {
        time = N;
      } else if (graduateYears < 0) {
        time = Y;
      } else {
        time = asOf.isAfter(g.plusYears(graduateYears)) ? N : Y;
      }
    }
    return edu * 3 + time;
  }

  private int currentIndex(Person p, LocalDate asOf) {
    int edu = education(p);
    Optional<LocalDate> graduated = p.graduationDate();
    int year = graduated.isEmpty() ? U : graduated.get().getYear() == asOf.getYear() ? Y : N;
    return edu * 3 + year;
  }

  private int education(Person p) {
    Optional<Education> e = p.education();
    if (e.isEmpty()) {
      return U;
    }
    if (e.get() == Education.TECHNICIAN_COLLEGE_SENIOR_CLASS && !technicianClasses) {
      return T;
    }
    return COLLEGE_EDUCATION.contains(e.get()) ? Y : N;
  }

  private static int ruralIndex(Person p) {
    Optional<HouseholdType> h = p.householdType();
    int rural = h.isEmpty() ? U : h.get() == HouseholdType.RURAL ? Y : N;
    return rural * 3 + tri(p.nonFarmTransfer());
  }

  private static int landIndex(Person p) {
    if (!p.landExpropriationProjectIds().isEmpty()) {
      return Y;
    }
    return tri(p.landExpropriated());
  }

  private static int tri(Fact fact) {
    return switch (fact) {
      case YES -> Y;
      case NO -> N;
      case UNKNOWN -> U;
    };
  }

  /** A region-added group's certified status: true, false, or absent from the map. */
  private static int certified(Person person, PersonGroup group) {
    Boolean status = person.certifications().get(group.id());
    return status == null ? U : status ? Y : N;
  }

  /** A group that is the conjunction of two facts a and b. */
  private GroupDecision pair(
      PersonGroup group,
      int a,
      int b,
      ReasonCode yes,
      ReasonCode aNo,
      ReasonCode bNo,
      ReasonCode undetermined,
      MissingFact aFact,
      MissingFact bFact) {
    ClauseRef clause = group.clause();
    GroupDecision.Builder d = GroupDecision.builder().group(group).versions(versions);
    if (a == Y && b == Y) {
      return d.outcome(Outcome.YES).addReason(Texts.reason(yes, clause)).build();
    }
    if (a == T) {
      d.outcome(Outcome.NO)
          .addReason(Texts.reason(ReasonCode.GROUP_COLLEGE_GRADUATE_TECHNICIAN_EXCLUDED, clause));
      if (b == N) {
        d.addReason(Texts.reason(bNo, clause));
      }
      return d.build();
    }
    if (a == N || b == N) {
      d.outcome(Outcome.NO);
      if (a == N) {
        d.addReason(Texts.reason(aNo, clause));
      }
      if (b == N) {
        d.addReason(Texts.reason(bNo, clause));
      }
      return d.build();
    }
    d.outcome(Outcome.UNDETERMINED).addReason(Texts.reason(undetermined, clause));
    if (a == U) {
      d.addMissingFact(aFact);
    }
    if (b == U) {
      d.addMissingFact(bFact);
    }
    return d.build();
  }

  /** A group that is one fact. */
  private GroupDecision single(
      PersonGroup group,
      int a,
      ReasonCode yes,
      ReasonCode no,
      ReasonCode undetermined,
      MissingFact fact) {
    ClauseRef clause = group.clause();
    GroupDecision.Builder d = GroupDecision.builder().group(group).versions(versions);
    return switch (a) {
      case Y -> d.outcome(Outcome.YES).addReason(Texts.reason(yes, clause)).build();
      case N -> d.outcome(Outcome.NO).addReason(Texts.reason(no, clause)).build();
      default ->
          d.outcome(Outcome.UNDETERMINED)
              .addReason(Texts.reason(undetermined, clause))
              .addMissingFact(fact)
              .build();
    };
  }
}
