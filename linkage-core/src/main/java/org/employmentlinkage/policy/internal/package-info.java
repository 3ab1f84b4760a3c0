/**
 * Implementation of the policy vocabulary: the policy text resource and message loading (not API;
 * exported to linkage-rules only, for the message loader).
 */
@NullMarked
package org.employmentlinkage.policy.internal;

import org.jspecify.annotations.NullMarked;
