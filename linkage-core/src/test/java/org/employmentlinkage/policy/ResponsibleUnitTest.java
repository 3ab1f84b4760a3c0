package org.employmentlinkage.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.Year;
import org.junit.jupiter.api.Test;

class ResponsibleUnitTest {

  @Test
  void landBureauIsNamedAsInTheDocumentAndAliasedFrom2019() {
    // the 2018 administrative-division codes: 市国土房屋局 became 市自然资源局 in 2019.
    ResponsibleUnit unit = ResponsibleUnit.LAND_AND_HOUSING_BUREAU;
    assertThat(unit.documentName()).isEqualTo("市国土房屋局");
    assertThat(unit.aliases()).extracting(UnitAlias::name).containsExactly("市自然资源局");
    assertThat(unit.aliases().get(0).since()).isEqualTo(Year.of(2019));
    assertThat(unit.nameOn(LocalDate.of(2018, 7, 6))).isEqualTo("市国土房屋局");
    assertThat(unit.nameOn(LocalDate.of(2018, 12, 31))).isEqualTo("市国土房屋局");
    assertThat(unit.nameOn(LocalDate.of(2019, 1, 1))).isEqualTo("市自然资源局");
    assertThat(ResponsibleUnit.ofName("市自然资源局")).isSameAs(unit);
    assertThat(ResponsibleUnit.ofName("市国土房屋局")).isSameAs(unit);
  }

  @Test
  void everyUnitNameOccursInThePolicyText() {
    String text = PolicyDocuments.dalian2018Text();
    for (ResponsibleUnit u : ResponsibleUnit.values()) {
      assertThat(text).as(u.name()).contains(u.documentName());
      assertThat(u.nameOn(LocalDate.of(2018, 7, 6))).isEqualTo(u.documentName());
    }
  }

  @Test
  void unknownNamesAreRejected() {
    assertThatThrownBy(() -> ResponsibleUnit.ofName("市教育局"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("市教育局");
    assertThatThrownBy(() -> ResponsibleUnit.ofName(null)).isInstanceOf(NullPointerException.class);
  }
}
