/**
 * The shared Immutables style of linkage value types and the one way their serialized forms are
 * read (not API).
 */
@NullMarked
package org.employmentlinkage.core.internal.style;

import org.jspecify.annotations.NullMarked;
