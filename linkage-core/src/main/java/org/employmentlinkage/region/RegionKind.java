package org.employmentlinkage.region;

import org.employmentlinkage.text.Labelled;

/** The kind of a {@link Region}. */
public enum RegionKind implements Labelled {
  /** A prefecture-level city (地级市): 大连市. */
  CITY("地级市", "prefecture-level city"),
  /** A city district (市辖区), a county-level unit. */
  DISTRICT("市辖区", "district"),
  /** A county-level city (县级市), a county-level unit. */
  COUNTY_LEVEL_CITY("县级市", "county-level city"),
  /** A county (县), a county-level unit. */
  COUNTY("县", "county"),
  /**
   * A pilot zone (先导区): a functional zone run by a management committee (管委会) dispatched by the
   * municipal government, without an administrative-division code of its own.
   */
  PILOT_ZONE("先导区", "pilot zone"),
  /** Anywhere outside 大连市 (市外), for where people live or are registered. */
  OUTSIDE_DALIAN("大连市以外", "outside Dalian");

  private final String zh;
  private final String en;

  RegionKind(String zh, String en) {
    this.zh = zh;
    this.en = en;
  }

  @Override
  public String zh() {
    return zh;
  }

  @Override
  public String en() {
    return en;
  }

  /**
   * Whether regions of this kind are county-level units (区市县): districts, county-level cities and
   * counties.
   *
   * @return {@code true} for {@link #DISTRICT}, {@link #COUNTY_LEVEL_CITY} and {@link #COUNTY}
   */
  public boolean isCountyLevel() {
    return this == DISTRICT || this == COUNTY_LEVEL_CITY || this == COUNTY;
  }
}
