/** How the command line reads JSON input: the one strict, configured mapper. */
@NullMarked
package org.employmentlinkage.cli.json;

import org.jspecify.annotations.NullMarked;
