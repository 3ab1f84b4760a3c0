package org.employmentlinkage.core.internal.style;

import java.io.IOException;
import java.io.InvalidObjectException;
import java.io.ObjectInputStream;
import java.util.function.Supplier;

/**
 * The one way every linkage value reads its serialized form (Effective Java, item 90): a private
 * nested proxy holds the attributes, and its {@code readResolve} builds the value again through the
 * public builder or factory, so a stream is checked exactly as construction is and every collection
 * is copied. Any broken rule, a missing value or a value of the wrong type becomes an {@link
 * InvalidObjectException} whose message names the type and the rule; the value class itself refuses
 * to be read ({@link #formRequired(Class)}).
 *
 * <p>The forms read no sizes themselves: the lengths of lists and maps in a stream are read by the
 * JDK's own collections, which consult the stream's {@link java.io.ObjectInputFilter}. Callers that
 * read streams they do not trust should set one (e.g. {@code jdk.serialFilter} with {@code
 * maxarray}, {@code maxdepth} and {@code maxbytes}).
 *
 * <p>Not API: this package is exported only to the other linkage modules. Thread-safe (stateless).
 */
public final class SerialForms {
  /** The longest rule text an exception message carries. */
  private static final int MAX_MESSAGE = 300;

  private SerialForms() {}

  /**
   * The exception a value class throws when a stream holds the class itself rather than its
   * serialized form.
   *
   * @param type the value class
   * @return the exception to throw
   */
  public static InvalidObjectException formRequired(Class<?> type) {
    return new InvalidObjectException(
        name(type) + ": proxy required (only the serialized form is read)");
  }

  /**
   * Reads the fields of a serialized form, turning a field of the wrong type into an {@link
   * InvalidObjectException}.
   *
   * @param in the stream
   * @param type the value class the form stands for
   * @throws IOException if reading fails, or {@link InvalidObjectException} if a field has the
   *     wrong type
   * @throws ClassNotFoundException if a class of the stream is missing
   */
  public static void readFields(ObjectInputStream in, Class<?> type)
      throws IOException, ClassNotFoundException {
    try {
      in.defaultReadObject();
    } catch (RuntimeException e) {
      throw invalid(type, e);
    }
  }

  /**
   * Builds the value of a serialized form, turning every rule the builder or factory refuses into
   * an {@link InvalidObjectException}.
   *
   * @param type the value class
   * @param build builds the value from the form's fields
   * @param <T> the value class
   * @return the value
   * @throws InvalidObjectException if the value breaks a rule
   */
  public static <T> T resolve(Class<T> type, Supplier<? extends T> build)
      throws InvalidObjectException {
    try {
      return build.get();
    } catch (RuntimeException e) {
      throw invalid(type, e);
    }
  }

  /**
   * The exception for a serialized form that breaks a rule: the type and the rule, with the
   * builder's exception as the cause. The message of a {@link NullPointerException} names the
   * missing attribute; a {@link ClassCastException}, whose message names classes only, becomes "a
   * value of the wrong type". Rule messages never carry a person's values (the value types' checks
   * name the attribute, not the value), and a long one is abbreviated.
   *
   * @param type the value class
   * @param e what the builder threw
   * @return the exception to throw
   */
  public static InvalidObjectException invalid(Class<?> type, RuntimeException e) {
    String rule;
    if (e instanceof NullPointerException) {
      rule = (e.getMessage() == null ? "a required value" : e.getMessage()) + " is missing (null)";
    } else if (e instanceof ClassCastException) {
      rule = "a value of the wrong type";
    } else {
      rule = String.valueOf(e.getMessage());
    }
    if (rule.length() > MAX_MESSAGE) {
      rule = rule.substring(0, MAX_MESSAGE) + "…";
    }
    InvalidObjectException ioe = new InvalidObjectException(name(type) + " from a stream: " + rule);
    ioe.initCause(e);
    return ioe;
  }

  private static String name(Class<?> type) {
    String n = type.getName();
    return n.substring(n.lastIndexOf('.') + 1).replace('$', '.');
  }
}
