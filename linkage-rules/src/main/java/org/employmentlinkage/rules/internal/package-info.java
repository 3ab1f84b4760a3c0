/** Implementation of the rules of 大政办发〔2018〕83号 (not API). */
@NullMarked
package org.employmentlinkage.rules.internal;

import org.jspecify.annotations.NullMarked;
