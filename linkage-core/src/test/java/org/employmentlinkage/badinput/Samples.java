package org.employmentlinkage.badinput;

import java.lang.reflect.Array;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.lang.reflect.WildcardType;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.Year;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Values for the catalogue, by parameter type: one valid value (the call must succeed with it), and
 * the hostile values a parameter of that type is walked with — null (separately), empty, negative,
 * far-past and far-future dates ({@link LocalDate#MIN}, {@link LocalDate#MAX}, 1900-01-01,
 * 9999-12-31), unknown codes and malformed text.
 *
 * <p>Types are looked up by their raw class; containers ({@code Optional}, collections, arrays,
 * maps) are built from the sample of their element type, and their hostile values are the empty
 * container and one holding null. Modules add their own types with {@link #valid} and {@link
 * #hostile}.
 */
public final class Samples {
  /** A hostile value with a description for the report. */
  public record Hostile(String what, Object value) {}

  /** Collects hostile values, leaving out those their own type refuses to build. */
  public static final class HostileList {
    private final List<Hostile> list = new ArrayList<>();

    private HostileList() {}

    /**
     * Adds a value, unless making it throws (the type refuses it: its builder is walked itself).
     *
     * @param what the description
     * @param value makes the value
     * @return this
     */
    public HostileList add(String what, Supplier<?> value) {
      try {
        list.add(new Hostile(what, value.get()));
      } catch (RuntimeException refused) {
        // the value type refuses this value; nothing to walk with
      }
      return this;
    }

    /**
     * The values.
     *
     * @return the list
     */
    public List<Hostile> build() {
      return List.copyOf(list);
    }
  }

  /**
   * A new list of hostile values.
   *
   * @return the list builder
   */
  public static HostileList hostiles() {
    return new HostileList();
  }

  private final Map<Class<?>, Supplier<?>> valid = new LinkedHashMap<>();
  private final Map<Class<?>, Supplier<List<Hostile>>> hostile = new LinkedHashMap<>();

  /** The far dates every date parameter is walked with. */
  public static final List<LocalDate> FAR_DATES =
      List.of(LocalDate.MIN, LocalDate.of(1900, 1, 1), LocalDate.of(9999, 12, 31), LocalDate.MAX);

  /** Texts every string parameter is walked with: empty, blank, control characters, unknown. */
  public static final List<String> BAD_TEXTS =
      List.of("", "   ", "\u0000\u0007\ufffd", "?UNKNOWN-代码-999999?", "1\n2\n3 ]]} {{[[ \"'");

  /** JDK types. */
  public static Samples jdk() {
    Samples s = new Samples();
    s.valid(String.class, () -> "x");
    s.hostile(String.class, () -> texts(BAD_TEXTS));
    s.valid(CharSequence.class, () -> "x");
    s.hostile(CharSequence.class, () -> texts(BAD_TEXTS));
    s.valid(Object.class, () -> "x");
    s.valid(int.class, () -> 1);
    s.hostile(
        int.class,
        () ->
            List.of(
                new Hostile("0", 0),
                new Hostile("-1", -1),
                new Hostile("Integer.MIN_VALUE", Integer.MIN_VALUE),
                new Hostile("Integer.MAX_VALUE", Integer.MAX_VALUE)));
    s.valid(long.class, () -> 1L);
    s.hostile(
        long.class,
        () ->
            List.of(
                new Hostile("0", 0L),
                new Hostile("-1", -1L),
                new Hostile("Long.MIN_VALUE", Long.MIN_VALUE),
                new Hostile("Long.MAX_VALUE", Long.MAX_VALUE)));
    s.valid(double.class, () -> 0.5);
    s.hostile(
        double.class,
        () ->
            List.of(
                new Hostile("-1.0", -1.0),
                new Hostile("2.0", 2.0),
                new Hostile("NaN", Double.NaN),
                new Hostile("+Infinity", Double.POSITIVE_INFINITY)));
    s.valid(boolean.class, () -> true);
    s.valid(Boolean.class, () -> Boolean.TRUE);
    s.valid(Integer.class, () -> 1);
    s.valid(BigDecimal.class, () -> new BigDecimal("1.00"));
    s.hostile(
        BigDecimal.class,
        () ->
            List.of(
                new Hostile("-1", new BigDecimal("-1")),
                new Hostile("1E+100", new BigDecimal("1E+100")),
                new Hostile("0.001", new BigDecimal("0.001"))));
    s.valid(LocalDate.class, () -> LocalDate.of(2025, 9, 26));
    s.hostile(
        LocalDate.class, () -> FAR_DATES.stream().map(d -> new Hostile(d.toString(), d)).toList());
    s.valid(Instant.class, () -> Instant.parse("2025-09-26T00:00:00Z"));
    s.hostile(
        Instant.class,
        () ->
            List.of(
                new Hostile("Instant.MIN", Instant.MIN), new Hostile("Instant.MAX", Instant.MAX)));
    s.valid(Year.class, () -> Year.of(2019));
    s.hostile(
        Year.class,
        () ->
            List.of(
                new Hostile("Year.MIN_VALUE", Year.of(Year.MIN_VALUE)),
                new Hostile("Year.MAX_VALUE", Year.of(Year.MAX_VALUE))));
    s.valid(Period.class, () -> Period.ofMonths(3));
    s.hostile(
        Period.class,
        () ->
            List.of(
                new Hostile("P0D", Period.ZERO),
                new Hostile("P-1D", Period.ofDays(-1)),
                new Hostile("P1M-40D", Period.of(0, 1, -40)),
                new Hostile("P2147483647Y", Period.ofYears(Integer.MAX_VALUE))));
    s.valid(Clock.class, () -> Clock.fixed(Instant.parse("2025-09-26T00:00:00Z"), ZoneOffset.UTC));
    s.hostile(
        Clock.class,
        () ->
            List.of(
                new Hostile("clock at Instant.MAX", Clock.fixed(Instant.MAX, ZoneOffset.UTC)),
                new Hostile("clock at Instant.MIN", Clock.fixed(Instant.MIN, ZoneOffset.UTC))));
    s.valid(OptionalInt.class, () -> OptionalInt.of(1));
    s.hostile(
        OptionalInt.class,
        () ->
            List.of(
                new Hostile("OptionalInt.empty()", OptionalInt.empty()),
                new Hostile("OptionalInt.of(-1)", OptionalInt.of(-1)),
                new Hostile(
                    "OptionalInt.of(Integer.MIN_VALUE)", OptionalInt.of(Integer.MIN_VALUE))));
    s.valid(Function.class, () -> Function.identity());
    return s;
  }

  private static List<Hostile> texts(List<String> texts) {
    return texts.stream().map(t -> new Hostile("text " + printable(t), t)).toList();
  }

  /** A text with its control characters escaped, for reports. */
  public static String printable(String text) {
    StringBuilder sb = new StringBuilder("\"");
    for (char c : text.toCharArray()) {
      sb.append(c < 0x20 ? String.format("\\u%04x", (int) c) : String.valueOf(c));
    }
    return sb.append('"').toString();
  }

  /**
   * Registers the valid value of a type (a supplier: each call gets a fresh value).
   *
   * @param type the raw type
   * @param value the valid value
   * @param <T> the type
   * @return this
   */
  public <T> Samples valid(Class<T> type, Supplier<? extends T> value) {
    valid.put(type, value);
    return this;
  }

  /**
   * Registers the hostile values of a type.
   *
   * @param type the raw type
   * @param values the hostile values
   * @return this
   */
  public Samples hostile(Class<?> type, Supplier<List<Hostile>> values) {
    hostile.put(type, values);
    return this;
  }

  /**
   * A valid value of {@code type}.
   *
   * @param type the generic parameter type
   * @return the value, or empty if the catalogue has none
   */
  public Optional<Object> validValue(Type type) {
    Class<?> raw = raw(type);
    Supplier<?> s = valid.get(raw);
    if (s != null) {
      return Optional.of(s.get());
    }
    if (raw.isEnum()) {
      return Optional.of(raw.getEnumConstants()[0]);
    }
    if (raw.isArray()) {
      Type component =
          type instanceof GenericArrayType g ? g.getGenericComponentType() : raw.getComponentType();
      return validValue(component)
          .map(
              v -> {
                Object array = Array.newInstance(raw.getComponentType(), 1);
                Array.set(array, 0, v);
                return array;
              });
    }
    if (raw == Optional.class) {
      return validValue(argument(type, 0)).map(Optional::of);
    }
    if (raw == List.class || raw == Collection.class || raw == Iterable.class) {
      return validValue(argument(type, 0)).map(v -> new ArrayList<>(List.of(v)));
    }
    if (raw == Set.class) {
      return validValue(argument(type, 0)).map(v -> Set.of(v));
    }
    if (raw == Map.class) {
      Optional<Object> k = validValue(argument(type, 0));
      Optional<Object> v = validValue(argument(type, 1));
      return k.isPresent() && v.isPresent()
          ? Optional.of(Map.of(k.get(), v.get()))
          : Optional.empty();
    }
    if (raw == Map.Entry.class) {
      Optional<Object> k = validValue(argument(type, 0));
      Optional<Object> v = validValue(argument(type, 1));
      return k.isPresent() && v.isPresent()
          ? Optional.of(Map.entry(k.get(), v.get()))
          : Optional.empty();
    }
    return Optional.empty();
  }

  /**
   * The hostile values of {@code type} (not null: the catalogue passes null separately).
   *
   * @param type the generic parameter type
   * @return the values, possibly none
   */
  public List<Hostile> hostileValues(Type type) {
    Class<?> raw = raw(type);
    Supplier<List<Hostile>> s = hostile.get(raw);
    if (s != null) {
      return s.get();
    }
    if (raw.isArray() && !raw.getComponentType().isPrimitive()) {
      Object empty = Array.newInstance(raw.getComponentType(), 0);
      Object withNull = Array.newInstance(raw.getComponentType(), 1);
      return List.of(
          new Hostile("empty array", empty), new Hostile("array holding null", withNull));
    }
    if (raw == Optional.class) {
      List<Hostile> list = new ArrayList<>();
      list.add(new Hostile("Optional.empty()", Optional.empty()));
      for (Hostile h : hostileValues(argument(type, 0))) {
        list.add(new Hostile("Optional.of(" + h.what() + ")", Optional.of(h.value())));
      }
      return list;
    }
    if (raw == List.class || raw == Collection.class || raw == Iterable.class) {
      List<Hostile> list = new ArrayList<>();
      list.add(new Hostile("empty list", new ArrayList<>()));
      list.add(new Hostile("list holding null", new ArrayList<>(Arrays.asList((Object) null))));
      for (Hostile h : hostileValues(argument(type, 0))) {
        list.add(new Hostile("list of " + h.what(), new ArrayList<>(List.of(h.value()))));
      }
      return list;
    }
    if (raw == Set.class) {
      return List.of(
          new Hostile("empty set", Set.of()),
          new Hostile("set holding null", Collections.singleton(null)));
    }
    if (raw == Map.class) {
      Optional<Object> k = validValue(argument(type, 0));
      Optional<Object> v = validValue(argument(type, 1));
      List<Hostile> list = new ArrayList<>();
      list.add(new Hostile("empty map", Map.of()));
      if (k.isPresent()) {
        Map<Object, Object> m = new LinkedHashMap<>();
        m.put(k.get(), null);
        list.add(new Hostile("map with a null value", m));
      }
      if (v.isPresent()) {
        Map<Object, Object> m = new LinkedHashMap<>();
        m.put(null, v.get());
        list.add(new Hostile("map with a null key", m));
      }
      return list;
    }
    return List.of();
  }

  /** The raw class of a generic type; a wildcard or type variable by its first bound. */
  public static Class<?> raw(Type type) {
    if (type instanceof Class<?> c) {
      return c;
    }
    if (type instanceof ParameterizedType p) {
      return (Class<?>) p.getRawType();
    }
    if (type instanceof WildcardType w) {
      return raw(w.getUpperBounds()[0]);
    }
    if (type instanceof TypeVariable<?> v) {
      return raw(v.getBounds()[0]);
    }
    if (type instanceof GenericArrayType g) {
      return Array.newInstance(raw(g.getGenericComponentType()), 0).getClass();
    }
    throw new IllegalArgumentException("unknown type " + type);
  }

  private static Type argument(Type type, int i) {
    if (type instanceof ParameterizedType p) {
      Type a = p.getActualTypeArguments()[i];
      return a instanceof WildcardType w ? w.getUpperBounds()[0] : a;
    }
    return Object.class;
  }
}
