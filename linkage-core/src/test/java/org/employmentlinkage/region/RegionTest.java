package org.employmentlinkage.region;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class RegionTest {

  /**
   * the 2018 administrative-division codes: Dalian 210200 and its 10 county-level units (2018
   * codes).
   */
  static Stream<Arguments> codes() {
    return Stream.of(
        Arguments.of("210200", "大连市", RegionKind.CITY),
        Arguments.of("210202", "中山区", RegionKind.DISTRICT),
        Arguments.of("210203", "西岗区", RegionKind.DISTRICT),
        Arguments.of("210204", "沙河口区", RegionKind.DISTRICT),
        Arguments.of("210211", "甘井子区", RegionKind.DISTRICT),
        Arguments.of("210212", "旅顺口区", RegionKind.DISTRICT),
        Arguments.of("210213", "金州区", RegionKind.DISTRICT),
        Arguments.of("210214", "普兰店区", RegionKind.DISTRICT),
        Arguments.of("210224", "长海县", RegionKind.COUNTY),
        Arguments.of("210281", "瓦房店市", RegionKind.COUNTY_LEVEL_CITY),
        Arguments.of("210283", "庄河市", RegionKind.COUNTY_LEVEL_CITY));
  }

  @ParameterizedTest
  @MethodSource("codes")
  void codesAndNamesAreDomainMdSection6(String code, String name, RegionKind kind) {
    Region r = Region.ofCode(code);
    assertThat(r.zh()).isEqualTo(name);
    assertThat(r.kind()).isEqualTo(kind);
    assertThat(r.code()).hasValue(code);
    assertThat(Region.ofName(name)).isSameAs(r);
    assertThat(r.isInDalian()).isTrue();
  }

  @Test
  void tenCountyLevelUnitsAndFourPilotZonesWithoutCodes() {
    assertThat(Region.countyLevelUnits()).hasSize(10);
    assertThat(Region.pilotZones())
        .extracting(Region::zh)
        .containsExactly("金普新区", "高新技术产业园区", "长兴岛经济区", "花园口经济区");
    for (Region z : Region.pilotZones()) {
      assertThat(z.code()).isEmpty();
      assertThat(z.isInForceOn(LocalDate.of(2018, 7, 6))).isTrue();
    }
    assertThat(Region.OUTSIDE_DALIAN.isInDalian()).isFalse();
  }

  @Test
  void unknownCodesAreRejectedClearly() {
    assertThatThrownBy(() -> Region.ofCode("210100"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("unknown region code '210100'")
        .hasMessageContaining("210281");
    assertThatThrownBy(() -> Region.ofCode(null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> Region.ofName("沈阳市")).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void locationsNeedACountyLevelUnitOrAPilotZone() {
    Location l = Location.of(Region.WAFANGDIAN, Region.CHANGXING_ISLAND);
    assertThat(l.administeringUnit()).isEqualTo(Region.CHANGXING_ISLAND);
    assertThat(Location.of(Region.ZHUANGHE).administeringUnit()).isEqualTo(Region.ZHUANGHE);
    assertThat(Location.of(Region.HUAYUANKOU).pilotZone()).hasValue(Region.HUAYUANKOU);
    assertThatThrownBy(() -> Location.builder().build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("county-level unit");
    assertThatThrownBy(() -> Location.of(Region.DALIAN))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("countyLevelUnit");
    assertThatThrownBy(() -> Location.of(Region.OUTSIDE_DALIAN))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Location.of(Region.JINPU_NEW_AREA, Region.JINZHOU))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Location.of(Region.WAFANGDIAN, Region.JINZHOU))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("pilotZone must be a pilot zone");
    assertThatThrownBy(
            () -> Location.builder().countyLevelUnit(Region.JINZHOU).subdistrict(" ").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("subdistrict");
  }

  @Test
  void labelsAreTheChineseNameAndTheCodeIfAny() {
    // javadoc example: 瓦房店市(210281); pilot zones have no code (the 2018 administrative-division
    // codes)
    assertThat(Region.WAFANGDIAN.toString()).isEqualTo("瓦房店市(210281)");
    assertThat(Region.DALIAN.toString()).isEqualTo("大连市(210200)");
    assertThat(Region.CHANGXING_ISLAND.toString()).isEqualTo("长兴岛经济区");
  }
}
