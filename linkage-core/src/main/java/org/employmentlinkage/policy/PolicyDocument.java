package org.employmentlinkage.policy;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.employmentlinkage.core.internal.style.LinkageStyle;
import org.immutables.value.Value;

/**
 * A policy document (政策文件): number (文号), title, issuer and issue date, the document it forwards
 * (转发) and the documents it is based on (根据). See {@link PolicyDocuments} for 大政办发〔2018〕83号 and its
 * chain.
 *
 * <p>Immutable, thread-safe and serializable.
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
}
