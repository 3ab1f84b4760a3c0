package org.employmentlinkage.io.records;

/**
 * What is wrong with a fact, a stable code ({@code rejections[].code} of the batch summary, {@code
 * docs/cli-json.md}). Each has a message {@code fact.CODE} in the command line's texts, with the
 * field as {@code {0}} and the detail as {@code {1}}; none quotes the value.
 */
public enum Problem {
  /** A required fact is missing or blank. */
  REQUIRED,
  /** Not a date in {@code YYYY-MM-DD} or {@code YYYY年M月D日}. */
  NOT_A_DATE,
  /** A date of a day that does not exist, e.g. {@code 2025-02-29}. */
  NOT_A_REAL_DAY,
  /** Not a yes/no value. */
  NOT_A_BOOLEAN,
  /** Not an amount of money as {@code Money.parse} reads it. */
  NOT_AN_AMOUNT,
  /** Not a whole number of at least 1. */
  NOT_A_COUNT,
  /** Not one of the allowed values; the detail lists them. */
  UNKNOWN_VALUE,
  /** Not a region of Dalian (code or name), nor 大连市以外. */
  UNKNOWN_REGION,
  /** A region a project cannot lie in (大连市 as a whole, or outside Dalian). */
  NOT_A_PROJECT_REGION,
  /** Not a pilot zone (先导区). */
  NOT_A_PILOT_ZONE,
  /** Contradicts another fact, named in the detail. */
  CONTRADICTS,
  /** A fact of an event kind other than the one given; the detail names the kind. */
  NOT_FOR_EVENT,
  /** An unknown field name (a typo, or a field of another entity). */
  UNKNOWN_FIELD,
  /** A JSON value of the wrong type; the detail says what is expected. */
  WRONG_TYPE,
  /** A certification not written {@code KEY=true} or {@code KEY=false}. */
  NOT_A_CERTIFICATION,
  /** A text longer than the limit in the detail. */
  TOO_LONG,
  /** A CSV row with another number of fields than the header; the detail gives both. */
  FIELD_COUNT
}
