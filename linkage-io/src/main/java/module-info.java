/**
 * linkage-io: the text formats HR systems exchange with linkage, read with nothing but the JDK.
 *
 * <ul>
 *   <li>{@link org.employmentlinkage.io.settings} – a region's parameters of 大政办发〔2018〕83号
 *       (widening of the major-project scope, liaison periods, subsidy schedules, service
 *       specialists) in a small settings text, read into a {@code LinkagePolicy.Builder}.
 *   <li>{@link org.employmentlinkage.io.records} – the flat records of people, projects, training
 *       records and project events (the columns of {@code linkage batch}'s CSV and the keys of the
 *       command line's JSON input), read field by field into the domain types, with errors that
 *       name the field and never quote the value.
 * </ul>
 */
module org.employmentlinkage.io {
  requires transitive org.employmentlinkage.rules;
  requires static org.jspecify;
  requires static org.immutables.value; // for the javadoc tool only: see the POM

  exports org.employmentlinkage.io.records;
  exports org.employmentlinkage.io.settings;
}
