package org.employmentlinkage.domain;

import java.util.Objects;

/**
 * A vocational skill level (职业技能等级): 五级/初级工 up to 一级/高级技师, the five levels of the national
 * vocational skill standards (国家职业技能标准). 三（八） grants subsidies "根据培训职种、等级".
 */
public enum SkillLevel {
  /** 五级 / 初级工. */
  JUNIOR_WORKER(5, "初级工"),
  /** 四级 / 中级工. */
  INTERMEDIATE_WORKER(4, "中级工"),
  /** 三级 / 高级工. */
  SENIOR_WORKER(3, "高级工"),
  /** 二级 / 技师. */
  TECHNICIAN(2, "技师"),
  /** 一级 / 高级技师. */
  SENIOR_TECHNICIAN(1, "高级技师");

  private static final String[] NUMERALS = {"", "一", "二", "三", "四", "五"};

  private final int grade;
  private final String title;

  SkillLevel(int grade, String title) {
    this.grade = grade;
    this.title = title;
  }

  /**
   * The grade number: 5 (lowest) to 1 (highest).
   *
   * @return the grade
   */
  public int grade() {
    return grade;
  }

  /**
   * The grade in Chinese, e.g. {@code 四级}.
   *
   * @return the grade name
   */
  public String gradeName() {
    return NUMERALS[grade] + "级";
  }

  /**
   * The title, e.g. {@code 中级工}.
   *
   * @return the title
   */
  public String title() {
    return title;
  }

  /**
   * Parses a level: {@code 四级}, {@code 中级工}, {@code 中级} (the title without 工), {@code 4}, or the
   * constant name {@code INTERMEDIATE_WORKER}.
   *
   * @param text the text
   * @return the level
   * @throws NullPointerException if {@code text} is null
   * @throws IllegalArgumentException if the text names no level
   */
  public static SkillLevel parse(String text) {
    Objects.requireNonNull(text, "text");
    String t = text.strip();
    for (SkillLevel level : values()) {
      if (t.equals(level.gradeName())
          || t.equals(level.title)
          || (level.title.endsWith("工") && t.equals(level.title.substring(0, 2)))
          || t.equals(Integer.toString(level.grade))
          || t.equals(level.name())) {
        return level;
      }
    }
    throw new IllegalArgumentException(
        "SkillLevel: '" + text + "' is not a level; use 五级/初级工, 四级/中级工, 三级/高级工, 二级/技师 or 一级/高级技师");
  }
}
