/** The shared Immutables style of linkage value types (not API). */
@NullMarked
package org.employmentlinkage.core.internal.style;

import org.jspecify.annotations.NullMarked;
