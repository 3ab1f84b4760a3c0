package org.employmentlinkage.calendar;

/** What the notices (or a projection) declare about one day, while a calendar is built. */
final class Days {
  /** Nothing declared: a working day from Monday to Friday, a weekend otherwise. */
  static final byte NONE = 0;

  /** Declared a rest day (放假). */
  static final byte REST = 1;

  /** Declared a working day (上班). */
  static final byte WORK = 2;

  private Days() {}
}
