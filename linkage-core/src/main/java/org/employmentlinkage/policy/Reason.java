package org.employmentlinkage.policy;

import java.io.IOException;
import java.io.InvalidObjectException;
import java.io.ObjectInputStream;
import java.io.Serial;
import java.io.Serializable;
import java.util.List;
import org.employmentlinkage.core.internal.style.LinkageStyle;
import org.employmentlinkage.core.internal.style.SerialForms;
import org.immutables.value.Value;

/**
 * Why a decision came out as it did: a stable {@link ReasonCode reason code} (e.g. {@link
 * ReasonCode#SCOPE_MUNICIPAL_THRESHOLD_MET}), the clause it rests on, and the explanation in zh-CN
 * (authoritative) and en, and what it rests on ({@link #basis()}: the text, a reading or
 * configuration). A reason is self-contained: its texts do not depend on the JVM's locale.
 *
 * <p>Reasons for fixed outcomes are shared constants. Immutable, thread-safe and serializable;
 * equal when code, clause and texts are equal.
 *
 * <p>Serialized form: the attributes, read back through the builder (an invalid stream is an {@link
 * java.io.InvalidObjectException} naming the broken rule); a stream of the class itself is refused.
 */
@Value.Immutable
@LinkageStyle
public abstract class Reason implements Serializable {
  private static final long serialVersionUID = 1L;

  Reason() {}

  /**
   * The stable reason code; its {@link ReasonCode#name() name} is the code of JSON output and the
   * command line. Codes never change meaning between releases.
   *
   * @return the code
   */
  public abstract ReasonCode code();

  /**
   * The clause of 大政办发〔2018〕83号 this reason rests on.
   *
   * @return the clause
   */
  public abstract ClauseRef clause();

  /**
   * The explanation in Chinese (zh-CN), the authoritative text.
   *
   * @return the Chinese text
   */
  public abstract String zh();

  /**
   * The explanation in English.
   *
   * @return the English text
   */
  public abstract String en();

  /**
   * What the reason rests on: the text of its clause, a reading, or configuration; the same for
   * every reason with its {@link #code()} ({@link ReasonCode#basis()}).
   *
   * @return the basis
   */
  public ReasonBasis basis() {
    return code().basis();
  }

  /**
   * The readings the reason applies ({@link ReasonCode#interpretations()}): at least one when
   * {@link #basis()} is {@link ReasonBasis#READING}; their statements and sources are in the
   * policy's list of interpretations.
   *
   * @return the interpretation ids, unmodifiable, possibly empty
   */
  public List<InterpretationId> interpretations() {
    return code().interpretations();
  }

  /**
   * A reason.
   *
   * @param code the stable code
   * @param clause the clause it rests on
   * @param zh the Chinese text
   * @param en the English text
   * @return the reason
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if a text is blank
   */
  public static Reason of(ReasonCode code, ClauseRef clause, String zh, String en) {
    return builder().code(code).clause(clause).zh(zh).en(en).build();
  }

  @Value.Check
  void check() {
    if (zh().isBlank() || en().isBlank()) {
      throw new IllegalArgumentException("Reason " + code() + ": texts must not be blank");
    }
  }

  /**
   * The code, the clause and the Chinese text, e.g. {@code SCOPE_MUNICIPAL_THRESHOLD_MET
   * [大政办发〔2018〕83号 一（一）] 建设项目总投资额…}.
   *
   * @return a one-line summary
   */
  @Override
  public String toString() {
    return code() + " [" + clause() + "] " + zh();
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
   * Builds a {@link Reason}; {@code build()} throws {@link IllegalStateException} if an attribute
   * is missing and {@link IllegalArgumentException} if invalid.
   */
  public static final class Builder extends ImmutableReason.Builder {
    /** Creates an empty builder; prefer {@link Reason#builder()} or {@link Reason#of}. */
    public Builder() {}
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
    throw SerialForms.formRequired(Reason.class);
  }

  /**
   * Refuses a stream that names the value's class without its fields.
   *
   * @throws InvalidObjectException always
   */
  @Serial
  private void readObjectNoData() throws InvalidObjectException {
    throw SerialForms.formRequired(Reason.class);
  }

  /**
   * The serialized form: the attributes ({@code code}, {@code clause}, {@code zh}, {@code en}), an
   * absent optional as {@code null}, a collection as a list. It is read back through the builder,
   * so a stream is checked exactly as construction is, and its collections are copied.
   */
  private static final class SerializedForm implements Serializable {
    @Serial private static final long serialVersionUID = 1L;

    private final ReasonCode code;
    private final ClauseRef clause;
    private final String zh;
    private final String en;

    SerializedForm(Reason value) {
      code = value.code();
      clause = value.clause();
      zh = value.zh();
      en = value.en();
    }

    @Serial
    private void readObject(ObjectInputStream in) throws IOException, ClassNotFoundException {
      SerialForms.readFields(in, Reason.class);
    }

    @Serial
    private Object readResolve() throws InvalidObjectException {
      return SerialForms.resolve(
          Reason.class, () -> builder().code(code).clause(clause).zh(zh).en(en).build());
    }
  }
}
