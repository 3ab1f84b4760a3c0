/**
 * The facts users give the policy commands, from flags, a JSON input file ({@code --file}) or a CSV
 * row ({@code batch}): one set of field names and readers for all three, so that a field reads the
 * same wherever it is written. Errors ({@link org.employmentlinkage.io.records.FactException}) name
 * the field and the rule, never the value: values may be personal data.
 */
@NullMarked
package org.employmentlinkage.io.records;

import org.jspecify.annotations.NullMarked;
