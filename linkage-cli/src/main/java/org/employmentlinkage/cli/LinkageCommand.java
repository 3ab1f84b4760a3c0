package org.employmentlinkage.cli;

import java.time.Clock;
import java.util.Objects;
import java.util.concurrent.Callable;
import org.employmentlinkage.cli.commands.BatchCommand;
import org.employmentlinkage.cli.commands.ClassifyCommand;
import org.employmentlinkage.cli.commands.DeadlineCommand;
import org.employmentlinkage.cli.commands.DemoCommand;
import org.employmentlinkage.cli.commands.GroupsCommand;
import org.employmentlinkage.cli.commands.InterpretationsCommand;
import org.employmentlinkage.cli.commands.NoticesCommand;
import org.employmentlinkage.cli.commands.ObligationsCommand;
import org.employmentlinkage.cli.commands.SubsidiesCommand;
import org.employmentlinkage.cli.commands.WorkdayCommand;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/**
 * The root command {@code linkage}: the global options, inherited by every subcommand so that they
 * may be given anywhere ({@code linkage --json workday …} or {@code linkage workday … --json}), and
 * the list of subcommands.
 *
 * <p>The calendar commands ({@code workday}, {@code deadline}, {@code notices}) and the policy
 * commands ({@code classify}, {@code groups}, {@code subsidies}, {@code obligations}, {@code
 * batch}, {@code demo}). Run without a subcommand, it prints its help.
 */
@Command(
    name = "linkage",
    scope = ScopeType.INHERIT,
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    sortOptions = false,
    usageHelpAutoWidth = false,
    subcommands = {
      WorkdayCommand.class,
      DeadlineCommand.class,
      NoticesCommand.class,
      ClassifyCommand.class,
      GroupsCommand.class,
      SubsidiesCommand.class,
      ObligationsCommand.class,
      InterpretationsCommand.class,
      BatchCommand.class,
      DemoCommand.class
    })
public final class LinkageCommand implements Callable<Integer> {
  /** This command's model, injected by picocli. */
  @Spec
  @SuppressWarnings("NullAway.Init")
  private CommandSpec spec;

  /** {@code --json}. */
  @Option(names = "--json", scope = ScopeType.INHERIT, descriptionKey = "option.json")
  private boolean json;

  /** {@code --lang}. */
  @Option(
      names = "--lang",
      paramLabel = "LANG",
      scope = ScopeType.INHERIT,
      descriptionKey = "option.lang")
  private Lang lang = Lang.ZH;

  /** {@code --debug}: a stack trace after the error line. Hidden. */
  @Option(names = "--debug", hidden = true, scope = ScopeType.INHERIT)
  private boolean debug;

  /** The clock "today" comes from; the system clock unless a test sets another. */
  private Clock clock = Clock.systemUTC();

  /** Created by picocli or {@link LinkageCli}. */
  public LinkageCommand() {}

  /**
   * The clock "today" comes from: the system clock, or the one given to {@link LinkageCli} by a
   * test. Notices files are checked against it (a notice released after today, Beijing time, is
   * refused).
   *
   * @return the clock
   */
  public Clock clock() {
    return clock;
  }

  /**
   * Sets the clock (tests replay a given day).
   *
   * @param clock the clock
   * @throws NullPointerException if {@code clock} is null
   */
  void clock(Clock clock) {
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  /**
   * Whether {@code --json} was given.
   *
   * @return {@code true} for JSON output
   */
  public boolean json() {
    return json;
  }

  /**
   * The language chosen with {@code --lang} (default {@link Lang#ZH}).
   *
   * @return the language
   */
  public Lang lang() {
    return lang;
  }

  /**
   * Whether {@code --debug} was given.
   *
   * @return {@code true} to print stack traces
   */
  public boolean debug() {
    return debug;
  }

  /**
   * Prints the help on stdout: {@code linkage} without a subcommand.
   *
   * @return {@link ExitCode#OK}
   */
  @Override
  public Integer call() {
    spec.commandLine().usage(spec.commandLine().getOut());
    return ExitCode.OK;
  }
}
