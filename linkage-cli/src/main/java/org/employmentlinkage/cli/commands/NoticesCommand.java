package org.employmentlinkage.cli.commands;

import org.employmentlinkage.cli.CliCommand;
import picocli.CommandLine.Command;

/**
 * {@code linkage notices}: the holiday notices (节假日安排通知) behind the calendar: {@code validate} a
 * notices file, {@code import-holiday-cn} a holiday-cn JSON file, {@code list} the notices a
 * calendar applies. Without a subcommand it prints its help.
 */
@Command(
    name = "notices",
    subcommands = {
      NoticesValidateCommand.class,
      NoticesImportHolidayCnCommand.class,
      NoticesListCommand.class
    })
public final class NoticesCommand extends CliCommand {
  /** Created by picocli. */
  public NoticesCommand() {}

  @Override
  protected int run() {
    return printUsage();
  }
}
