package org.employmentlinkage.cli.batch;

import java.util.List;
import java.util.Map;
import org.employmentlinkage.policy.Outcome;
import org.employmentlinkage.policy.Versions;

/**
 * What a batch did.
 *
 * @param rows the data rows read (not counting the header and blank rows)
 * @param evaluated the rows evaluated and written
 * @param rejected the rows rejected (not written)
 * @param blankRows the blank rows skipped
 * @param firstRejections the first rejections, at most {@link BatchJob#LISTED_REJECTIONS}
 * @param outcomes the evaluated rows by outcome
 * @param ignoredColumns header columns the batch does not use
 * @param elapsedMillis the time taken, by the job's clock
 * @param versions the versions of the policy used
 */
public record BatchSummary(
    long rows,
    long evaluated,
    long rejected,
    long blankRows,
    List<Rejection> firstRejections,
    Map<Outcome, Long> outcomes,
    List<String> ignoredColumns,
    long elapsedMillis,
    Versions versions) {}
