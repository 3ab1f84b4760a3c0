package org.employmentlinkage.cli;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A file the command line writes ({@code batch --output}, {@code --rejects}, {@code notices
 * import-holiday-cn --output}), written so that nothing is lost (docs/cli.md, "Output files"):
 *
 * <ul>
 *   <li><b>Checked before anything is written.</b> The folder must exist and the name fit the file
 *       system; an existing file is replaced only with {@code --force}; a path that is not a
 *       regular file (a directory, a device such as {@code /dev/stdout}, a pipe, a socket) is
 *       refused, never opened and never replaced. An output that is the same file as an input or as
 *       another output ({@link Files#isSameFile}, so hard links and symbolic links count, or the
 *       same path once {@code .} and {@code ..} are resolved) is refused.
 *   <li><b>Symbolic links are written through.</b> An output path that is a symbolic link to a
 *       regular file replaces the file it points to; the link stays a link. A link to nothing is
 *       refused.
 *   <li><b>Complete or not at all.</b> The content goes to a new temporary file in the target's
 *       folder ({@link Files#createTempFile}: a fresh, unique name, created only if no file has it,
 *       readable by its owner only, so it can never be an input or another output), which is moved
 *       onto the target in one step when complete ({@link StandardCopyOption#ATOMIC_MOVE} where the
 *       file system can) and deleted when anything fails. A replaced file keeps its permissions.
 * </ul>
 *
 * <p>Every refusal is a {@link CliException} with exit code 2 that names the option and the file.
 * One instance per file and run; not thread-safe.
 */
public final class OutputFile implements AutoCloseable {
  /** The longest file name most file systems take, in bytes of UTF-8. */
  private static final int MAX_NAME_BYTES = 255;

  private final String option;
  private final Path requested;
  private final Path target;
  private final boolean exists;
  private final boolean force;
  private final Texts texts;
  private @Nullable Path temporary;
  private @Nullable OutputStream stream;
  private boolean committed;

  private OutputFile(
      String option, Path requested, Path target, boolean exists, boolean force, Texts texts) {
    this.option = option;
    this.requested = requested;
    this.target = target;
    this.exists = exists;
    this.force = force;
    this.texts = texts;
  }

  /**
   * Checks an output path before any work is done.
   *
   * @param option the option that named it, e.g. {@code --output}
   * @param path the path as given
   * @param force whether an existing file may be replaced ({@code --force})
   * @param inputs the files the run reads, by the option that named them (e.g. {@code --input});
   *     the output must be none of them
   * @param texts the language of messages
   * @return the output, not yet opened
   * @throws CliException if the path cannot be written safely: {@link ErrorCode#OUTPUT_EXISTS}
   *     without {@code force}, {@link ErrorCode#BAD_INPUT} for the same file as an input, {@link
   *     ErrorCode#FILE_NOT_READABLE} for a missing folder, an over-long name, a directory or a file
   *     that is not regular
   */
  public static OutputFile check(
      String option, Path path, boolean force, Map<String, List<Path>> inputs, Texts texts) {
    Objects.requireNonNull(option, "option");
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(inputs, "inputs");
    Path target = path;
    if (Files.isSymbolicLink(path)) {
      try {
        target = path.toRealPath();
      } catch (IOException e) {
        throw refused(option, path, texts.get("output.error.danglingLink"), texts);
      }
    }
    Path name = target.getFileName();
    if (name == null) {
      throw refused(option, path, texts.get("error.file.isDirectory"), texts);
    }
    if (name.toString().getBytes(StandardCharsets.UTF_8).length > MAX_NAME_BYTES) {
      throw refused(option, path, texts.get("output.error.nameTooLong", MAX_NAME_BYTES), texts);
    }
    BasicFileAttributes attributes = attributes(target);
    boolean exists = attributes != null;
    if (attributes != null) {
      if (attributes.isDirectory()) {
        throw refused(option, path, texts.get("error.file.isDirectory"), texts);
      }
      if (!attributes.isRegularFile()) {
        throw refused(option, path, texts.get("output.error.notRegular"), texts);
      }
    }
    Path folder = target.toAbsolutePath().getParent();
    if (folder == null || !Files.isDirectory(folder)) {
      throw refused(option, path, texts.get("output.error.noFolder"), texts);
    }
    OutputFile out = new OutputFile(option, path, target, exists, force, texts);
    for (Map.Entry<String, List<Path>> e : inputs.entrySet()) {
      for (Path input : e.getValue()) {
        if (out.isSameFileAs(input)) {
          throw new CliException(
              ErrorCode.BAD_INPUT, texts.get("output.error.sameFile", option, e.getKey()));
        }
      }
    }
    if (exists && !force) {
      throw new CliException(ErrorCode.OUTPUT_EXISTS, texts.get("import.error.exists", path));
    }
    return out;
  }

  /**
   * Refuses two outputs that are the same file.
   *
   * @param other the other output
   * @throws CliException {@link ErrorCode#BAD_INPUT} if both name the same file
   */
  public void checkDistinct(OutputFile other) {
    if (isSameFileAs(other.target)) {
      throw new CliException(
          ErrorCode.BAD_INPUT, texts.get("output.error.sameFile", other.option, option));
    }
  }

  /** Whether this output is {@code file}: the same file, or the same path resolved. */
  private boolean isSameFileAs(Path file) {
    try {
      if (exists && Files.exists(file) && Files.isSameFile(target, file)) {
        return true;
      }
    } catch (IOException e) {
      // compared by path below
    }
    return resolved(target).equals(resolved(file));
  }

  /**
   * The absolute path with its folder's links, {@code .} and {@code ..} resolved, as far as can.
   */
  private static Path resolved(Path p) {
    Path absolute = p.toAbsolutePath().normalize();
    try {
      return absolute.toRealPath();
    } catch (IOException e) {
      Path parent = absolute.getParent();
      Path name = absolute.getFileName();
      if (parent != null && name != null) {
        try {
          return parent.toRealPath().resolve(name);
        } catch (IOException ignored) {
          // the folder does not exist either: compare as written
        }
      }
      return absolute;
    }
  }

  private static @Nullable BasicFileAttributes attributes(Path p) {
    try {
      return Files.readAttributes(p, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
    } catch (IOException e) {
      return null;
    }
  }

  private static CliException refused(String option, Path path, String why, Texts texts) {
    return new CliException(
        ErrorCode.FILE_NOT_READABLE, texts.get("output.error.cannotWrite", option, path, why));
  }

  /**
   * Opens the temporary file the content goes to.
   *
   * @return a buffered stream; closed by {@link #commit()} or {@link #close()}
   * @throws CliException {@link ErrorCode#FILE_NOT_READABLE} if the folder takes no new file
   */
  public OutputStream open() {
    if (stream != null) {
      throw new IllegalStateException("OutputFile.open: already open");
    }
    Path folder = Objects.requireNonNull(target.toAbsolutePath().getParent(), "folder");
    String name = String.valueOf(target.getFileName());
    // a short prefix, so that the temporary name fits where the target's name fits
    String prefix = "." + (name.length() > 40 ? name.substring(0, 40) : name) + ".";
    try {
      Path t = Files.createTempFile(folder, prefix, ".part");
      temporary = t;
      OutputStream s = new BufferedOutputStream(Files.newOutputStream(t), 1 << 16);
      stream = s;
      return s;
    } catch (IOException e) {
      throw refused(option, requested, reason(e), texts);
    }
  }

  /**
   * Writes the whole content and moves it into place ({@link #open()}, {@link #commit()}).
   *
   * @param content the bytes
   * @throws CliException {@link ErrorCode#FILE_NOT_READABLE} if it cannot be written; nothing is
   *     then left behind and the target is as it was
   */
  public void write(byte[] content) {
    OutputStream s = open();
    try {
      s.write(content);
    } catch (IOException e) {
      close();
      throw refused(option, requested, reason(e), texts);
    }
    commit();
  }

  /**
   * The temporary file, for writers that take a path.
   *
   * @return the temporary file, created and empty
   * @throws CliException {@link ErrorCode#FILE_NOT_READABLE} if the folder takes no new file
   */
  public Path temporaryFile() {
    Path t = temporary;
    if (t != null) {
      return t;
    }
    open();
    try {
      closeStream();
    } catch (IOException e) {
      close();
      throw refused(option, requested, reason(e), texts);
    }
    return Objects.requireNonNull(temporary, "temporary");
  }

  /**
   * Closes the content and moves it onto the target in one step.
   *
   * @throws CliException {@link ErrorCode#FILE_NOT_READABLE} if it cannot be moved; the temporary
   *     file is then deleted and the target left as it was
   * @throws IllegalStateException if nothing was opened
   */
  public void commit() {
    Path t = temporary;
    if (t == null) {
      throw new IllegalStateException("OutputFile.commit: nothing was written");
    }
    try {
      closeStream();
      if (exists) {
        keepPermissions(t);
      }
      move(t);
      committed = true;
    } catch (IOException e) {
      close();
      throw refused(option, requested, reason(e), texts);
    }
  }

  private void move(Path from) throws IOException {
    if (!force) {
      // never replaces a file that appeared since the check
      Files.move(from, target);
      return;
    }
    try {
      Files.move(from, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(from, target, StandardCopyOption.REPLACE_EXISTING);
    }
  }

  private void keepPermissions(Path t) {
    PosixFileAttributeView to = Files.getFileAttributeView(t, PosixFileAttributeView.class);
    if (to == null) {
      return;
    }
    try {
      Set<PosixFilePermission> p = Files.getPosixFilePermissions(target);
      to.setPermissions(p);
    } catch (IOException | UnsupportedOperationException e) {
      // the new file stays readable by its owner only
    }
  }

  private void closeStream() throws IOException {
    OutputStream s = stream;
    stream = null;
    if (s != null) {
      s.close();
    }
  }

  private String reason(IOException e) {
    if (e instanceof NoSuchFileException) {
      return texts.get("output.error.noFolder");
    }
    if (e instanceof AccessDeniedException) {
      return texts.get("error.file.accessDenied");
    }
    if (e instanceof FileAlreadyExistsException) {
      return texts.get("output.error.appeared");
    }
    if (e instanceof FileSystemException f && f.getReason() != null) {
      return Inputs.abbreviate(f.getReason());
    }
    return e.getClass().getSimpleName();
  }

  /**
   * The path as given.
   *
   * @return the path
   */
  public Path path() {
    return requested;
  }

  /** Deletes the temporary file unless committed. Never throws. */
  @Override
  public void close() {
    if (committed) {
      return;
    }
    try {
      closeStream();
    } catch (IOException e) {
      // deleted below
    }
    Path t = temporary;
    temporary = null;
    if (t != null) {
      try {
        Files.deleteIfExists(t);
      } catch (IOException e) {
        // nothing more can be done; the name is unique and starts with a dot
      }
    }
  }
}
