package org.employmentlinkage.policy;

import java.io.IOException;
import java.io.InvalidObjectException;
import java.io.ObjectInputStream;
import java.io.Serial;
import java.io.Serializable;
import java.time.Year;
import java.util.Objects;
import org.employmentlinkage.core.internal.style.SerialForms;
import org.jspecify.annotations.Nullable;

/**
 * A later name of a {@link ResponsibleUnit}, in use from a year on (e.g. 市国土房屋局 → 市自然资源局 from
 * 2019), with the source of that fact.
 *
 * <p>Immutable, thread-safe and serializable. Serialized form: the name, the year and the source,
 * read back through {@link #of(String, Year, String)} (an invalid stream is an {@link
 * InvalidObjectException}); a stream of the class itself is refused.
 */
public final class UnitAlias implements Serializable {
  private static final long serialVersionUID = 1L;

  /** The later name. */
  private final String name;

  /** The first year the later name is used. */
  private final Year since;

  /** Where the fact comes from. */
  private final String source;

  private UnitAlias(String name, Year since, String source) {
    this.name = name;
    this.since = since;
    this.source = source;
  }

  /**
   * A later name.
   *
   * @param name the later name, e.g. {@code 市自然资源局}
   * @param since the first year the later name is used
   * @param source where the fact comes from
   * @return the alias
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if {@code name} or {@code source} is blank
   */
  public static UnitAlias of(String name, Year since, String source) {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(since, "since");
    Objects.requireNonNull(source, "source");
    if (name.isBlank() || source.isBlank()) {
      throw new IllegalArgumentException("UnitAlias: name and source must not be blank");
    }
    return new UnitAlias(name, since, source);
  }

  /**
   * The later name.
   *
   * @return the name
   */
  public String name() {
    return name;
  }

  /**
   * The first year the later name is used (only the year is known).
   *
   * @return the year
   */
  public Year since() {
    return since;
  }

  /**
   * Where the fact comes from.
   *
   * @return the source
   */
  public String source() {
    return source;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof UnitAlias other
        && name.equals(other.name)
        && since.equals(other.since)
        && source.equals(other.source);
  }

  @Override
  public int hashCode() {
    return Objects.hash(name, since, source);
  }

  @Override
  public String toString() {
    return name + " (from " + since + ")";
  }

  /**
   * Writes the serialized form instead of this alias.
   *
   * @return the serialized form
   */
  @Serial
  private Object writeReplace() {
    return new SerializedForm(this);
  }

  /**
   * Refuses a stream of the alias itself.
   *
   * @param in the stream
   * @throws InvalidObjectException always
   */
  @Serial
  private void readObject(ObjectInputStream in) throws InvalidObjectException {
    throw SerialForms.formRequired(UnitAlias.class);
  }

  /** The serialized form: the name, the year and the source. */
  private static final class SerializedForm implements Serializable {
    @Serial private static final long serialVersionUID = 1L;

    /** The later name. */
    private final String name;

    /** The first year the later name is used. */
    private final Year since;

    /** Where the fact comes from. */
    private final String source;

    SerializedForm(UnitAlias alias) {
      this.name = alias.name;
      this.since = alias.since;
      this.source = alias.source;
    }

    @Serial
    private void readObject(ObjectInputStream in) throws IOException, ClassNotFoundException {
      SerialForms.readFields(in, UnitAlias.class);
    }

    @Serial
    private Object readResolve() throws InvalidObjectException {
      return SerialForms.resolve(UnitAlias.class, () -> of(name, since, source));
    }
  }
}
