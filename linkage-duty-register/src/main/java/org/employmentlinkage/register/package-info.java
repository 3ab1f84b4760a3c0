/**
 * A worked example of what an HR system builds around the rules: a duty register over JDBC. Project
 * events go in, the duties they trigger are stored one row each with the versions they were
 * computed with and the full decision as {@code linkage/1} JSON, and the register answers what is
 * open and what is overdue in one SQL query. Its schema is managed by Flyway migrations and runs on
 * H2 (the embedded default) and PostgreSQL (what production uses); {@code docs/register.md}
 * describes the tables, the queries, the concurrency design and the recompute on a new holiday
 * notice.
 */
@NullMarked
package org.employmentlinkage.register;

import org.jspecify.annotations.NullMarked;
