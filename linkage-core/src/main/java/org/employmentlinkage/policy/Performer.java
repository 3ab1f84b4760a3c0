package org.employmentlinkage.policy;

import java.io.IOException;
import java.io.InvalidObjectException;
import java.io.ObjectInputStream;
import java.io.Serial;
import java.io.Serializable;
import java.util.Optional;
import org.employmentlinkage.core.internal.style.LinkageStyle;
import org.employmentlinkage.core.internal.style.SerialForms;
import org.employmentlinkage.region.Region;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

/**
 * Who carries out a duty: a {@link PerformerRole role} as the sentence words it, made concrete with
 * the region (e.g. the project's county-level unit for "项目落地区市县（先导区）"), the sub-district or
 * township identifier, and a configured name (e.g. the service specialist's contact) where known.
 *
 * <p>Immutable, thread-safe and serializable.
 *
 * <p>Serialized form: the attributes, read back through the builder (an invalid stream is an {@link
 * java.io.InvalidObjectException} naming the broken rule); a stream of the class itself is refused.
 */
@Value.Immutable
@LinkageStyle
public abstract class Performer implements Serializable {
  private static final long serialVersionUID = 1L;

  Performer() {}

  /**
   * The role.
   *
   * @return the role
   */
  public abstract PerformerRole role();

  /**
   * The region whose body performs the duty, if known: {@link Region#DALIAN} for the city level, a
   * county-level unit or pilot zone otherwise; empty when the clause means all levels (各级) or the
   * project's location is not known.
   *
   * @return the region, or empty
   */
  public abstract Optional<Region> region();

  /**
   * The sub-district or township (街道（乡镇）) identifier, for {@link
   * PerformerRole#SUBDISTRICT_OR_TOWNSHIP}, if the project's location gives one.
   *
   * @return the identifier, or empty
   */
  public abstract Optional<String> subdistrict();

  /**
   * A configured name or contact, e.g. of the region's service specialist.
   *
   * @return the name, or empty
   */
  public abstract Optional<String> name();

  /**
   * A performer with only a role.
   *
   * @param role the role
   * @return the performer
   * @throws NullPointerException if {@code role} is null
   */
  public static Performer of(PerformerRole role) {
    return builder().role(role).build();
  }

  /**
   * A performer with a role in a region.
   *
   * @param role the role
   * @param region the region
   * @return the performer
   * @throws NullPointerException if an argument is null
   */
  public static Performer of(PerformerRole role, Region region) {
    return builder().role(role).region(region).build();
  }

  /**
   * The role, region and sub-district, e.g. {@code 项目落地区市县（先导区）@瓦房店市(210281)}.
   *
   * @return a short label
   */
  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder(role().zh());
    region().ifPresent(r -> sb.append('@').append(r));
    subdistrict().ifPresent(s -> sb.append('/').append(s));
    name().ifPresent(n -> sb.append(" (").append(n).append(')'));
    return sb.toString();
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
   * Builds a {@link Performer}; {@code build()} throws {@link IllegalStateException} if the role is
   * missing.
   */
  public static final class Builder extends ImmutablePerformer.Builder {
    /** Creates an empty builder; prefer {@link Performer#of} or {@link Performer#builder()}. */
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
    throw SerialForms.formRequired(Performer.class);
  }

  /**
   * Refuses a stream that names the value's class without its fields.
   *
   * @throws InvalidObjectException always
   */
  @Serial
  private void readObjectNoData() throws InvalidObjectException {
    throw SerialForms.formRequired(Performer.class);
  }

  /**
   * The serialized form: the attributes ({@code role}, {@code region}, {@code subdistrict}, {@code
   * name}), an absent optional as {@code null}, a collection as a list. It is read back through the
   * builder, so a stream is checked exactly as construction is, and its collections are copied.
   */
  private static final class SerializedForm implements Serializable {
    @Serial private static final long serialVersionUID = 1L;

    private final PerformerRole role;
    private final @Nullable Region region;
    private final @Nullable String subdistrict;
    private final @Nullable String name;

    SerializedForm(Performer value) {
      role = value.role();
      region = value.region().orElse(null);
      subdistrict = value.subdistrict().orElse(null);
      name = value.name().orElse(null);
    }

    @Serial
    private void readObject(ObjectInputStream in) throws IOException, ClassNotFoundException {
      SerialForms.readFields(in, Performer.class);
    }

    @Serial
    private Object readResolve() throws InvalidObjectException {
      return SerialForms.resolve(
          Performer.class,
          () ->
              builder()
                  .role(role)
                  .region(Optional.ofNullable(region))
                  .subdistrict(Optional.ofNullable(subdistrict))
                  .name(Optional.ofNullable(name))
                  .build());
    }
  }
}
