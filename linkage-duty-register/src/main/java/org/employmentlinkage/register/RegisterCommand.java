package org.employmentlinkage.register;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.employmentlinkage.calendar.Deadline;
import org.employmentlinkage.domain.ProjectEvent;
import org.employmentlinkage.jackson.LinkageJson;
import org.employmentlinkage.rules.LinkagePolicy;
import org.jspecify.annotations.Nullable;

/**
 * The register's small command: loads the bundled FICTIONAL Wafangdian event stream ({@code
 * wafangdian-events.jsonl}, four made-up projects) into an H2 file and prints the open and overdue
 * duties as of a given time.
 *
 * <pre>
 * java -jar linkage-duty-register/target/linkage-duty-register.jar --now 2026-01-05 [--db PATH]
 * </pre>
 *
 * <p>{@code --now} is a date (00:00 Beijing time that day) or an instant ({@code
 * 2026-01-05T09:00:00Z}, {@code 2026-01-05T09:00+08:00}); the events dated up to that day are
 * delivered. Without {@code --db} the register is a new H2 file in a new temporary directory; with
 * it, an existing register there is reused (the events already in it count as redeliveries) and a
 * database that is not a register is refused by the migration, never overwritten.
 */
public final class RegisterCommand {
  private static final String STREAM = "wafangdian-events.jsonl";
  private static final java.nio.charset.Charset UTF8 = StandardCharsets.UTF_8;

  /** Held, so that the level set on it stays (the JDK keeps loggers weakly). */
  private static final java.util.logging.Logger FLYWAY_LOG =
      java.util.logging.Logger.getLogger("org.flywaydb");

  private RegisterCommand() {}

  /**
   * Runs the command and exits with its status: 0, or 2 for a usage or database error.
   *
   * @param args {@code --now DATE|INSTANT}, optionally {@code --db PATH}
   */
  public static void main(String[] args) {
    FLYWAY_LOG.setLevel(java.util.logging.Level.WARNING); // Flyway's INFO lines are not the output
    PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), true, UTF8);
    PrintStream err = new PrintStream(new FileOutputStream(FileDescriptor.err), true, UTF8);
    int status = run(args, out, err);
    out.flush();
    if (status != 0) {
      System.exit(status);
    }
  }

  static int run(String[] args, PrintStream out, PrintStream err) {
    @Nullable String now = null;
    @Nullable String db = null;
    for (int i = 0; i < args.length; i++) {
      String a = args[i];
      if ((a.equals("--now") || a.equals("--db")) && i + 1 < args.length) {
        if (a.equals("--now")) {
          now = args[++i];
        } else {
          db = args[++i];
        }
      } else {
        err.println("usage: linkage-duty-register --now DATE|INSTANT [--db PATH]");
        err.println("unknown or incomplete argument: " + a);
        return 2;
      }
    }
    Instant instant;
    try {
      instant = now == null ? Instant.now() : parseNow(now);
    } catch (DateTimeException e) {
      err.println(
          "--now: \""
              + now
              + "\" is neither a date (2026-01-05) nor an instant (2026-01-05T09:00:00Z)");
      return 2;
    }
    Path file;
    try {
      file =
          db == null
              ? Files.createTempDirectory("linkage-duty-register-").resolve("register")
              : Path.of(db.endsWith(".mv.db") ? db.substring(0, db.length() - 6) : db);
    } catch (IOException e) {
      err.println("cannot create a temporary directory: " + e.getMessage());
      return 2;
    }
    boolean existed = Files.exists(H2Register.storeOf(file));
    Clock clock = Clock.fixed(instant, Deadline.BEIJING);
    LinkagePolicy policy = LinkagePolicy.builder().provisionalCalendar().clock(clock).build();
    DutyRegister register;
    try {
      register = DutyRegister.open(H2Register.dataSource(file), policy, clock, "register-command");
    } catch (RegisterException e) {
      err.println(
          H2Register.storeOf(file)
              + " is not a register this command can use (nothing was"
              + " changed): "
              + e.getMessage());
      return 2;
    }
    LocalDate today = LocalDate.ofInstant(instant, Deadline.BEIJING);
    int delivered = 0;
    int stored = 0;
    int redelivered = 0;
    int later = 0;
    for (ProjectEvent e : stream()) {
      if (e.date().isAfter(today)) {
        later++;
        continue;
      }
      delivered++;
      if (register.deliver(e).first()) {
        stored++;
      } else {
        redelivered++;
      }
    }
    out.println(
        "Duty register: "
            + H2Register.storeOf(file).toAbsolutePath()
            + (existed ? " (existing register, reused)" : " (new)"));
    out.println(
        "Now: "
            + ZonedDateTime.ofInstant(instant, Deadline.BEIJING).toOffsetDateTime()
            + " Beijing time");
    out.println(
        "Fictional Wafangdian events: "
            + delivered
            + " delivered ("
            + stored
            + " stored, "
            + redelivered
            + " redelivered), "
            + later
            + " dated after today not yet");
    List<RegisteredDuty> open = register.open();
    out.println("Open duties: " + open.size());
    for (RegisteredDuty d : open) {
      out.println("  " + line(d));
    }
    List<RegisteredDuty> overdue = register.overdue();
    out.println("Overdue duties: " + overdue.size());
    for (RegisteredDuty d : overdue) {
      out.println(
          "  "
              + d.label()
              + " "
              + d.projectId()
              + " "
              + d.code()
              + ": overdue since "
              + d.latestDue()
                  .orElseThrow()
                  .plusDays(1)
                  .atStartOfDay(Deadline.BEIJING)
                  .toOffsetDateTime());
    }
    return 0;
  }

  static Instant parseNow(String text) {
    if (text.length() == 10) {
      return LocalDate.parse(text).atStartOfDay(Deadline.BEIJING).toInstant();
    }
    if (text.endsWith("Z")) {
      return Instant.parse(text);
    }
    return OffsetDateTime.parse(text).toInstant();
  }

  static String line(RegisteredDuty d) {
    String when =
        switch (d.timing()) {
          case DUE_DATE ->
              "due "
                  + d.due().orElseThrow()
                  + (d.mayChange() ? " (the next holiday notice may move it)" : "");
          case PROVISIONAL_DUE_DATE ->
              "plan by "
                  + d.due().orElseThrow()
                  + ", at the latest "
                  + d.latestDue().orElseThrow()
                  + " (provisional)";
          case DUE_DATE_UNDETERMINED -> "due date undetermined: no calendar data";
          case NO_FIXED_DEADLINE -> "no fixed deadline";
          case PROMPTLY -> "promptly, tracked until closed";
          case PERIODIC -> "periodic";
          case PERIOD_UNDETERMINED -> "periodic, period not configured";
        };
    return d.label()
        + " "
        + d.projectId()
        + " "
        + d.code()
        + d.reference().map(r -> " " + r).orElse("")
        + " "
        + d.clause().canonical()
        + ": "
        + when
        + (d.undetermined() ? " [undetermined: facts missing]" : "");
  }

  /** The bundled stream, in order. */
  static List<ProjectEvent> stream() {
    ObjectMapper json = LinkageJson.mapper();
    List<ProjectEvent> events = new ArrayList<>();
    try (InputStream in =
            Objects.requireNonNull(
                RegisterCommand.class.getResourceAsStream(STREAM), STREAM + " is missing");
        BufferedReader r = new BufferedReader(new InputStreamReader(in, UTF8))) {
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        if (!line.isBlank() && !line.startsWith("#")) {
          events.add(json.readValue(line, ProjectEvent.class));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("reading " + STREAM, e);
    }
    return events;
  }
}
