package org.employmentlinkage.badinput;

import com.google.common.testing.NullPointerTester;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.annotation.Annotation;
import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleFinder;
import java.lang.module.ModuleReference;
import java.lang.reflect.AnnotatedType;
import java.lang.reflect.Constructor;
import java.lang.reflect.Executable;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Type;
import java.net.URISyntaxException;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The bad-input catalogue of one module: every public entry point (public or protected method or
 * constructor, declared or inherited from a class of ours, of every accessible class of the
 * module's exported packages) is called
 *
 * <ol>
 *   <li>with valid arguments, which it must accept;
 *   <li>with null in each reference parameter: a parameter not annotated {@code @Nullable} must
 *       throw {@link NullPointerException}, as Guava's {@code NullPointerTester} checks it (the
 *       other arguments valid), and then what NullPointerTester does not check: the message names
 *       the parameter (a parameter's name comes from the sources), and the javadoc documents it; a
 *       {@code @Nullable} one must not throw it (NullPointerTester skips those);
 *   <li>with the hostile values of each parameter's type ({@link Samples}: empty, negative, far
 *       dates, unknown codes, malformed text, containers holding null), the other arguments valid:
 *       it must answer, or throw an exception its javadoc documents with {@code @throws}, whose
 *       message names the argument, the method or the type, or quotes the value. On a builder,
 *       {@code build()} is called after the setter, so the value type's checks see the value;
 *   <li>with the curated cases of the module: exact calls with the documented exception type and
 *       the words its message must contain.
 * </ol>
 *
 * <p>Then every exception a javadoc documents (other than {@link NullPointerException}, which step
 * 2 covers) must have been thrown by one of those calls, or be listed as unreachable with the
 * reason. An entry point that cannot be called this way is listed as exempt with the reason; an
 * entry point neither walked nor exempt fails the catalogue, so none is forgotten.
 *
 * <p>Methods of {@code java.*} classes ({@code Object.equals}, {@code Throwable}'s) are the JDK's
 * API and not walked. Methods whose declaring class is generated ({@code Immutable*}) and the
 * implicit {@code valueOf} of enums have no javadoc of ours: they may throw {@link
 * NullPointerException}, {@link IllegalArgumentException} or {@link IllegalStateException}.
 */
public final class BadInputCatalogue {
  /** A call that may throw anything. */
  @FunctionalInterface
  public interface Call {
    /**
     * Makes the call.
     *
     * @return its result
     * @throws Throwable what it throws
     */
    Object call() throws Throwable;
  }

  /** An entry point of the module. */
  public record EntryPoint(
      Class<?> owner, Executable executable, String key, Optional<ApiSource.Declaration> source) {
    boolean isStatic() {
      return executable instanceof Constructor<?> || Modifier.isStatic(executable.getModifiers());
    }

    String parameterName(int i) {
      return source
          .map(d -> d.parameterNames().get(i))
          .orElse(isEnumValueOf() ? "name" : "arg" + i);
    }

    boolean isEnumValueOf() {
      return executable.getDeclaringClass().isEnum()
          && executable.getName().equals("valueOf")
          && executable.getParameterCount() == 1;
    }

    boolean isGenerated() {
      return executable.getDeclaringClass().getSimpleName().startsWith("Immutable")
          || Optional.ofNullable(executable.getDeclaringClass().getEnclosingClass())
              .map(c -> c.getSimpleName().startsWith("Immutable"))
              .orElse(false);
    }

    boolean isImplicit() {
      return isEnumValueOf() || isGenerated();
    }
  }

  /** A problem the catalogue found. */
  public record Finding(String key, String input, String problem) {
    @Override
    public String toString() {
      return key + " [" + input + "]: " + problem;
    }
  }

  /** A curated case: a call, the documented exception and words of its message. */
  public record Case(
      String key, String what, Call call, Class<? extends Throwable> type, List<String> words) {}

  private record Outcome(Object result, Throwable thrown, boolean timedOut) {}

  private static final Set<Class<? extends Throwable>> IMPLICIT =
      Set.of(
          NullPointerException.class, IllegalArgumentException.class, IllegalStateException.class);

  private final String module;
  private final Class<?> marker;
  private final ApiSource source;
  private final Samples samples;
  private final Map<Class<?>, Supplier<?>> receivers = new HashMap<>();
  private final Map<String, Supplier<Object[]>> validArguments = new HashMap<>();
  private final Map<String, String> exempt = new TreeMap<>();
  private final Map<String, String> exemptPrefixes = new TreeMap<>();
  private final Map<String, String> skipped = new TreeMap<>();
  private final Map<String, String> unreachable = new TreeMap<>();
  private final List<Case> cases = new ArrayList<>();
  private final Map<String, Set<Class<?>>> observed = new HashMap<>();
  private final Map<String, Integer> calls = new TreeMap<>();
  private List<EntryPoint> entryPoints;
  private List<EntryPoint> parameterless;

  private BadInputCatalogue(String module, Class<?> marker, ApiSource source, Samples samples) {
    this.module = module;
    this.marker = marker;
    this.source = source;
    this.samples = samples;
  }

  /**
   * The catalogue of the module whose main classes hold {@code marker}, with its sources under the
   * working directory ({@code src/main/java} and the generated sources of annotation processors).
   *
   * @param module the module's name, for reports
   * @param marker a class of the module
   * @param samples the values to walk it with
   * @return the catalogue
   */
  public static BadInputCatalogue of(String module, Class<?> marker, Samples samples) {
    ApiSource source =
        ApiSource.parse(
            marker.getClassLoader(),
            List.of(
                Path.of("src", "main", "java"),
                Path.of("target", "generated-sources", "annotations")));
    return new BadInputCatalogue(module, marker, source, samples);
  }

  /**
   * The instance instance methods of {@code owner} are called on (a fresh one per call).
   *
   * @param owner the class
   * @param receiver makes one
   * @return this
   */
  public BadInputCatalogue receiver(Class<?> owner, Supplier<?> receiver) {
    receivers.put(owner, receiver);
    return this;
  }

  /**
   * The valid arguments of one entry point, where a value of the type is not enough (a code, a text
   * in a format).
   *
   * @param key the entry point
   * @param arguments makes the arguments (fresh per call)
   * @return this
   */
  public BadInputCatalogue valid(String key, Supplier<Object[]> arguments) {
    validArguments.put(key, arguments);
    return this;
  }

  /**
   * An entry point the catalogue does not call, with the reason.
   *
   * @param key the entry point
   * @param reason why
   * @return this
   */
  public BadInputCatalogue exempt(String key, String reason) {
    exempt.put(key, reason);
    return this;
  }

  /**
   * Every entry point whose key starts with {@code prefix} (a class, {@code "cli.CliCommand#"}, or
   * a package, {@code "cli.commands."}) is not called, with the reason. The prefix must match at
   * least one entry point.
   *
   * @param prefix the start of the keys
   * @param reason why
   * @return this
   */
  public BadInputCatalogue exemptPrefix(String prefix, String reason) {
    exemptPrefixes.put(prefix, reason);
    return this;
  }

  /**
   * One hostile value an entry point is not called with, with the reason: for an argument that asks
   * for work or memory in proportion to it ({@code Integer.MAX_VALUE} values in a list), which the
   * entry point rightly does not refuse.
   *
   * @param key the entry point
   * @param what the hostile value's description, e.g. {@code "Integer.MAX_VALUE"}
   * @param reason why
   * @return this
   */
  public BadInputCatalogue skipHostile(String key, String what, String reason) {
    skipped.put(key + " with " + what, reason);
    return this;
  }

  private boolean isExempt(String key) {
    return exempt.containsKey(key) || exemptPrefixes.keySet().stream().anyMatch(key::startsWith);
  }

  /**
   * A documented exception no call of the catalogue can provoke, with the reason.
   *
   * @param key the entry point
   * @param exception the documented exception's simple name
   * @param reason why
   * @return this
   */
  public BadInputCatalogue unreachable(String key, String exception, String reason) {
    unreachable.put(key + " throws " + exception, reason);
    return this;
  }

  /**
   * A curated case.
   *
   * @param key the entry point it calls
   * @param what the bad input, for reports
   * @param call the call
   * @param type the documented exception
   * @param words words its message must contain
   * @return this
   */
  public BadInputCatalogue expect(
      String key, String what, Call call, Class<? extends Throwable> type, String... words) {
    cases.add(new Case(key, what, call, type, List.of(words)));
    return this;
  }

  /**
   * The curated cases.
   *
   * @return the cases
   */
  public List<Case> cases() {
    return List.copyOf(cases);
  }

  // ---------------------------------------------------------------------------------------------
  // entry points

  /**
   * Every entry point with at least one parameter (a method without parameters cannot be given bad
   * input), in key order.
   *
   * @return the entry points
   */
  public List<EntryPoint> entryPoints() {
    if (entryPoints == null) {
      entryPoints = findEntryPoints(false);
    }
    return entryPoints;
  }

  /**
   * The entry points without parameters: not walked, but a curated case may call one (a builder's
   * {@code build()} that checks what the setters gathered), and is then checked against its
   * javadoc.
   *
   * @return the entry points
   */
  public List<EntryPoint> parameterlessEntryPoints() {
    if (parameterless == null) {
      parameterless = findEntryPoints(true);
    }
    return parameterless;
  }

  private Optional<EntryPoint> entryPoint(String key) {
    return Stream.concat(entryPoints().stream(), parameterlessEntryPoints().stream())
        .filter(x -> x.key().equals(key))
        .findFirst();
  }

  private List<EntryPoint> findEntryPoints(boolean withoutParameters) {
    Set<String> packages = exportedPackages();
    Map<String, EntryPoint> found = new TreeMap<>();
    for (String className : classNames()) {
      String pkg = className.substring(0, className.lastIndexOf('.'));
      if (!packages.contains(pkg)) {
        continue;
      }
      Class<?> c;
      try {
        c = Class.forName(className, false, marker.getClassLoader());
      } catch (ClassNotFoundException e) {
        throw new IllegalStateException(e);
      }
      if (!isAccessible(c)) {
        continue;
      }
      List<Executable> executables = new ArrayList<>();
      if (!Modifier.isAbstract(c.getModifiers())) {
        for (Constructor<?> k : c.getDeclaredConstructors()) {
          if (isApi(k.getModifiers(), c)) {
            executables.add(k);
          }
        }
      }
      for (Method m : c.getMethods()) {
        executables.add(m);
      }
      if (!Modifier.isFinal(c.getModifiers())) {
        for (Method m : c.getDeclaredMethods()) {
          if (Modifier.isProtected(m.getModifiers())) {
            executables.add(m);
          }
        }
      }
      for (Executable e : executables) {
        if ((e.getParameterCount() == 0) != withoutParameters
            || e.isSynthetic()
            || (e instanceof Method m && m.isBridge())
            || !e.getDeclaringClass().getName().startsWith("org.employmentlinkage.")
            || isObjectMethod(e)) {
          continue;
        }
        String key = key(c, e);
        found.putIfAbsent(key, new EntryPoint(c, e, key, declarationOf(e)));
      }
    }
    return List.copyOf(found.values());
  }

  private static boolean isObjectMethod(Executable e) {
    return e instanceof Method m
        && m.getName().equals("equals")
        && m.getParameterCount() == 1
        && m.getParameterTypes()[0] == Object.class;
  }

  /** The source declaration, or that of the method it overrides when it has no javadoc. */
  private Optional<ApiSource.Declaration> declarationOf(Executable e) {
    Optional<ApiSource.Declaration> own = source.declarationOf(e.getDeclaringClass(), e);
    if (own.isPresent() && own.get().hasDoc() || !(e instanceof Method m)) {
      return own;
    }
    List<Class<?>> supertypes = new ArrayList<>();
    collectSupertypes(e.getDeclaringClass(), supertypes);
    for (Class<?> s : supertypes) {
      try {
        Method overridden = s.getDeclaredMethod(m.getName(), m.getParameterTypes());
        Optional<ApiSource.Declaration> d = source.declarationOf(s, overridden);
        if (d.isPresent() && d.get().hasDoc()) {
          return d;
        }
      } catch (NoSuchMethodException ignored) {
        // not declared there
      }
    }
    return own;
  }

  private static void collectSupertypes(Class<?> c, List<Class<?>> out) {
    for (Class<?> i : c.getInterfaces()) {
      out.add(i);
      collectSupertypes(i, out);
    }
    if (c.getSuperclass() != null) {
      out.add(c.getSuperclass());
      collectSupertypes(c.getSuperclass(), out);
    }
  }

  /** {@code calendar.Deadline.Builder#trigger(LocalDate)}. */
  static String key(Class<?> owner, Executable e) {
    String name = e instanceof Constructor<?> ? "<init>" : e.getName();
    return owner.getName().replace("org.employmentlinkage.", "").replace('$', '.')
        + "#"
        + name
        + Arrays.stream(e.getParameterTypes())
            .map(Class::getSimpleName)
            .collect(Collectors.joining(",", "(", ")"));
  }

  private static boolean isAccessible(Class<?> c) {
    for (Class<?> x = c; x != null; x = x.getEnclosingClass()) {
      if (!Modifier.isPublic(x.getModifiers())) {
        return false;
      }
    }
    return !c.isAnonymousClass() && !c.isSynthetic() && !c.isLocalClass();
  }

  private static boolean isApi(int modifiers, Class<?> owner) {
    return Modifier.isPublic(modifiers)
        || (Modifier.isProtected(modifiers) && !Modifier.isFinal(owner.getModifiers()));
  }

  private Path location() {
    try {
      return Path.of(marker.getProtectionDomain().getCodeSource().getLocation().toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The unqualified exports of the module-info, or every package if there is none. */
  private Set<String> exportedPackages() {
    Set<ModuleReference> refs = ModuleFinder.of(location()).findAll();
    Set<String> all = new TreeSet<>();
    for (String c : classNames()) {
      all.add(c.substring(0, c.lastIndexOf('.')));
    }
    if (refs.isEmpty()) {
      return all;
    }
    ModuleDescriptor d = refs.iterator().next().descriptor();
    return d.exports().stream()
        .filter(x -> !x.isQualified())
        .map(ModuleDescriptor.Exports::source)
        .collect(Collectors.toCollection(TreeSet::new));
  }

  private List<String> classNames() {
    Path location = location();
    try {
      if (Files.isDirectory(location)) {
        return classNames(location);
      }
      try (FileSystem fs = FileSystems.newFileSystem(location)) {
        return classNames(fs.getPath("/"));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static List<String> classNames(Path root) throws IOException {
    try (Stream<Path> s = Files.walk(root)) {
      return s.map(p -> root.relativize(p).toString())
          .filter(n -> n.endsWith(".class") && !n.contains("-info") && !n.startsWith("META-INF"))
          .map(n -> n.substring(0, n.length() - ".class".length()).replace('/', '.'))
          .sorted()
          .collect(Collectors.toList());
    }
  }

  // ---------------------------------------------------------------------------------------------
  // coverage

  /**
   * What keeps the catalogue from walking everything: entry points without valid arguments, a
   * receiver or a source declaration, neither walked nor exempt; exemptions and curated cases of
   * entry points that do not exist.
   *
   * @return the problems, empty if every entry point is walked or exempt
   */
  public List<String> coverageProblems() {
    List<String> problems = new ArrayList<>();
    Set<String> keys = new HashSet<>();
    for (EntryPoint e : entryPoints()) {
      keys.add(e.key());
      if (isExempt(e.key())) {
        continue;
      }
      if (arguments(e).isEmpty()) {
        problems.add(e.key() + ": no valid value of a parameter type; add a sample or exempt it");
      }
      if (!e.isStatic() && receiver(e.owner()).isEmpty()) {
        problems.add(e.key() + ": no receiver for " + e.owner().getName());
      }
      if (e.source().isEmpty() && !e.isEnumValueOf()) {
        problems.add(e.key() + ": no declaration found in the sources");
      }
      if (e.source().isPresent() && !e.source().get().unresolvedThrows().isEmpty()) {
        problems.add(
            e.key() + ": @throws names no known class: " + e.source().get().unresolvedThrows());
      }
    }
    for (String k : exempt.keySet()) {
      if (!keys.contains(k)) {
        problems.add("exemption of an entry point that does not exist: " + k);
      }
    }
    for (String k : skipped.keySet()) {
      if (!keys.contains(k.substring(0, k.indexOf(" with ")))) {
        problems.add("skipped hostile value of an entry point that does not exist: " + k);
      }
    }
    for (String p : exemptPrefixes.keySet()) {
      if (keys.stream().noneMatch(k -> k.startsWith(p))) {
        problems.add("exemption of a prefix no entry point has: " + p);
      }
    }
    for (String k : validArguments.keySet()) {
      if (!keys.contains(k)) {
        problems.add("valid arguments of an entry point that does not exist: " + k);
      }
    }
    for (Case c : cases) {
      if (entryPoint(c.key()).isEmpty()) {
        problems.add("curated case of an entry point that does not exist: " + c.key());
      }
    }
    for (String u : unreachable.keySet()) {
      if (!keys.contains(u.substring(0, u.indexOf(" throws ")))) {
        problems.add("unreachable exception of an entry point that does not exist: " + u);
      }
    }
    return problems;
  }

  private Optional<Object[]> arguments(EntryPoint e) {
    Supplier<Object[]> override = validArguments.get(e.key());
    if (override != null) {
      return Optional.of(override.get());
    }
    if (e.isEnumValueOf()) {
      return Optional.of(
          new Object[] {
            ((Enum<?>) e.executable().getDeclaringClass().getEnumConstants()[0]).name()
          });
    }
    Type[] types = e.executable().getGenericParameterTypes();
    Object[] args = new Object[types.length];
    for (int i = 0; i < types.length; i++) {
      Optional<Object> v = samples.validValue(types[i]);
      if (v.isEmpty()) {
        return Optional.empty();
      }
      args[i] = v.get();
    }
    return Optional.of(args);
  }

  private Optional<Object> receiver(Class<?> owner) {
    Supplier<?> s = receivers.get(owner);
    if (s != null) {
      return Optional.of(s.get());
    }
    if (owner.getSimpleName().equals("Builder") && owner.getEnclosingClass() != null) {
      // X.Builder: X.builder().from(a valid X)
      Class<?> value = owner.getEnclosingClass();
      Optional<Object> x = samples.validValue(value);
      if (x.isPresent()) {
        try {
          Object b = value.getMethod("builder").invoke(null);
          Method from = owner.getMethod("from", value);
          from.setAccessible(true);
          return Optional.of(from.invoke(b, x.get()));
        } catch (ReflectiveOperationException e) {
          throw new IllegalStateException("cannot make a " + owner.getName(), e);
        }
      }
      return Optional.empty();
    }
    return samples.validValue(owner);
  }

  // ---------------------------------------------------------------------------------------------
  // the walk

  /**
   * Walks every entry point that is not exempt (valid arguments, null, hostile values), then the
   * curated cases, then checks that every documented exception was seen.
   *
   * @return the findings, empty if the module passes
   */
  public List<Finding> walk() {
    List<Finding> findings = new ArrayList<>();
    ExecutorService executor =
        Executors.newCachedThreadPool(
            r -> {
              Thread t = new Thread(r, "bad-input-" + module);
              t.setDaemon(true);
              return t;
            });
    try {
      for (EntryPoint e : entryPoints()) {
        if (isExempt(e.key())
            || arguments(e).isEmpty()
            || (!e.isStatic() && receiver(e.owner()).isEmpty())) {
          continue;
        }
        walk(e, findings, executor);
      }
      for (Case c : cases) {
        curated(c, findings, executor);
      }
      documentedButNeverThrown(findings);
    } finally {
      executor.shutdownNow();
    }
    return findings;
  }

  /**
   * How many calls the last walk made, by kind.
   *
   * @return kind → count
   */
  public Map<String, Integer> calls() {
    return Map.copyOf(calls);
  }

  private void walk(EntryPoint e, List<Finding> findings, ExecutorService executor) {
    Executable x = e.executable();
    Outcome ok = invoke(e, arguments(e).orElseThrow(), false, executor);
    count("valid");
    if (ok.thrown() != null || ok.timedOut()) {
      findings.add(new Finding(e.key(), "valid arguments", "rejected: " + describe(ok)));
      return;
    }
    Type[] types = x.getGenericParameterTypes();
    AnnotatedType[] annotated = x.getAnnotatedParameterTypes();
    for (int i = 0; i < types.length; i++) {
      if (x.getParameterTypes()[i].isPrimitive()) {
        continue;
      }
      String name = e.parameterName(i);
      Object[] args = arguments(e).orElseThrow();
      args[i] = null;
      Outcome o = invoke(e, args, false, executor);
      count("null");
      String input = "null " + name;
      if (isNullable(annotated[i])) {
        if (o.thrown() instanceof NullPointerException || o.timedOut()) {
          findings.add(new Finding(e.key(), input, "@Nullable, yet rejected: " + describe(o)));
        }
        continue;
      }
      // The null walk proper is Guava's NullPointerTester (ADR 0005); what it does not check, that
      // the message names the parameter and that the javadoc documents the exception, follows.
      Optional<String> rejected = nullPointerTester(e, i, executor);
      if (rejected.isPresent()) {
        findings.add(new Finding(e.key(), input, "NullPointerTester: " + rejected.get()));
        continue;
      }
      record(e, o);
      // (an UnsupportedOperationException, which NullPointerTester accepts too, is not checked)
      if (o.thrown() instanceof NullPointerException npe) {
        if (!e.isGenerated() && !names(npe.getMessage(), name)) {
          findings.add(
              new Finding(
                  e.key(), input, "the message does not name the parameter: " + describe(o)));
        } else if (e.source().isPresent()
            && e.source().get().hasDoc()
            && !e.isImplicit()
            && !documents(e, NullPointerException.class)) {
          findings.add(
              new Finding(e.key(), input, "NullPointerException is thrown but not documented"));
        }
      }
    }
    for (int i = 0; i < types.length; i++) {
      for (Samples.Hostile h : samples.hostileValues(types[i])) {
        if (skipped.containsKey(e.key() + " with " + h.what())) {
          count("skipped");
          continue;
        }
        Object[] args = arguments(e).orElseThrow();
        args[i] = h.value();
        Outcome o = invoke(e, args, true, executor);
        count("hostile");
        check(e, i, h.what() + " as " + e.parameterName(i), args, o, findings);
      }
    }
  }

  /**
   * Null in parameter {@code i} of {@code e}, the other parameters valid, through Guava's {@link
   * NullPointerTester}: it must throw {@link NullPointerException} (or {@link
   * UnsupportedOperationException}).
   *
   * @return what NullPointerTester reported, empty if the parameter passed
   */
  private Optional<String> nullPointerTester(EntryPoint e, int i, ExecutorService executor) {
    Object[] valid = arguments(e).orElseThrow();
    Class<?>[] types = e.executable().getParameterTypes();
    NullPointerTester tester = new NullPointerTester();
    for (int j = 0; j < types.length; j++) {
      if (j != i && valid[j] != null) {
        setDefault(tester, types[j], valid[j]);
      }
    }
    Outcome o =
        run(
            () -> {
              if (e.executable() instanceof Constructor<?> k) {
                tester.testConstructorParameter(k, i);
              } else {
                Object receiver = e.isStatic() ? null : receiver(e.owner()).orElseThrow();
                tester.testMethodParameter(receiver, (Method) e.executable(), i);
              }
              return null;
            },
            executor);
    if (o.timedOut() || o.thrown() != null) {
      return Optional.of(describe(o));
    }
    return Optional.empty();
  }

  @SuppressWarnings("unchecked")
  private static <T> void setDefault(NullPointerTester tester, Class<T> type, Object value) {
    tester.setDefault(type, (T) value);
  }

  private void check(
      EntryPoint e, int i, String input, Object[] args, Outcome o, List<Finding> findings) {
    if (o.timedOut()) {
      findings.add(new Finding(e.key(), input, "no answer within the time limit"));
      return;
    }
    Throwable t = o.thrown();
    if (t == null) {
      return;
    }
    record(e, o);
    if (t instanceof Error) {
      findings.add(new Finding(e.key(), input, "error: " + describe(o)));
    } else if (!allowed(e, t)) {
      findings.add(
          new Finding(
              e.key(), input, "throws " + describe(o) + ", which the javadoc does not document"));
    } else if (t.getMessage() == null || t.getMessage().isBlank()) {
      findings.add(new Finding(e.key(), input, "no message: " + describe(o)));
    } else if (!e.isGenerated() && !namesSomething(e, i, args, t.getMessage(), t)) {
      findings.add(
          new Finding(
              e.key(),
              input,
              "the message names neither the argument, the method, the type nor the value: "
                  + describe(o)));
    }
  }

  private void curated(Case c, List<Finding> findings, ExecutorService executor) {
    Optional<EntryPoint> e = entryPoint(c.key());
    Outcome o = run(c.call(), executor);
    count("curated");
    String input = "curated: " + c.what();
    if (e.isPresent()) {
      record(e.get(), o);
    }
    if (o.thrown() == null || !c.type().isInstance(o.thrown())) {
      findings.add(
          new Finding(
              c.key(), input, "expected " + c.type().getSimpleName() + ", got " + describe(o)));
      return;
    }
    String message = String.valueOf(o.thrown().getMessage());
    for (String w : c.words()) {
      if (!message.contains(w)) {
        findings.add(
            new Finding(c.key(), input, "the message lacks \"" + w + "\": " + describe(o)));
      }
    }
    if (e.isPresent()
        && e.get().source().isPresent()
        && e.get().source().get().hasDoc()
        && !e.get().isImplicit()
        && !documents(e.get(), o.thrown().getClass())) {
      findings.add(
          new Finding(c.key(), input, o.thrown().getClass().getName() + " is not documented"));
    }
  }

  private void documentedButNeverThrown(List<Finding> findings) {
    for (EntryPoint e : entryPoints()) {
      if (isExempt(e.key()) || e.source().isEmpty()) {
        continue;
      }
      Set<Class<?>> seen = observed.getOrDefault(e.key(), Set.of());
      for (Class<? extends Throwable> documented : e.source().get().documentedThrows()) {
        if (documented == NullPointerException.class
            || unreachable.containsKey(e.key() + " throws " + documented.getSimpleName())) {
          continue;
        }
        if (seen.stream().noneMatch(documented::isAssignableFrom)) {
          findings.add(
              new Finding(
                  e.key(),
                  "documented @throws " + documented.getSimpleName(),
                  "never thrown by the catalogue: add a curated case, or list it as unreachable"));
        }
      }
    }
  }

  private void record(EntryPoint e, Outcome o) {
    if (o.thrown() != null) {
      observed.computeIfAbsent(e.key(), k -> new HashSet<>()).add(o.thrown().getClass());
    }
  }

  private void count(String kind) {
    calls.merge(kind, 1, Integer::sum);
  }

  private boolean allowed(EntryPoint e, Throwable t) {
    if (e.isImplicit() && IMPLICIT.stream().anyMatch(k -> k.isInstance(t))) {
      return true;
    }
    if (isBuilderSetter(e)
        && (t instanceof IllegalArgumentException || t instanceof IllegalStateException)) {
      return true; // the value type's checks, run by build()
    }
    return documents(e, t.getClass());
  }

  private static boolean documents(EntryPoint e, Class<?> thrown) {
    return e.source().isPresent()
        && e.source().get().documentedThrows().stream().anyMatch(d -> d.isAssignableFrom(thrown));
  }

  private static boolean isNullable(AnnotatedType t) {
    for (Annotation a : t.getAnnotations()) {
      if (a.annotationType().getSimpleName().equals("Nullable")) {
        return true;
      }
    }
    return false;
  }

  /** Whether {@code message} contains {@code name} as a word (any letter case). */
  static boolean names(String message, String name) {
    return message != null
        && Pattern.compile(
                "(?<![\\p{L}\\p{N}_])" + Pattern.quote(name) + "(?![\\p{L}\\p{N}_])",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE)
            .matcher(message)
            .find();
  }

  private static boolean namesSomething(
      EntryPoint e, int i, Object[] args, String message, Throwable thrown) {
    if (thrown instanceof IOException && !(thrown instanceof java.nio.file.FileSystemException)) {
      return true; // the message of an I/O failure is the I/O layer's
    }
    List<String> words = new ArrayList<>();
    words.add(e.parameterName(i));
    String method = e.executable() instanceof Method m ? m.getName() : "";
    if (method.length() > 2) {
      words.add(method);
    }
    for (String part : method.split("(?<=[a-z])(?=[A-Z])")) {
      if (part.length() >= 4) {
        words.add(part);
      }
    }
    words.add(e.owner().getSimpleName());
    words.add(e.executable().getDeclaringClass().getSimpleName());
    if (e.owner().getEnclosingClass() != null) {
      words.add(e.owner().getEnclosingClass().getSimpleName());
    }
    for (String w : words) {
      if (!w.isEmpty() && names(message, w)) {
        return true;
      }
    }
    for (int k = 0; k < args.length; k++) {
      String text = valueText(args[k]).strip();
      if (text.length() >= (k == i ? 1 : 3) && message.contains(text)) {
        return true;
      }
    }
    if (thrown instanceof java.nio.file.FileSystemException f) {
      return f.getFile() != null; // names the file
    }
    return false;
  }

  private static String valueText(Object value) {
    if (value instanceof Optional<?> o) {
      return o.map(BadInputCatalogue::valueText).orElse("");
    }
    if (value instanceof LocalDate || value instanceof Number || value instanceof CharSequence) {
      return String.valueOf(value);
    }
    if (value instanceof Path p) {
      return p.toString();
    }
    return "";
  }

  private boolean isBuilderSetter(EntryPoint e) {
    return !e.isStatic()
        && !e.executable().getName().equals("build")
        && buildMethod(e.owner()).isPresent();
  }

  private static Optional<Method> buildMethod(Class<?> owner) {
    try {
      Method b = owner.getMethod("build");
      return b.getParameterCount() == 0 ? Optional.of(b) : Optional.empty();
    } catch (NoSuchMethodException e) {
      return Optional.empty();
    }
  }

  private Outcome invoke(EntryPoint e, Object[] args, boolean thenBuild, ExecutorService executor) {
    Executable x = e.executable();
    return run(
        () -> {
          x.setAccessible(true);
          if (x instanceof Constructor<?> k) {
            return k.newInstance(args);
          }
          Method m = (Method) x;
          Object receiver = e.isStatic() ? null : receiver(e.owner()).orElseThrow();
          Object result = m.invoke(receiver, args);
          if (thenBuild && isBuilderSetter(e)) {
            Method build = buildMethod(e.owner()).orElseThrow();
            build.setAccessible(true);
            return build.invoke(receiver);
          }
          return result;
        },
        executor);
  }

  private static Outcome run(Call call, ExecutorService executor) {
    Future<Outcome> f =
        executor.submit(
            () -> {
              try {
                return new Outcome(call.call(), null, false);
              } catch (InvocationTargetException ex) {
                return new Outcome(null, ex.getCause(), false);
              } catch (Throwable t) {
                return new Outcome(null, t, false);
              }
            });
    try {
      return f.get(20, TimeUnit.SECONDS);
    } catch (TimeoutException ex) {
      f.cancel(true);
      return new Outcome(null, null, true);
    } catch (InterruptedException ex) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(ex);
    } catch (java.util.concurrent.ExecutionException ex) {
      return new Outcome(null, ex.getCause(), false);
    }
  }

  private static String describe(Outcome o) {
    if (o.timedOut()) {
      return "no answer within 20 s";
    }
    if (o.thrown() == null) {
      return "returned " + o.result();
    }
    String m = String.valueOf(o.thrown().getMessage());
    return o.thrown().getClass().getName()
        + ": "
        + (m.length() > 300 ? m.substring(0, 300) + "…" : m);
  }

  /**
   * A report of the findings, grouped by entry point.
   *
   * @param findings the findings
   * @return the report
   */
  public String report(List<Finding> findings) {
    StringBuilder sb =
        new StringBuilder(
            String.format(
                Locale.ROOT,
                "%s: %d entry points with parameters, %d exempt, calls %s; %d findings%n",
                module,
                entryPoints().size(),
                entryPoints().stream().filter(e -> isExempt(e.key())).count(),
                new TreeMap<>(calls),
                findings.size()));
    findings.stream()
        .sorted(Comparator.comparing(Finding::key))
        .forEach(f -> sb.append("  ").append(f).append('\n'));
    return sb.toString();
  }

  /**
   * The exemptions, for the report.
   *
   * @return entry point → reason
   */
  public Map<String, String> exemptions() {
    Map<String, String> all = new LinkedHashMap<>(exempt);
    all.putAll(exemptPrefixes);
    all.putAll(skipped);
    return all;
  }
}
