package org.employmentlinkage.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import com.google.common.testing.SerializableTester;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InvalidObjectException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The serialized form of {@link Money}: the number of 分, checked when read. */
class MoneySerializationTest {

  @Test
  void roundTripKeepsTheAmount() throws Exception {
    for (Money money :
        List.of(
            Money.ZERO,
            Money.ofFen(1),
            Money.parse("1亿元"),
            Money.parse("99999999.99"),
            Money.MAX)) {
      Money back = SerializableTester.reserializeAndAssert(money); // equal, same hash code

      assertThat(back.yuan()).isEqualTo(money.yuan());
      assertThat(back.toDisplayString()).isEqualTo(money.toDisplayString());
    }
  }

  @Test
  void aStreamWithANegativeAmountIsRejected() throws Exception {
    byte[] bytes = withFen(write(Money.ofFen(1)), -1);

    assertThatExceptionOfType(InvalidObjectException.class)
        .isThrownBy(() -> read(bytes))
        .withMessage("Money: serialized amount of -1 分 is outside 0..999999999999999999 分");
  }

  @Test
  void aStreamWithAnAmountAboveTheLargestIsRejected() throws Exception {
    byte[] bytes = withFen(write(Money.ofFen(1)), 1_000_000_000_000_000_000L);

    assertThatExceptionOfType(InvalidObjectException.class).isThrownBy(() -> read(bytes));
  }

  /** Replaces the only field's value, the last 8 bytes of the stream (big-endian long). */
  private static byte[] withFen(byte[] bytes, long fen) {
    int at = bytes.length - Long.BYTES;
    assertThat(ByteBuffer.wrap(bytes, at, Long.BYTES).getLong()).isEqualTo(1L); // sanity: found it
    byte[] patched = Arrays.copyOf(bytes, bytes.length);
    ByteBuffer.wrap(patched, at, Long.BYTES).putLong(fen);
    return patched;
  }

  private static byte[] write(Object o) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(o);
    }
    return bytes.toByteArray();
  }

  private static Object read(byte[] bytes) throws IOException, ClassNotFoundException {
    try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes))) {
      return in.readObject();
    }
  }
}
