package org.employmentlinkage.policy;

import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import java.util.Objects;

/**
 * A responsible unit (责任单位) as 大政办发〔2018〕83号 names it in the "（责任单位：…）" list that closes each
 * clause. Names are kept exactly as in the document; later names of a unit are {@link #aliases()
 * aliases} with the year they apply from, so duties list the units the clause lists and can still
 * be routed to today's body.
 *
 * <p>The document's lists are abbreviations of the municipal bodies of 大连市; the English names are
 * this library's glosses, not official translations.
 */
public enum ResponsibleUnit {
  /** 市发展改革委: the municipal development and reform commission. */
  DEVELOPMENT_AND_REFORM_COMMISSION("市发展改革委", "Municipal Development and Reform Commission"),
  /** 市公共行政服务中心: the municipal public administrative service centre. */
  PUBLIC_ADMINISTRATIVE_SERVICE_CENTRE(
      "市公共行政服务中心", "Municipal Public Administrative Service Centre"),
  /** 市人社局: the municipal human resources and social security bureau. */
  HUMAN_RESOURCES_AND_SOCIAL_SECURITY_BUREAU(
      "市人社局", "Municipal Human Resources and Social Security Bureau"),
  /**
   * 市国土房屋局: the municipal land resources and housing bureau; 市自然资源局 from 2019 (institutional reform
   * of 2019; date and document number not found by this project).
   */
  LAND_AND_HOUSING_BUREAU(
      "市国土房屋局",
      "Municipal Land Resources and Housing Bureau",
      UnitAlias.of(
          "市自然资源局",
          Year.of(2019),
          "大连市2019年机构改革 (市国土房屋局 became 市自然资源局 in 2019);"
              + " the exact date and document number were not found by this project")),
  /** 市国资委: the municipal state-owned assets supervision and administration commission. */
  STATE_ASSETS_COMMISSION(
      "市国资委", "Municipal State-owned Assets Supervision and Administration Commission"),
  /** 市经合办: the municipal economic cooperation office. */
  ECONOMIC_COOPERATION_OFFICE("市经合办", "Municipal Economic Cooperation Office"),
  /** 市商务局: the municipal commerce bureau. */
  COMMERCE_BUREAU("市商务局", "Municipal Commerce Bureau"),
  /** 市财政局: the municipal finance bureau. */
  FINANCE_BUREAU("市财政局", "Municipal Finance Bureau"),
  /**
   * 各区市县政府和先导区管委会: the governments of the districts, county-level cities and counties, and the
   * management committees of the pilot zones (先导区), listed by every clause.
   */
  COUNTY_GOVERNMENTS_AND_PILOT_ZONE_COMMITTEES(
      "各区市县政府和先导区管委会",
      "Governments of the districts, county-level cities and counties, and pilot-zone"
          + " management committees");

  private final String documentName;
  private final String englishName;

  @SuppressWarnings("ImmutableEnumChecker") // an unmodifiable List.copyOf/List.of
  private final List<UnitAlias> aliases;

  ResponsibleUnit(String documentName, String englishName, UnitAlias... aliases) {
    this.documentName = documentName;
    this.englishName = englishName;
    this.aliases = List.of(aliases);
  }

  /**
   * The name exactly as the document writes it, e.g. {@code 市国土房屋局}.
   *
   * @return the document's name
   */
  public String documentName() {
    return documentName;
  }

  /**
   * An English gloss of the name.
   *
   * @return the English name
   */
  public String englishName() {
    return englishName;
  }

  /**
   * Later names of the unit, oldest first.
   *
   * @return the aliases, possibly empty
   */
  public List<UnitAlias> aliases() {
    return aliases;
  }

  /**
   * The name in use on {@code date}: the latest alias whose year has begun, else the document's
   * name. For example 市国土房屋局 on 2018-07-06 and 市自然资源局 on 2019-01-01 and later.
   *
   * @param date the date
   * @return the name then in use
   * @throws NullPointerException if {@code date} is null
   */
  public String nameOn(LocalDate date) {
    Objects.requireNonNull(date, "date");
    String name = documentName;
    for (UnitAlias alias : aliases) {
      if (date.getYear() >= alias.since().getValue()) {
        name = alias.name();
      }
    }
    return name;
  }

  /**
   * The unit the document names {@code name}, or whose alias is {@code name}.
   *
   * @param name a name as written in the document, or a later name
   * @return the unit
   * @throws NullPointerException if {@code name} is null
   * @throws IllegalArgumentException if no unit has that name
   */
  public static ResponsibleUnit ofName(String name) {
    Objects.requireNonNull(name, "name");
    for (ResponsibleUnit unit : values()) {
      if (unit.documentName.equals(name)) {
        return unit;
      }
      for (UnitAlias alias : unit.aliases) {
        if (alias.name().equals(name)) {
          return unit;
        }
      }
    }
    throw new IllegalArgumentException(
        "ResponsibleUnit: no unit named '" + name + "' in 大政办发〔2018〕83号 or its aliases");
  }
}
