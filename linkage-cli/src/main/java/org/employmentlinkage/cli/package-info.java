/**
 * The {@code linkage} command line (picocli): the foundation every command shares.
 *
 * <ul>
 *   <li>{@link org.employmentlinkage.cli.LinkageCli}: the entry point; runs one command and returns
 *       its {@linkplain org.employmentlinkage.cli.ExitCode exit code}.
 *   <li>{@link org.employmentlinkage.cli.LinkageCommand}: the root command, its global options
 *       ({@code --json}, {@code --lang}) and the list of subcommands.
 *   <li>{@link org.employmentlinkage.cli.CliCommand}: the base class of every command: the output
 *       (human text in zh-CN or en, or JSON of the versioned schema {@value
 *       org.employmentlinkage.cli.CliJson#SCHEMA}), the texts and errors.
 *   <li>{@link org.employmentlinkage.cli.CalendarOptions}: {@code --notices}, {@code --provisional}
 *       and {@code --as-known-at} for every command that uses the calendar.
 *   <li>{@link org.employmentlinkage.cli.CliException} and {@link
 *       org.employmentlinkage.cli.ErrorReporter}: one error line on stderr, a stable error code,
 *       the exit code, never a stack trace (unless {@code --debug}) and never personal data.
 * </ul>
 *
 * <p>The commands are in {@link org.employmentlinkage.cli.commands}. The reference is {@code
 * docs/cli.md}; the JSON schema {@code docs/cli-json.md}.
 */
@NullMarked
package org.employmentlinkage.cli;

import org.jspecify.annotations.NullMarked;
