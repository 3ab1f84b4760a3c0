/**
 * The domain model HR systems map their records into: {@link org.employmentlinkage.domain.Project
 * projects}, {@link org.employmentlinkage.domain.Person people}, {@link
 * org.employmentlinkage.domain.TrainingRecord training records}, {@link
 * org.employmentlinkage.domain.Candidate candidates} for a {@link
 * org.employmentlinkage.domain.LabourDemand labour demand}, and {@link
 * org.employmentlinkage.domain.ProjectEvent project events}.
 *
 * <p>Facts are optional wherever an HR system may not know them: a missing fact is never guessed;
 * the rules answer {@link org.employmentlinkage.policy.Outcome#UNDETERMINED} and name it. Sets
 * (such as a project's categories) are taken as complete as given.
 *
 * <p>All types in this package are immutable, thread-safe and serializable value types.
 */
@NullMarked
package org.employmentlinkage.domain;

import org.jspecify.annotations.NullMarked;
