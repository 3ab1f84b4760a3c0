package org.employmentlinkage.jackson;

/**
 * A document that does not have the shape: thrown by {@link In} and the shapes' readers, turned
 * into Jackson's {@code MismatchedInputException} (with the parser's location) by the
 * deserializers. The message starts with the JSON path of the value, e.g. {@code
 * $.duties[0].deadline.due: …}.
 */
final class ShapeException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  ShapeException(String message) {
    super(message);
  }

  ShapeException(String message, Throwable cause) {
    super(message, cause);
  }
}
