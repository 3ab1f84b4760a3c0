package org.employmentlinkage.money;

/** Temporary: marks the parts of the money API under construction. */
final class NotYetImplemented {
  private NotYetImplemented() {}

  @SuppressWarnings({"DoNotCallSuggester", "TypeParameterUnusedInFormals"})
  static <T> T fail() {
    throw new UnsupportedOperationException("not yet implemented");
  }
}
