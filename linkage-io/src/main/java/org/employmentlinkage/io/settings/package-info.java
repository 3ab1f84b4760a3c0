/**
 * A region's parameters of 大政办发〔2018〕83号 in a settings text ({@link
 * org.employmentlinkage.io.settings.PolicySettings}): the one reader the command line, the examples
 * and Spark use. Errors ({@link org.employmentlinkage.io.settings.SettingsException}) name the
 * source and the key.
 */
@NullMarked
package org.employmentlinkage.io.settings;

import org.jspecify.annotations.NullMarked;
