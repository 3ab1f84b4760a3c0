package org.employmentlinkage.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InvalidObjectException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.OutputStream;
import java.lang.reflect.Field;
import java.util.LinkedHashMap;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/**
 * PolicySpec travels in Spark's broadcast as a Java-serialized stream, so it gets what
 * linkage-gates' SerializationGateTest gives every serializable type of the libraries (that gate
 * cannot load linkage-spark's classes without Spark): a valid round trip, and tampered streams
 * refused with {@link InvalidObjectException}, written honestly by changing the serialized form's
 * fields on the way into the stream.
 */
class PolicySpecSerializationTest {
  private static final String NOTICE =
      "notice: 测试用假设〔2026〕9号\n"
          + "title: 测试用假设通知（非官方）\n"
          + "released: 2026-11-01\n"
          + "year: 2027\n"
          + "source: https://example.invalid/linkage-test/spec\n"
          + "rest: 2027-01-01..2027-01-03 元旦\n";

  /** Writes {@code value}, letting {@code tamper} change its serialized form's fields. */
  private static byte[] write(Object value, Consumer<Object> tamper) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new Tampering(bytes, tamper)) {
      out.writeObject(value);
    }
    return bytes.toByteArray();
  }

  private static Object read(byte[] bytes) throws IOException, ClassNotFoundException {
    try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes))) {
      return in.readObject();
    }
  }

  private static final class Tampering extends ObjectOutputStream {
    private final Consumer<Object> tamper;

    Tampering(OutputStream out, Consumer<Object> tamper) throws IOException {
      super(out);
      this.tamper = tamper;
      enableReplaceObject(true);
    }

    @Override
    protected Object replaceObject(Object obj) {
      if (obj.getClass().getName().endsWith("PolicySpec$Form")) {
        tamper.accept(obj);
      }
      return obj;
    }
  }

  private static Consumer<Object> set(String field, Object value) {
    return form -> {
      try {
        Field f = form.getClass().getDeclaredField(field);
        f.setAccessible(true);
        f.set(form, value);
      } catch (ReflectiveOperationException e) {
        throw new IllegalStateException(e);
      }
    };
  }

  @Test
  void aSpecRoundTripsToTheSamePolicy() throws Exception {
    PolicySpec spec = PolicySpec.defaults().withNotices("n.txt", NOTICE).withProvisional(true);
    Object back = read(write(spec, form -> {}));
    assertThat(back).isInstanceOf(PolicySpec.class);
    PolicySpec copy = (PolicySpec) back;
    assertThat(copy.noticeNames()).containsExactly("n.txt");
    assertThat(copy.provisional()).isTrue();
    // the same texts: the same policy, built once in this JVM
    assertThat(copy.policy()).isSameAs(spec.policy());
  }

  @Test
  void tamperedStreamsAreRefused() throws Exception {
    PolicySpec spec = PolicySpec.defaults().withNotices("n.txt", NOTICE);
    LinkedHashMap<String, String> nullText = new LinkedHashMap<>();
    nullText.put("n.txt", null);
    LinkedHashMap<String, String> badNotice = new LinkedHashMap<>();
    badNotice.put("n.txt", "notice: but nothing else");
    for (Consumer<Object> tamper :
        java.util.List.of(
            set("notices", null),
            set("schedules", null),
            set("notices", nullText),
            set("notices", badNotice),
            set("settingsName", "orphan.settings"),
            set("settingsText", "label = x"))) {
      byte[] bytes = write(spec, tamper);
      assertThatThrownBy(() -> read(bytes)).isInstanceOf(InvalidObjectException.class);
    }
  }

  @Test
  void aStreamOfTheSpecItselfIsRefused() throws Exception {
    // the proxy is the only way in: a stream naming PolicySpec with its own fields is refused
    byte[] form = write(PolicySpec.defaults(), f -> {});
    String name = "org.employmentlinkage.spark.PolicySpec$Form";
    assertThat(new String(form, java.nio.charset.StandardCharsets.ISO_8859_1)).contains(name);
    assertThatThrownBy(
            () -> {
              java.lang.reflect.Method m =
                  PolicySpec.class.getDeclaredMethod("readObject", ObjectInputStream.class);
              m.setAccessible(true);
              try {
                m.invoke(PolicySpec.defaults(), (ObjectInputStream) null);
              } catch (java.lang.reflect.InvocationTargetException e) {
                throw e.getCause();
              }
            })
        .isInstanceOf(InvalidObjectException.class);
  }
}
