package org.employmentlinkage.region;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.employmentlinkage.text.Labelled;
import org.jspecify.annotations.Nullable;

/**
 * A region of 大连市 (Dalian) as 大政办发〔2018〕83号 addresses them, or {@link #OUTSIDE_DALIAN} for people
 * who live or are registered elsewhere.
 *
 * <p>Data: 大连市 210200 and its ten county-level units with their 2018 administrative-division codes
 * (行政区划代码); the pilot zones (先导区) 金普新区, 高新技术产业园区, 长兴岛经济区 and 花园口经济区, which are municipal dispatched
 * bodies without codes of their own. <b>Uncertainty:</b> the document does not list the pilot zones
 * it addresses; the list of 2018 is not certain (大连保税区 may also have counted) and pilot zones
 * overlap county-level units (长兴岛经济区 lies within 瓦房店市; 金普新区 covers 金州区 and part of 普兰店区), so a
 * project's {@link Location} names its county-level unit and pilot zone separately.
 *
 * <p>Regions are effective-dated: {@link #validFrom()} and {@link #validUntil()} bound the dates a
 * region exists as given here. Every region below existed on the policy's issue date 2018-07-06 and
 * no change after it is known to this project, so no bound is set; the dates exist so that a later
 * change can be recorded without changing the API.
 */
public enum Region implements Labelled {
  /** 大连市 (210200), the city. */
  DALIAN("210200", "大连市", "Dalian", RegionKind.CITY),
  /** 中山区 (210202). */
  ZHONGSHAN("210202", "中山区", "Zhongshan District", RegionKind.DISTRICT),
  /** 西岗区 (210203). */
  XIGANG("210203", "西岗区", "Xigang District", RegionKind.DISTRICT),
  /** 沙河口区 (210204). */
  SHAHEKOU("210204", "沙河口区", "Shahekou District", RegionKind.DISTRICT),
  /** 甘井子区 (210211). */
  GANJINGZI("210211", "甘井子区", "Ganjingzi District", RegionKind.DISTRICT),
  /** 旅顺口区 (210212). */
  LUSHUNKOU("210212", "旅顺口区", "Lüshunkou District", RegionKind.DISTRICT),
  /** 金州区 (210213). */
  JINZHOU("210213", "金州区", "Jinzhou District", RegionKind.DISTRICT),
  /** 普兰店区 (210214). */
  PULANDIAN("210214", "普兰店区", "Pulandian District", RegionKind.DISTRICT),
  /** 长海县 (210224). */
  CHANGHAI("210224", "长海县", "Changhai County", RegionKind.COUNTY),
  /** 瓦房店市 (210281). */
  WAFANGDIAN("210281", "瓦房店市", "Wafangdian", RegionKind.COUNTY_LEVEL_CITY),
  /** 庄河市 (210283). */
  ZHUANGHE("210283", "庄河市", "Zhuanghe", RegionKind.COUNTY_LEVEL_CITY),
  /** 金普新区 (pilot zone, no code): the Jinpu New Area. */
  JINPU_NEW_AREA(null, "金普新区", "Jinpu New Area", RegionKind.PILOT_ZONE),
  /** 高新技术产业园区 (pilot zone, no code): the High-tech Industrial Zone. */
  HIGH_TECH_ZONE(null, "高新技术产业园区", "High-tech Industrial Zone", RegionKind.PILOT_ZONE),
  /** 长兴岛经济区 (pilot zone, no code): the Changxing Island Economic Zone, within 瓦房店市. */
  CHANGXING_ISLAND(null, "长兴岛经济区", "Changxing Island Economic Zone", RegionKind.PILOT_ZONE),
  /** 花园口经济区 (pilot zone, no code): the Huayuankou Economic Zone. */
  HUAYUANKOU(null, "花园口经济区", "Huayuankou Economic Zone", RegionKind.PILOT_ZONE),
  /** Anywhere outside 大连市 (大连市以外): where a person lives or is registered, never a project. */
  OUTSIDE_DALIAN(null, "大连市以外", "outside Dalian", RegionKind.OUTSIDE_DALIAN);

  private final @Nullable String code;
  private final String zh;
  private final String en;
  private final RegionKind kind;

  Region(@Nullable String code, String zh, String en, RegionKind kind) {
    this.code = code;
    this.zh = zh;
    this.en = en;
    this.kind = kind;
  }

  /**
   * The 6-digit administrative-division code (行政区划代码, 2018), if the region has one.
   *
   * @return the code, or empty for pilot zones and {@link #OUTSIDE_DALIAN}
   */
  public Optional<String> code() {
    return Optional.ofNullable(code);
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
   * The kind of region.
   *
   * @return the kind
   */
  public RegionKind kind() {
    return kind;
  }

  /**
   * Whether this is a county-level unit (区市县).
   *
   * @return {@code true} for districts, county-level cities and counties
   */
  public boolean isCountyLevel() {
    return kind.isCountyLevel();
  }

  /**
   * Whether this is a pilot zone (先导区).
   *
   * @return {@code true} for pilot zones
   */
  public boolean isPilotZone() {
    return kind == RegionKind.PILOT_ZONE;
  }

  /**
   * Whether this region lies in 大连市 (every region but {@link #OUTSIDE_DALIAN}).
   *
   * @return {@code true} inside Dalian
   */
  public boolean isInDalian() {
    return kind != RegionKind.OUTSIDE_DALIAN;
  }

  /**
   * The first day the region exists as given here, if a start is recorded.
   *
   * @return the first day, or empty: the region existed on 2018-07-06 and no earlier start is
   *     recorded
   */
  public Optional<LocalDate> validFrom() {
    return Optional.empty();
  }

  /**
   * The last day the region exists as given here, if an end is known.
   *
   * @return the last day, or empty: no end is known to this project
   */
  public Optional<LocalDate> validUntil() {
    return Optional.empty();
  }

  /**
   * Whether the region exists as given here on {@code date}.
   *
   * @param date the date
   * @return {@code true} if {@code date} lies within {@link #validFrom()}..{@link #validUntil()}
   * @throws NullPointerException if {@code date} is null
   */
  public boolean isInForceOn(LocalDate date) {
    Objects.requireNonNull(date, "date");
    return validFrom().map(f -> !date.isBefore(f)).orElse(true)
        && validUntil().map(u -> !date.isAfter(u)).orElse(true);
  }

  /**
   * The region with the administrative-division code {@code code}.
   *
   * @param code a 6-digit code, e.g. {@code 210281}
   * @return the region
   * @throws NullPointerException if {@code code} is null
   * @throws IllegalArgumentException if no region of Dalian has that code (pilot zones have none)
   */
  public static Region ofCode(String code) {
    Objects.requireNonNull(code, "code");
    for (Region r : values()) {
      if (code.equals(r.code)) {
        return r;
      }
    }
    throw new IllegalArgumentException(
        "Region: unknown region code '"
            + code
            + "': known codes are 210200 (大连市) and its county-level units 210202, 210203,"
            + " 210204, 210211, 210212, 210213, 210214, 210224, 210281, 210283; pilot zones (先导区)"
            + " have no code, use Region.ofName or the enum constant");
  }

  /**
   * The region named {@code name} in Chinese (e.g. {@code 瓦房店市}, {@code 金普新区}) or by its enum
   * constant name (e.g. {@code WAFANGDIAN}).
   *
   * @param name the Chinese name or the constant name
   * @return the region
   * @throws NullPointerException if {@code name} is null
   * @throws IllegalArgumentException if no region has that name
   */
  public static Region ofName(String name) {
    Objects.requireNonNull(name, "name");
    for (Region r : values()) {
      if (r.zh.equals(name) || r.name().equals(name)) {
        return r;
      }
    }
    throw new IllegalArgumentException("Region: unknown region name '" + name + "'");
  }

  /**
   * The ten county-level units (区市县) of Dalian, in code order.
   *
   * @return the county-level units
   */
  public static List<Region> countyLevelUnits() {
    List<Region> list = new ArrayList<>();
    for (Region r : values()) {
      if (r.isCountyLevel()) {
        list.add(r);
      }
    }
    return List.copyOf(list);
  }

  /**
   * The pilot zones (先导区) known to this project (see the class comment for the uncertainty).
   *
   * @return the pilot zones
   */
  public static List<Region> pilotZones() {
    List<Region> list = new ArrayList<>();
    for (Region r : values()) {
      if (r.isPilotZone()) {
        list.add(r);
      }
    }
    return List.copyOf(list);
  }

  /**
   * The Chinese name and the code if any, e.g. {@code 瓦房店市(210281)}.
   *
   * @return a short label
   */
  @Override
  public String toString() {
    return code == null ? zh : zh + "(" + code + ")";
  }
}
