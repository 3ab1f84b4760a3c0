/**
 * The commands of the {@code linkage} command line, one class per command: {@code workday}, {@code
 * deadline} and {@code notices} ({@code validate}, {@code import-holiday-cn}, {@code list}). Each
 * extends {@link org.employmentlinkage.cli.CliCommand} and is listed in {@link
 * org.employmentlinkage.cli.LinkageCommand}.
 */
@NullMarked
package org.employmentlinkage.cli.commands;

import org.jspecify.annotations.NullMarked;
