/** Implementation of the working-day calendars (not API). */
@NullMarked
package org.employmentlinkage.calendar.internal;

import org.jspecify.annotations.NullMarked;
