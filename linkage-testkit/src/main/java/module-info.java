/**
 * linkage-testkit: generators, invariants and contract tests for policy testers.
 *
 * <ul>
 *   <li>{@link org.employmentlinkage.testkit} – engine-neutral, edge-biased generators of dates,
 *       money and every domain type, questions to put to a policy, and a plain property runner;
 *       needs nothing but linkage.
 *   <li>{@link org.employmentlinkage.testkit.invariants} – the catalogue of policy invariants as
 *       reusable checks; needs nothing but linkage.
 *   <li>{@link org.employmentlinkage.testkit.quicktheories} – the QuickTheories adapter; needs
 *       QuickTheories (optional dependency, module {@code quicktheories}).
 *   <li>{@link org.employmentlinkage.testkit.junit} – contract test suites for custom working-day
 *       calendars and for configured policies; needs JUnit Jupiter (optional dependency).
 * </ul>
 */
module org.employmentlinkage.testkit {
  requires transitive org.employmentlinkage.rules;
  requires static org.jspecify;
  requires static org.immutables.value;
  requires static quicktheories;
  requires static org.junit.jupiter.api;

  exports org.employmentlinkage.testkit;
  exports org.employmentlinkage.testkit.invariants;
  exports org.employmentlinkage.testkit.quicktheories;
  exports org.employmentlinkage.testkit.junit;
}
