/**
 * Import of the holiday-cn data set ({@code github.com/NateScarlet/holiday-cn}, one JSON file per
 * year) into linkage's holiday-notice format ({@code docs/notice-format.md}).
 */
@NullMarked
package org.employmentlinkage.cli.holidaycn;

import org.jspecify.annotations.NullMarked;
