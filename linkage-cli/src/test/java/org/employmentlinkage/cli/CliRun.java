package org.employmentlinkage.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Objects;

/** Runs the command line in-process with captured stdout and stderr. */
final class CliRun {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private CliRun() {}

  /** What a run printed and returned. */
  record Result(int exitCode, String out, String err) {
    /** Stdout parsed as one JSON document. */
    JsonNode json() {
      try {
        return MAPPER.readTree(out);
      } catch (JsonProcessingException e) {
        throw new UncheckedIOException("stdout is not JSON: " + out, e);
      }
    }

    /** The lines of stderr. */
    List<String> errLines() {
      return err.isEmpty() ? List.of() : List.of(err.split("\n", -1)).subList(0, countLines(err));
    }

    /** The single error line, checked to be the only line on stderr and free of stack traces. */
    String errorLine() {
      assertThat(err).endsWith("\n");
      assertThat(errLines()).as("stderr has exactly one line: %s", err).hasSize(1);
      String line = errLines().get(0);
      assertThat(line).startsWith("linkage: error: ");
      assertThat(err).doesNotContain("\tat ", "Exception:", "Caused by");
      return line;
    }

    private static int countLines(String s) {
      int n = 0;
      for (int i = 0; i < s.length(); i++) {
        n += s.charAt(i) == '\n' ? 1 : 0;
      }
      return s.endsWith("\n") ? n : n + 1;
    }
  }

  /** Runs on the day {@code clock} gives (for checks against "today"). */
  static Result runAt(Clock clock, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = LinkageCli.run(args, new PrintWriter(out), new PrintWriter(err), clock);
    return new Result(code, out.toString(), err.toString());
  }

  static Result run(String... args) {
    return runAt(Clock.systemUTC(), args);
  }

  /** A test resource beside this class, as a file. */
  static Path resource(String name) {
    URL url = Objects.requireNonNull(CliRun.class.getResource(name), name);
    try {
      return Path.of(url.toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }
}
