/** Implementation of the testkit's generators (not API). */
@NullMarked
package org.employmentlinkage.testkit.internal;

import org.jspecify.annotations.NullMarked;
