package org.employmentlinkage.policy;

import java.io.IOException;
import java.io.InvalidObjectException;
import java.io.ObjectInputStream;
import java.io.Serial;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.employmentlinkage.core.internal.style.LinkageStyle;
import org.employmentlinkage.core.internal.style.SerialForms;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

/**
 * A policy document (政策文件): number (文号), title, issuer and issue date, the document it forwards
 * (转发) and the documents it is based on (根据). See {@link PolicyDocuments} for 大政办发〔2018〕83号 and its
 * chain.
 *
 * <p>Immutable, thread-safe and serializable.
 *
 * <p>Serialized form: the attributes, read back through the builder (an invalid stream is an {@link
 * java.io.InvalidObjectException} naming the broken rule); a stream of the class itself is refused.
 */
@Value.Immutable
@LinkageStyle
public abstract class PolicyDocument implements Serializable {
  private static final long serialVersionUID = 1L;

  PolicyDocument() {}

  /**
   * The document number (文号), e.g. {@code 大政办发〔2018〕83号}.
   *
   * @return the number, not blank
   */
  public abstract String number();

  /**
   * The title, e.g. {@code 大连市人民政府办公厅关于建立重大项目建设与促进就业联动机制的意见}.
   *
   * @return the title, not blank
   */
  public abstract String title();

  /**
   * The issuing body, e.g. {@code 大连市人民政府办公厅}.
   *
   * @return the issuer, not blank
   */
  public abstract String issuer();

  /**
   * The issue date (成文日期) as the document states it, if known to this project.
   *
   * @return the date, or empty if not known
   */
  public abstract Optional<LocalDate> issued();

  /**
   * The dates the document is in force, as far as the sources say (sourced; a policy can be
   * configured with another window).
   *
   * @return the validity window, or empty if not known to this project
   */
  public abstract Optional<ValidityWindow> validity();

  /**
   * The document this one forwards (转发), if it is a forwarding notice.
   *
   * @return the forwarded document, or empty
   */
  public abstract Optional<PolicyDocument> forwards();

  /**
   * The documents this one is based on (根据…精神).
   *
   * @return the basis documents, possibly empty
   */
  public abstract List<PolicyDocument> basedOn();

  /**
   * Remarks on the document, such as its publication status.
   *
   * @return the note, or empty
   */
  public abstract Optional<String> note();

  @Value.Check
  void check() {
    if (number().isBlank() || title().isBlank() || issuer().isBlank()) {
      throw new IllegalArgumentException(
          "PolicyDocument: number, title and issuer must not be blank");
    }
  }

  /**
   * The number and title, e.g. {@code 大政办发〔2018〕83号 《…意见》}.
   *
   * @return the citation text
   */
  @Override
  public String toString() {
    return number() + " 《" + title() + "》";
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
   * Builds a {@link PolicyDocument}; {@code build()} throws {@link IllegalStateException} if an
   * attribute is missing and {@link IllegalArgumentException} if invalid.
   */
  public static final class Builder extends ImmutablePolicyDocument.Builder {
    /** Creates an empty builder; prefer {@link PolicyDocument#builder()}. */
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
    throw SerialForms.formRequired(PolicyDocument.class);
  }

  /**
   * Refuses a stream that names the value's class without its fields.
   *
   * @throws InvalidObjectException always
   */
  @Serial
  private void readObjectNoData() throws InvalidObjectException {
    throw SerialForms.formRequired(PolicyDocument.class);
  }

  /**
   * The serialized form: the attributes ({@code number}, {@code title}, {@code issuer}, {@code
   * issued}, {@code validity}, {@code forwards}, {@code basedOn}, {@code note}), an absent optional
   * as {@code null}, a collection as a list. It is read back through the builder, so a stream is
   * checked exactly as construction is, and its collections are copied.
   */
  private static final class SerializedForm implements Serializable {
    @Serial private static final long serialVersionUID = 1L;

    private final String number;
    private final String title;
    private final String issuer;
    private final @Nullable LocalDate issued;
    private final @Nullable ValidityWindow validity;
    private final @Nullable PolicyDocument forwards;
    private final List<PolicyDocument> basedOn;
    private final @Nullable String note;

    SerializedForm(PolicyDocument value) {
      number = value.number();
      title = value.title();
      issuer = value.issuer();
      issued = value.issued().orElse(null);
      validity = value.validity().orElse(null);
      forwards = value.forwards().orElse(null);
      basedOn = List.copyOf(value.basedOn());
      note = value.note().orElse(null);
    }

    @Serial
    private void readObject(ObjectInputStream in) throws IOException, ClassNotFoundException {
      SerialForms.readFields(in, PolicyDocument.class);
    }

    @Serial
    private Object readResolve() throws InvalidObjectException {
      return SerialForms.resolve(
          PolicyDocument.class,
          () ->
              builder()
                  .number(number)
                  .title(title)
                  .issuer(issuer)
                  .issued(Optional.ofNullable(issued))
                  .validity(Optional.ofNullable(validity))
                  .forwards(Optional.ofNullable(forwards))
                  .basedOn(basedOn)
                  .note(Optional.ofNullable(note))
                  .build());
    }
  }
}
