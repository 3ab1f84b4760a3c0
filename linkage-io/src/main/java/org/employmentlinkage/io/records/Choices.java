package org.employmentlinkage.io.records;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.StringJoiner;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * The values of an enum as users may write them: the constant name in any letter case, with {@code
 * -} or a space for {@code _} ({@code junior-college}, {@code JUNIOR_COLLEGE}), or the Chinese
 * label ({@code 大专}). Immutable and thread-safe.
 *
 * @param <E> the enum
 */
public final class Choices<E extends Enum<E>> {
  private final Map<String, E> byText = new HashMap<>();
  private final String expected;

  private Choices(Class<E> type, Function<E, String> zh) {
    StringJoiner j = new StringJoiner(", ");
    for (E e : type.getEnumConstants()) {
      byText.put(e.name(), e);
      String label = zh.apply(e);
      byText.putIfAbsent(label, e);
      j.add(e.name() + " (" + label + ")");
    }
    this.expected = j.toString();
  }

  /**
   * The choices of {@code type}, with their Chinese labels.
   *
   * @param <E> the enum
   * @param type the enum class
   * @param zh the Chinese label of a constant
   * @return the choices
   */
  public static <E extends Enum<E>> Choices<E> of(Class<E> type, Function<E, String> zh) {
    return new Choices<>(Objects.requireNonNull(type, "type"), zh);
  }

  /**
   * Reads a value.
   *
   * @param field the field, for the error
   * @param text the text, not blank
   * @return the constant
   * @throws FactException ({@link Problem#UNKNOWN_VALUE}, listing the values) if the text names
   *     none
   */
  public E parse(String field, String text) {
    E e = find(text);
    if (e == null) {
      throw new FactException(field, Problem.UNKNOWN_VALUE, expected);
    }
    return e;
  }

  /**
   * The constant {@code text} names, or null.
   *
   * @param text the text
   * @return the constant, or null
   */
  public @Nullable E find(String text) {
    String t = text.strip();
    E e = byText.get(t);
    if (e != null) {
      return e;
    }
    return byText.get(normalize(t));
  }

  /**
   * The allowed values, for messages and help: {@code NAME (标签), …}.
   *
   * @return the list
   */
  public String expected() {
    return expected;
  }

  private static String normalize(String t) {
    return t.toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
  }
}
