/** linkage-testkit: generators, invariants and contract tests for policy testers. */
module org.employmentlinkage.testkit {
  requires transitive org.employmentlinkage.rules;
  requires static org.jspecify;
  requires static org.immutables.value;

  exports org.employmentlinkage.testkit;
}
