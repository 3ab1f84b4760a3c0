/**
 * linkage-jackson: the JSON of linkage for Jackson 2.
 *
 * <p>{@link org.employmentlinkage.jackson.LinkageModule} writes and reads the library's decisions,
 * duties, deadlines, money, clause references, regions and domain types in one documented,
 * versioned shape (schema {@code linkage/1}, {@code docs/json.md}); {@link
 * org.employmentlinkage.jackson.LinkageJson} gives a mapper preconfigured for strict reading.
 */
module org.employmentlinkage.jackson {
  requires transitive org.employmentlinkage.rules;
  requires transitive com.fasterxml.jackson.databind;
  requires static org.jspecify;
  requires static org.immutables.value; // for the javadoc tool only: see the POM

  exports org.employmentlinkage.jackson;
}
