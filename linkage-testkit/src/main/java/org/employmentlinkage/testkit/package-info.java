/** Engine-neutral generators for linkage's domain types. */
@NullMarked
package org.employmentlinkage.testkit;

import org.jspecify.annotations.NullMarked;
