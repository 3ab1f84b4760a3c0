/** The policy 大政办发〔2018〕83号 as code. */
@NullMarked
package org.employmentlinkage.rules;

import org.jspecify.annotations.NullMarked;
