/**
 * linkage-testkit: generators, invariants and contract tests for policy testers.
 *
 * <ul>
 *   <li>{@link org.employmentlinkage.testkit} – engine-neutral, edge-biased generators and a plain
 *       property runner; needs nothing but linkage.
 *   <li>{@link org.employmentlinkage.testkit.quicktheories} – the QuickTheories adapter; needs
 *       QuickTheories (optional dependency, module {@code quicktheories}).
 *   <li>{@link org.employmentlinkage.testkit.junit} – the contract test suite for custom
 *       working-day calendars; needs JUnit Jupiter (optional dependency).
 * </ul>
 */
module org.employmentlinkage.testkit {
  requires transitive org.employmentlinkage.rules;
  requires static org.jspecify;
  requires static org.immutables.value;
  requires static quicktheories;
  requires static org.junit.jupiter.api;

  exports org.employmentlinkage.testkit;
  exports org.employmentlinkage.testkit.quicktheories;
  exports org.employmentlinkage.testkit.junit;
}
