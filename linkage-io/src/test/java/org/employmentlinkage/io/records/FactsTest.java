package org.employmentlinkage.io.records;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.employmentlinkage.domain.Education;
import org.employmentlinkage.domain.Person;
import org.employmentlinkage.domain.Project;
import org.employmentlinkage.domain.ProjectType;
import org.employmentlinkage.money.Money;
import org.employmentlinkage.region.Region;
import org.junit.jupiter.api.Test;

/** The readers of facts: forms accepted, errors that name the field and never the value. */
class FactsTest {
  @Test
  void dates() {
    assertThat(Values.date("d", "2025-09-26")).isEqualTo(LocalDate.of(2025, 9, 26));
    assertThat(Values.date("d", "2025年9月26日")).isEqualTo(LocalDate.of(2025, 9, 26));
    assertThat(Values.date("d", "２０２５－０９－２６")).isEqualTo(LocalDate.of(2025, 9, 26));
    assertThatThrownBy(() -> Values.date("d", "2025-02-29"))
        .isInstanceOfSatisfying(
            FactException.class, e -> assertThat(e.problem()).isEqualTo(Problem.NOT_A_REAL_DAY));
    for (String bad : List.of("26/09/2025", "2025-9-26", "", "2025年13月", "张三")) {
      assertThatThrownBy(() -> Values.date("graduationDate", bad))
          .as(bad)
          .isInstanceOfSatisfying(
              FactException.class,
              e -> {
                assertThat(e.problem()).isEqualTo(Problem.NOT_A_DATE);
                assertThat(e.field()).isEqualTo("graduationDate");
                assertThat(e.getMessage()).doesNotContain("张三");
              });
    }
  }

  @Test
  void booleans() {
    for (String yes : List.of("true", "TRUE", "yes", "Y", "1", "是", " true ")) {
      assertThat(Values.bool("b", yes)).as(yes).isTrue();
    }
    for (String no : List.of("false", "No", "n", "0", "否")) {
      assertThat(Values.bool("b", no)).as(no).isFalse();
    }
    assertThatThrownBy(() -> Values.bool("b", "maybe")).isInstanceOf(FactException.class);
  }

  /**
   * Region codes of the 2018 administrative-division codes, names, constants; pilot zones by name
   * only.
   */
  @Test
  void regions() {
    assertThat(Values.region("r", "210281")).isEqualTo(Region.WAFANGDIAN);
    assertThat(Values.region("r", "瓦房店市")).isEqualTo(Region.WAFANGDIAN);
    assertThat(Values.region("r", "wafangdian")).isEqualTo(Region.WAFANGDIAN);
    assertThat(Values.region("r", "长兴岛经济区")).isEqualTo(Region.CHANGXING_ISLAND);
    assertThat(Values.region("r", "大连市以外")).isEqualTo(Region.OUTSIDE_DALIAN);
    assertThat(Values.region("r", "outside-dalian")).isEqualTo(Region.OUTSIDE_DALIAN);
    assertThatThrownBy(() -> Values.region("r", "210299"))
        .isInstanceOfSatisfying(
            FactException.class,
            e -> assertThat(e.detail()).contains("210281 瓦房店市").doesNotContain("210299"));
  }

  @Test
  void counts() {
    assertThat(Values.count("n", "3")).isEqualTo(3);
    for (String bad : List.of("0", "-1", "1.5", "x", "99999999999")) {
      assertThatThrownBy(() -> Values.count("n", bad)).as(bad).isInstanceOf(FactException.class);
    }
  }

  @Test
  void lists() {
    assertThat(Values.list("l", "a; b；;c ")).containsExactly("a", "b", "c");
    assertThat(Values.list("l", "")).isEmpty();
  }

  @Test
  void choicesByNameOrChineseLabel() {
    assertThat(PersonFacts.EDUCATION.parse("e", "junior-college"))
        .isEqualTo(Education.JUNIOR_COLLEGE);
    assertThat(PersonFacts.EDUCATION.parse("e", "大专")).isEqualTo(Education.JUNIOR_COLLEGE);
    assertThat(PersonFacts.EDUCATION.parse("e", "Junior College"))
        .isEqualTo(Education.JUNIOR_COLLEGE);
    assertThat(ProjectFacts.TYPE.parse("t", "建设项目")).isEqualTo(ProjectType.CONSTRUCTION);
  }

  @Test
  void aPersonFromFields() {
    PersonFacts f = new PersonFacts();
    f.set("education", "本科");
    f.set("landExpropriationProjectIds", "P1;P2");
    f.set("certifications", "retired_soldier=是");
    f.set("residence", "210281");
    Person p = f.toPerson("x");
    assertThat(p.id()).isEqualTo("x");
    assertThat(p.education()).contains(Education.BACHELOR);
    assertThat(p.landExpropriationProjectIds()).containsExactly("P1", "P2");
    assertThat(p.certifications()).containsEntry("RETIRED_SOLDIER", true);
    assertThat(p.residence()).contains(Region.WAFANGDIAN);
    f.reset();
    assertThat(f.toPerson("y").education()).isEmpty();
    assertThatThrownBy(() -> f.set("certifications", "x"))
        .isInstanceOfSatisfying(
            FactException.class,
            e -> assertThat(e.problem()).isEqualTo(Problem.NOT_A_CERTIFICATION));
    assertThatThrownBy(() -> f.set("educaton", "本科"))
        .isInstanceOfSatisfying(
            FactException.class, e -> assertThat(e.problem()).isEqualTo(Problem.UNKNOWN_FIELD));
  }

  /** The CLI's documented default: a project whose type is not given is a 建设项目. */
  @Test
  void aProjectIsAConstructionProjectUnlessToldOtherwise() {
    ProjectFacts f = new ProjectFacts();
    f.set("totalInvestment", "1亿元");
    Project p = f.toProject("p");
    assertThat(p.type()).contains(ProjectType.CONSTRUCTION);
    assertThat(p.totalInvestment()).contains(Money.parse("100000000"));
    f.set("type", "unknown");
    assertThat(f.toProject("p").type()).isEmpty();
    f.set("type", "other");
    assertThat(f.toProject("p").type()).contains(ProjectType.OTHER);
  }

  @Test
  void projectLocations() {
    ProjectFacts f = new ProjectFacts();
    f.set("region", "210281");
    f.set("pilotZone", "长兴岛经济区");
    Project p = f.toProject("p");
    assertThat(p.location().orElseThrow().countyLevelUnit()).contains(Region.WAFANGDIAN);
    assertThat(p.location().orElseThrow().pilotZone()).contains(Region.CHANGXING_ISLAND);
    f.reset();
    f.set("region", "金普新区");
    assertThat(f.toProject("p").location().orElseThrow().pilotZone())
        .contains(Region.JINPU_NEW_AREA);
    assertThatThrownBy(() -> f.set("pilotZone", "210281"))
        .isInstanceOfSatisfying(
            FactException.class, e -> assertThat(e.problem()).isEqualTo(Problem.NOT_A_PILOT_ZONE));
    f.set("pilotZone", "长兴岛经济区");
    assertThatThrownBy(() -> f.toProject("p"))
        .isInstanceOfSatisfying(
            FactException.class, e -> assertThat(e.problem()).isEqualTo(Problem.CONTRADICTS));
  }

  /**
   * A project cannot be completed before its construction started ({@code Project}'s invariant): as
   * facts, that is a contradiction naming both fields, never the dates. Found by fuzzing ({@code
   * BatchRowsFuzzTest#projects}): it escaped as an {@code IllegalArgumentException} of the builder.
   */
  @Test
  void completionBeforeConstructionStartIsAContradiction() {
    ProjectFacts f = new ProjectFacts();
    f.set("id", "CX-1");
    f.set("constructionStarted", "2025-02-01");
    f.set("completed", "2025-01-01");
    assertThatThrownBy(() -> f.toProject("p"))
        .isInstanceOfSatisfying(
            FactException.class,
            e -> {
              assertThat(e.problem()).isEqualTo(Problem.CONTRADICTS);
              assertThat(e.field()).isEqualTo("completed");
              assertThat(e.detail()).isEqualTo("constructionStarted");
              assertThat(e.getMessage()).doesNotContain("2025");
            });
    f.set("completed", "2025-02-01");
    assertThat(f.toProject("p").completed()).contains(LocalDate.of(2025, 2, 1));
  }
}
