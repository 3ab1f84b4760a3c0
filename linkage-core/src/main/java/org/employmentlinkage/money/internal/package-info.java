/** Implementation of the money type: the strict amount parser (not API). */
@NullMarked
package org.employmentlinkage.money.internal;

import org.jspecify.annotations.NullMarked;
