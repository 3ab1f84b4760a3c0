/**
 * The policy vocabulary: the documents (大政办发〔2018〕83号 and its forwarding chain), clause citations
 * ({@link org.employmentlinkage.policy.ClauseRef}), the responsible units the document names, and
 * the parts every explained answer is made of: {@link org.employmentlinkage.policy.Outcome
 * outcomes}, {@link org.employmentlinkage.policy.Reason reasons}, {@link
 * org.employmentlinkage.policy.MissingFact missing facts}, {@link org.employmentlinkage.policy.Duty
 * duties} and the {@link org.employmentlinkage.policy.Versions versions} a decision was made with.
 *
 * <p>The clause texts come from a verbatim copy of the policy text kept inside the jar ({@link
 * org.employmentlinkage.policy.PolicyDocuments#dalian2018Text()}); no text is read from the file
 * system at run time.
 *
 * <p>All types in this package are immutable and thread-safe; the value types are serializable.
 */
@NullMarked
package org.employmentlinkage.policy;

import org.jspecify.annotations.NullMarked;
