package org.employmentlinkage.policy;

import java.io.InvalidObjectException;
import java.io.ObjectInputStream;
import java.io.Serializable;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One sentence of the policy text the jar carries (瓦政办发〔2018〕66号 with the forwarded 大政办发〔2018〕83号),
 * with its stable id: e.g. {@code 二（三）.2} (the second sentence of item （三） of part 二, its heading
 * being {@code .1}), {@code 二（三）.责任单位} (the list of responsible units that closes the item), {@code
 * 三 末段（服务专员）.1}, {@code 83号.序言} or {@code 66号.日期}. {@link PolicyDocuments#sentences()} lists them
 * all, in the order of the text.
 *
 * <p>Immutable, thread-safe and serializable; equal when id and text are equal. Serialized form:
 * the id and the text, checked when read as {@link #of(String, String)} checks them (an {@link
 * InvalidObjectException} otherwise).
 */
public final class PolicySentence implements Serializable {
  private static final long serialVersionUID = 1L;

  /** The stable id. */
  private final String id;

  /** The sentence exactly as in the text (a title split over lines is joined without breaks). */
  private final String text;

  private PolicySentence(String id, String text) {
    this.id = id;
    this.text = text;
  }

  /**
   * A sentence.
   *
   * @param id the stable id, e.g. {@code 二（三）.2}
   * @param text the sentence
   * @return the sentence
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the id or the text is blank
   */
  public static PolicySentence of(String id, String text) {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(text, "text");
    check(id, text);
    return new PolicySentence(id, text);
  }

  private static void check(String id, String text) {
    if (id.isBlank() || text.isBlank()) {
      throw new IllegalArgumentException("PolicySentence: id and text must not be blank");
    }
  }

  /**
   * The stable id.
   *
   * @return the id
   */
  public String id() {
    return id;
  }

  /**
   * The sentence, exactly as in the text.
   *
   * @return the text
   */
  public String text() {
    return text;
  }

  /**
   * The number of the document the sentence belongs to: {@code 瓦政办发〔2018〕66号} for ids starting with
   * {@code 66号}, else {@code 大政办发〔2018〕83号}.
   *
   * @return the document number
   */
  public String documentNumber() {
    return id.startsWith("66号") ? ClauseRef.FORWARDING_NUMBER : ClauseRef.DOCUMENT_NUMBER;
  }

  /**
   * Reads the value and checks it as the factory does.
   *
   * @param in the stream
   * @throws java.io.IOException if the stream fails or the value is invalid ({@link
   *     InvalidObjectException})
   * @throws ClassNotFoundException if a class of the stream is missing
   */
  private void readObject(ObjectInputStream in) throws java.io.IOException, ClassNotFoundException {
    in.defaultReadObject();
    if (id == null || text == null || id.isBlank() || text.isBlank()) {
      throw new InvalidObjectException("PolicySentence: id and text must not be blank");
    }
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof PolicySentence other && id.equals(other.id) && text.equals(other.text);
  }

  @Override
  public int hashCode() {
    return Objects.hash(id, text);
  }

  /**
   * The id and the text, e.g. {@code 一（一）.2 本意见中重大项目是指…}.
   *
   * @return a one-line summary
   */
  @Override
  public String toString() {
    return id + " " + text;
  }
}
