package org.employmentlinkage.io.records;

import java.util.Objects;

/**
 * A fact that cannot be read: the field (as the facts name it, e.g. {@code graduationDate}), the
 * {@link Problem} and a detail (allowed values, the other field of a contradiction). Never the
 * value: values may be personal data.
 */
public final class FactException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  /** The field. */
  private final String field;

  /** What is wrong. */
  private final Problem problem;

  /** The detail, possibly empty. */
  private final String detail;

  /**
   * Creates the exception.
   *
   * @param field the field, e.g. {@code graduationDate}
   * @param problem what is wrong
   * @param detail allowed values or the other field, possibly empty; never the value
   * @throws NullPointerException if an argument is null
   */
  public FactException(String field, Problem problem, String detail) {
    super(field + ": " + problem + (detail.isEmpty() ? "" : " (" + detail + ")"));
    this.field = Objects.requireNonNull(field, "field");
    this.problem = Objects.requireNonNull(problem, "problem");
    this.detail = Objects.requireNonNull(detail, "detail");
  }

  /**
   * Creates the exception without a detail.
   *
   * @param field the field
   * @param problem what is wrong
   * @throws NullPointerException if an argument is null
   */
  public FactException(String field, Problem problem) {
    this(field, problem, "");
  }

  /**
   * The field, as the facts name it.
   *
   * @return the field
   */
  public String field() {
    return field;
  }

  /**
   * What is wrong.
   *
   * @return the problem
   */
  public Problem problem() {
    return problem;
  }

  /**
   * The detail: allowed values, or the other field of a contradiction; possibly empty.
   *
   * @return the detail
   */
  public String detail() {
    return detail;
  }

  /**
   * The same problem for another field name (e.g. the option the user typed).
   *
   * @param newField the name to report
   * @return a new exception
   * @throws NullPointerException if {@code newField} is null
   */
  public FactException withField(String newField) {
    FactException e = new FactException(newField, problem, detail);
    e.setStackTrace(getStackTrace());
    return e;
  }
}
