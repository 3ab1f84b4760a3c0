/**
 * The policy 大政办发〔2018〕83号 as code: the facade {@link org.employmentlinkage.rules.LinkagePolicy},
 * its configuration and the decisions it returns.
 *
 * <p>The rules themselves (scope, groups, recruitment, subsidies, obligations and their texts) are
 * package-private classes beside the facade, so neither class-path nor module-path users can reach
 * them.
 */
@NullMarked
package org.employmentlinkage.rules;

import org.jspecify.annotations.NullMarked;
