package org.employmentlinkage.calendar;

/** Temporary: marks the parts of the calendar API under construction. */
final class NotYetImplemented {
  private NotYetImplemented() {}

  @SuppressWarnings({"DoNotCallSuggester", "TypeParameterUnusedInFormals"})
  static <T> T fail() {
    throw new UnsupportedOperationException("not yet implemented");
  }
}
