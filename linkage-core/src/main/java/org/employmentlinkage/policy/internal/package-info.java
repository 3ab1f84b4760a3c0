/**
 * Implementation of the policy vocabulary: the policy text resource and message loading (not API).
 */
@NullMarked
package org.employmentlinkage.policy.internal;

import org.jspecify.annotations.NullMarked;
