package org.employmentlinkage.jackson;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;

/**
 * Writes a value given to Jackson as a document of the shape: {@code schema}, {@code document},
 * then its fields. The values inside it are written by their shapes directly, without {@code
 * schema} and {@code type}. Thread-safe.
 */
final class DocumentSerializer<T> extends StdSerializer<T> {
  private static final long serialVersionUID = 1L;

  private final transient Shape<T> shape;

  DocumentSerializer(Shape<T> shape) {
    super(shape.type());
    this.shape = shape;
  }

  @Override
  public void serialize(T value, JsonGenerator gen, SerializerProvider provider)
      throws IOException {
    shape.writeDocument(new Out(gen), value);
  }
}
