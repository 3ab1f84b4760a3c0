package org.employmentlinkage.policy;

import java.io.IOException;
import java.io.InvalidObjectException;
import java.io.ObjectInputStream;
import java.io.Serial;
import java.io.Serializable;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.employmentlinkage.core.internal.style.LinkageStyle;
import org.employmentlinkage.core.internal.style.SerialForms;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

/**
 * A reading (解读) of a term 大政办发〔2018〕83号 leaves open, as a policy applies it: a typed {@link #id()
 * id}, the statement of the reading in force in zh-CN (authoritative) and en, the source it follows
 * (a national document that uses the same term, with its number and article, or "none verified: a
 * design choice"), and either the alternatives a user can choose with the default and the one
 * chosen, or none at all for a {@link #fixed() fixed} reading (one the library always applies and
 * cites but lets no one change, such as 以上含本数).
 *
 * <p>A reading is never the policy's rule: every {@link Reason} that rests on it has {@link
 * ReasonBasis#READING} (or {@link ReasonBasis#CONFIGURATION} when a caller's setting chose it) and
 * names it in {@link Reason#interpretations()}; its Chinese text says 本库解读 or 按配置.
 *
 * <p>Immutable, thread-safe and serializable.
 *
 * <p>Serialized form: the attributes, read back through the builder (an invalid stream is an {@link
 * java.io.InvalidObjectException} naming the broken rule); a stream of the class itself is refused.
 */
@Value.Immutable
@LinkageStyle
public abstract class Interpretation implements Serializable {
  private static final long serialVersionUID = 1L;

  Interpretation() {}

  /**
   * The typed identifier.
   *
   * @return the id
   */
  public abstract InterpretationId id();

  /**
   * The clauses whose term this reading reads.
   *
   * @return the clauses, possibly empty (a reading of the whole document, such as its validity)
   */
  public abstract List<ClauseRef> clauses();

  /**
   * The reading in force, in Chinese (zh-CN, authoritative): for a configurable reading, the
   * statement of the chosen alternative.
   *
   * @return the statement
   */
  public abstract String zh();

  /**
   * The reading in force, in English.
   *
   * @return the statement
   */
  public abstract String en();

  /**
   * The source the reading follows, in Chinese: a national document or statute with its number and
   * article and how this project verified it, or 未核实到来源：本库的设计选择.
   *
   * @return the source
   */
  public abstract String sourceZh();

  /**
   * The source the reading follows, in English.
   *
   * @return the source
   */
  public abstract String sourceEn();

  /**
   * Whether the reading is fixed: applied and cited, but not configurable.
   *
   * @return {@code true} for a fixed reading, which has no alternatives
   */
  public abstract boolean fixed();

  /**
   * The alternatives a user can choose, default first; empty for a fixed reading.
   *
   * @return the alternatives
   */
  public abstract List<Alternative> alternatives();

  /**
   * The key of the default alternative; empty for a fixed reading.
   *
   * @return the default's key
   */
  public abstract Optional<String> defaultAlternative();

  /**
   * The key of the alternative in force; empty for a fixed reading.
   *
   * @return the chosen alternative's key
   */
  public abstract Optional<String> chosen();

  /**
   * Whether the alternative in force is the default (always {@code true} for a fixed reading).
   *
   * @return {@code true} if the default applies
   */
  public boolean isDefault() {
    return chosen().equals(defaultAlternative());
  }

  @Value.Check
  void check() {
    if (zh().isBlank() || en().isBlank() || sourceZh().isBlank() || sourceEn().isBlank()) {
      throw new IllegalArgumentException(
          "Interpretation " + id() + ": statements and sources must not be blank");
    }
    if (fixed()) {
      if (!alternatives().isEmpty() || defaultAlternative().isPresent() || chosen().isPresent()) {
        throw new IllegalArgumentException(
            "Interpretation " + id() + ": a fixed reading has no alternatives");
      }
      return;
    }
    Set<String> keys = new HashSet<>();
    for (Alternative a : alternatives()) {
      if (!keys.add(a.key())) {
        throw new IllegalArgumentException(
            "Interpretation " + id() + ": alternative " + a.key() + " appears twice");
      }
    }
    if (keys.size() < 2
        || defaultAlternative().isEmpty()
        || chosen().isEmpty()
        || !keys.contains(defaultAlternative().get())
        || !keys.contains(chosen().get())) {
      throw new IllegalArgumentException(
          "Interpretation "
              + id()
              + ": a configurable reading has at least two alternatives, and its default and"
              + " chosen alternative are among them");
    }
  }

  /**
   * The id, and the chosen alternative or {@code FIXED}, e.g. {@code LOCALITY=RESIDENCE}.
   *
   * @return a short label
   */
  @Override
  public String toString() {
    return id() + "=" + chosen().orElse("FIXED");
  }

  /**
   * A new builder.
   *
   * @return an empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds an {@link Interpretation}; {@code build()} throws {@link IllegalStateException} if an
   * attribute is missing and {@link IllegalArgumentException} if invalid.
   */
  public static final class Builder extends ImmutableInterpretation.Builder {
    /** Creates an empty builder; prefer the policy's {@code interpretations()}. */
    public Builder() {}
  }

  /**
   * One alternative of a configurable reading: a stable key (upper-case ASCII, e.g. {@code
   * RESIDENCE}) and its statement in zh-CN and en.
   *
   * <p>Immutable, thread-safe and serializable; equal when key and texts are equal. Serialized
   * form: the key and the two statements, checked when read as {@link #of(String, String, String)}
   * checks them (an {@link InvalidObjectException} otherwise).
   */
  public static final class Alternative implements Serializable {
    private static final long serialVersionUID = 1L;

    /** The key. */
    private final String key;

    /** The Chinese statement. */
    private final String zh;

    /** The English statement. */
    private final String en;

    private Alternative(String key, String zh, String en) {
      this.key = key;
      this.zh = zh;
      this.en = en;
    }

    /**
     * An alternative.
     *
     * @param key the key: upper-case ASCII letters, digits and underscores
     * @param zh the statement in Chinese
     * @param en the statement in English
     * @return the alternative
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if the key is malformed or a statement is blank
     */
    public static Alternative of(String key, String zh, String en) {
      Objects.requireNonNull(key, "key");
      Objects.requireNonNull(zh, "zh");
      Objects.requireNonNull(en, "en");
      check(key, zh, en);
      return new Alternative(key, zh, en);
    }

    private static void check(String key, String zh, String en) {
      if (!key.matches("[A-Z][A-Z0-9_]*")) {
        throw new IllegalArgumentException(
            "Interpretation.Alternative: key '"
                + key
                + "' must be upper-case ASCII letters, digits and underscores");
      }
      if (zh.isBlank() || en.isBlank()) {
        throw new IllegalArgumentException(
            "Interpretation.Alternative " + key + ": statements must not be blank");
      }
    }

    /**
     * The stable key.
     *
     * @return the key
     */
    public String key() {
      return key;
    }

    /**
     * The statement in Chinese.
     *
     * @return the statement
     */
    public String zh() {
      return zh;
    }

    /**
     * The statement in English.
     *
     * @return the statement
     */
    public String en() {
      return en;
    }

    /**
     * Reads the value and checks it as the factory does.
     *
     * @param in the stream
     * @throws java.io.IOException if the stream fails or the value is invalid ({@link
     *     InvalidObjectException})
     * @throws ClassNotFoundException if a class of the stream is missing
     */
    private void readObject(ObjectInputStream in)
        throws java.io.IOException, ClassNotFoundException {
      SerialForms.readFields(in, Alternative.class);
      SerialForms.resolve(
          Alternative.class,
          () -> {
            Objects.requireNonNull(key, "key");
            Objects.requireNonNull(zh, "zh");
            Objects.requireNonNull(en, "en");
            check(key, zh, en);
            return this;
          });
    }

    @Override
    public boolean equals(@Nullable Object o) {
      return o instanceof Alternative other
          && key.equals(other.key)
          && zh.equals(other.zh)
          && en.equals(other.en);
    }

    @Override
    public int hashCode() {
      return Objects.hash(key, zh, en);
    }

    @Override
    public String toString() {
      return key;
    }
  }

  /**
   * Writes the serialized form, {@link SerializedForm}, instead of this value.
   *
   * @return the serialized form
   */
  @Serial
  Object writeReplace() {
    return new SerializedForm(this);
  }

  /**
   * Refuses a stream of the value itself: only the serialized form is read.
   *
   * @param in the stream
   * @throws InvalidObjectException always
   */
  @Serial
  private void readObject(ObjectInputStream in) throws InvalidObjectException {
    throw SerialForms.formRequired(Interpretation.class);
  }

  /**
   * Refuses a stream that names the value's class without its fields.
   *
   * @throws InvalidObjectException always
   */
  @Serial
  private void readObjectNoData() throws InvalidObjectException {
    throw SerialForms.formRequired(Interpretation.class);
  }

  /**
   * The serialized form: the attributes ({@code id}, {@code clauses}, {@code zh}, {@code en},
   * {@code sourceZh}, {@code sourceEn}, {@code fixed}, {@code alternatives}, {@code
   * defaultAlternative}, {@code chosen}), an absent optional as {@code null}, a collection as a
   * list. It is read back through the builder, so a stream is checked exactly as construction is,
   * and its collections are copied.
   */
  private static final class SerializedForm implements Serializable {
    @Serial private static final long serialVersionUID = 1L;

    private final InterpretationId id;
    private final List<ClauseRef> clauses;
    private final String zh;
    private final String en;
    private final String sourceZh;
    private final String sourceEn;
    private final boolean fixed;
    private final List<Alternative> alternatives;
    private final @Nullable String defaultAlternative;
    private final @Nullable String chosen;

    SerializedForm(Interpretation value) {
      id = value.id();
      clauses = List.copyOf(value.clauses());
      zh = value.zh();
      en = value.en();
      sourceZh = value.sourceZh();
      sourceEn = value.sourceEn();
      fixed = value.fixed();
      alternatives = List.copyOf(value.alternatives());
      defaultAlternative = value.defaultAlternative().orElse(null);
      chosen = value.chosen().orElse(null);
    }

    @Serial
    private void readObject(ObjectInputStream in) throws IOException, ClassNotFoundException {
      SerialForms.readFields(in, Interpretation.class);
    }

    @Serial
    private Object readResolve() throws InvalidObjectException {
      return SerialForms.resolve(
          Interpretation.class,
          () ->
              builder()
                  .id(id)
                  .clauses(clauses)
                  .zh(zh)
                  .en(en)
                  .sourceZh(sourceZh)
                  .sourceEn(sourceEn)
                  .fixed(fixed)
                  .alternatives(alternatives)
                  .defaultAlternative(Optional.ofNullable(defaultAlternative))
                  .chosen(Optional.ofNullable(chosen))
                  .build());
    }
  }
}
