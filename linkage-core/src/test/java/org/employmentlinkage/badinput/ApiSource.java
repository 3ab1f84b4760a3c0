package org.employmentlinkage.badinput;

import com.sun.source.doctree.DocCommentTree;
import com.sun.source.doctree.DocTree;
import com.sun.source.doctree.ThrowsTree;
import com.sun.source.tree.ClassTree;
import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.ImportTree;
import com.sun.source.tree.MethodTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.TypeParameterTree;
import com.sun.source.tree.VariableTree;
import com.sun.source.util.DocTrees;
import com.sun.source.util.JavacTask;
import com.sun.source.util.TreePathScanner;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Executable;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.lang.model.element.Modifier;
import javax.tools.JavaCompiler;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * The declarations of a module's sources, parsed (not compiled) with the JDK's compiler API: for
 * each method and constructor, its parameter names and the exceptions its javadoc documents with
 * {@code @throws}. The catalogue needs the names to check that a message names the argument, and
 * the documented exceptions to check that what a method throws is what it promises.
 */
final class ApiSource {
  /** A declaration in the sources. */
  record Declaration(
      String className,
      String name,
      List<String> parameterNames,
      List<String> parameterTypes,
      boolean hasDoc,
      List<Class<? extends Throwable>> documentedThrows,
      List<String> unresolvedThrows) {}

  private final Map<String, List<Declaration>> byClassAndName = new HashMap<>();
  private final ClassLoader loader;

  private ApiSource(ClassLoader loader) {
    this.loader = loader;
  }

  /**
   * Parses every {@code .java} file under the roots that exist.
   *
   * @param loader resolves documented exception names to classes
   * @param roots source roots, e.g. {@code src/main/java} and the generated sources
   * @return the declarations
   */
  static ApiSource parse(ClassLoader loader, List<Path> roots) {
    ApiSource source = new ApiSource(loader);
    List<Path> files = new ArrayList<>();
    for (Path root : roots) {
      if (!Files.isDirectory(root)) {
        continue;
      }
      try (Stream<Path> s = Files.walk(root)) {
        s.filter(p -> p.toString().endsWith(".java"))
            .filter(p -> !p.getFileName().toString().equals("module-info.java"))
            .sorted()
            .forEach(files::add);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    if (files.isEmpty()) {
      throw new IllegalStateException("no sources under " + roots);
    }
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    try (StandardJavaFileManager fm =
        javac.getStandardFileManager(null, Locale.ROOT, StandardCharsets.UTF_8)) {
      JavacTask task =
          (JavacTask)
              javac.getTask(
                  null,
                  fm,
                  d -> {},
                  List.of("-proc:none"),
                  null,
                  fm.getJavaFileObjectsFromPaths(files));
      Iterable<? extends CompilationUnitTree> units = task.parse();
      DocTrees docs = DocTrees.instance(task);
      for (CompilationUnitTree unit : units) {
        source.scan(unit, docs);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return source;
  }

  private void scan(CompilationUnitTree unit, DocTrees docs) {
    String pkg = unit.getPackageName() == null ? "" : unit.getPackageName().toString();
    List<String> imports = new ArrayList<>();
    for (ImportTree i : unit.getImports()) {
      if (!i.isStatic()) {
        imports.add(i.getQualifiedIdentifier().toString());
      }
    }
    Deque<String> classes = new ArrayDeque<>();
    Deque<Set<String>> typeVariables = new ArrayDeque<>();
    Map<String, List<VariableTree>> recordComponents = new HashMap<>();
    new TreePathScanner<Void, Void>() {
      @Override
      public Void visitClass(ClassTree c, Void v) {
        if (c.getSimpleName().length() == 0) {
          return null; // anonymous classes declare no API
        }
        String name =
            classes.isEmpty()
                ? (pkg.isEmpty() ? "" : pkg + ".") + c.getSimpleName()
                : classes.peek() + "$" + c.getSimpleName();
        classes.push(name);
        Set<String> vars = new HashSet<>(typeVariables.isEmpty() ? Set.of() : typeVariables.peek());
        for (TypeParameterTree t : c.getTypeParameters()) {
          vars.add(t.getName().toString());
        }
        typeVariables.push(vars);
        if (c.getKind() == Tree.Kind.RECORD) {
          List<VariableTree> components = new ArrayList<>();
          for (Tree member : c.getMembers()) {
            if (member instanceof VariableTree f
                && !f.getModifiers().getFlags().contains(Modifier.STATIC)) {
              components.add(f);
            }
          }
          recordComponents.put(name, components);
        }
        super.visitClass(c, v);
        if (c.getKind() == Tree.Kind.RECORD) {
          List<VariableTree> components = recordComponents.get(name);
          if (find(name, "<init>", components.size()).isEmpty()) {
            // The implicit canonical constructor, documented by the record's @param tags.
            add(
                new Declaration(
                    name,
                    "<init>",
                    components.stream().map(f -> f.getName().toString()).toList(),
                    components.stream().map(f -> erase(f.getType().toString(), vars)).toList(),
                    false,
                    List.of(),
                    List.of()));
          }
        }
        typeVariables.pop();
        classes.pop();
        return null;
      }

      @Override
      public Void visitMethod(MethodTree m, Void v) {
        if (classes.isEmpty()) {
          return null;
        }
        String owner = classes.peek();
        Set<String> vars = new HashSet<>(typeVariables.peek());
        for (TypeParameterTree t : m.getTypeParameters()) {
          vars.add(t.getName().toString());
        }
        List<VariableTree> params = new ArrayList<>(m.getParameters());
        String name = m.getName().toString();
        if (name.equals("<init>") && params.isEmpty() && recordComponents.containsKey(owner)) {
          params = recordComponents.get(owner); // a compact canonical constructor
        }
        List<String> names = new ArrayList<>();
        List<String> types = new ArrayList<>();
        for (VariableTree p : params) {
          names.add(p.getName().toString());
          types.add(erase(p.getType().toString(), vars));
        }
        DocCommentTree doc = docs.getDocCommentTree(getCurrentPath());
        List<Class<? extends Throwable>> thrown = new ArrayList<>();
        List<String> unresolved = new ArrayList<>();
        if (doc != null) {
          for (DocTree tag : doc.getBlockTags()) {
            if (tag instanceof ThrowsTree t) {
              String signature = t.getExceptionName().getSignature();
              Optional<Class<? extends Throwable>> c = resolve(signature, pkg, imports);
              if (c.isPresent()) {
                thrown.add(c.get());
              } else {
                unresolved.add(signature);
              }
            }
          }
        }
        add(
            new Declaration(
                owner,
                name,
                List.copyOf(names),
                List.copyOf(types),
                doc != null,
                List.copyOf(thrown),
                List.copyOf(unresolved)));
        return null;
      }
    }.scan(unit, null);
  }

  private void add(Declaration d) {
    byClassAndName.computeIfAbsent(d.className() + "#" + d.name(), k -> new ArrayList<>()).add(d);
  }

  private Optional<Declaration> find(String className, String name, int arity) {
    List<Declaration> list = byClassAndName.getOrDefault(className + "#" + name, List.of());
    return list.stream().filter(d -> arity < 0 || d.parameterNames().size() == arity).findFirst();
  }

  /**
   * The declaration of {@code e} in {@code declaringClass}'s sources, matched by name and erased
   * parameter types (a type variable matches any type).
   */
  Optional<Declaration> declarationOf(Class<?> declaringClass, Executable e) {
    String name = e instanceof Method ? e.getName() : "<init>";
    List<Declaration> list =
        byClassAndName.getOrDefault(declaringClass.getName() + "#" + name, List.of());
    Class<?>[] params = e.getParameterTypes();
    List<Declaration> matches =
        list.stream()
            .filter(d -> d.parameterTypes().size() == params.length)
            .filter(d -> matches(d.parameterTypes(), params))
            .collect(Collectors.toList());
    return matches.size() == 1 ? Optional.of(matches.get(0)) : Optional.empty();
  }

  private static boolean matches(List<String> source, Class<?>[] params) {
    for (int i = 0; i < params.length; i++) {
      String s = source.get(i);
      if (s.equals("?")) {
        continue;
      }
      String r = params[i].getSimpleName();
      if (!s.equals(r)) {
        return false;
      }
    }
    return true;
  }

  /** The simple erased name of a source type: {@code List<X>} → List, {@code X...} → X[]. */
  static String erase(String type, Set<String> typeVariables) {
    String t = type.replaceAll("@[\\w.]+(\\([^)]*\\))?\\s*", "").trim();
    StringBuilder sb = new StringBuilder();
    int depth = 0;
    for (char ch : t.toCharArray()) {
      if (ch == '<') {
        depth++;
      } else if (ch == '>') {
        depth--;
      } else if (depth == 0) {
        sb.append(ch);
      }
    }
    String erased = sb.toString().replace("...", "[]").replace(" ", "");
    String suffix = "";
    while (erased.endsWith("[]")) {
      suffix += "[]";
      erased = erased.substring(0, erased.length() - 2);
    }
    String simple = erased.substring(erased.lastIndexOf('.') + 1);
    if (typeVariables.contains(simple)) {
      return "?"; // a type variable: matches whatever it erases to
    }
    return simple + suffix;
  }

  private Optional<Class<? extends Throwable>> resolve(
      String signature, String pkg, List<String> imports) {
    Set<String> candidates = new LinkedHashSet<>();
    candidates.add(signature);
    candidates.add("java.lang." + signature);
    candidates.add(pkg + "." + signature);
    for (String i : imports) {
      if (i.endsWith("." + signature)) {
        candidates.add(i);
      } else if (i.endsWith(".*")) {
        candidates.add(i.substring(0, i.length() - 1) + signature);
      }
    }
    candidates.add("java.io." + signature);
    candidates.add("java.time." + signature);
    for (String c : candidates) {
      try {
        Class<?> k = Class.forName(c, false, loader);
        if (Throwable.class.isAssignableFrom(k)) {
          return Optional.of(k.asSubclass(Throwable.class));
        }
      } catch (ClassNotFoundException | LinkageError e) {
        // try the next candidate
      }
    }
    return Optional.empty();
  }
}
