/** linkage-rules: 大政办发〔2018〕83号 as code, behind the {@code LinkagePolicy} facade. */
module org.employmentlinkage.rules {
  requires transitive org.employmentlinkage.core;
  requires static org.jspecify;
  requires static org.immutables.value;

  exports org.employmentlinkage.rules;
}
