package org.employmentlinkage.rules;

import java.io.IOException;
import java.io.InvalidObjectException;
import java.io.ObjectInputStream;
import java.io.Serial;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.employmentlinkage.core.internal.style.LinkageStyle;
import org.employmentlinkage.core.internal.style.SerialForms;
import org.employmentlinkage.money.Money;
import org.employmentlinkage.region.Region;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

/**
 * A region's widening of the major-project scope (一（一）: "各地区可根据本地实际扩大重大项目范围"), in force for a span
 * of dates, for projects located in the region (its county-level unit or pilot zone): a lower
 * investment threshold for construction projects, added project categories, and designated
 * projects. A project is major when the municipal rule or any widening in force for its location
 * says so: a widening can only add major projects.
 *
 * <p>No region is known to have widened the scope (瓦政办发〔2018〕66号 only forwards the document), so
 * the library ships none: widenings are configuration, and any widening in examples is labelled
 * hypothetical in {@link #source()}. A widening whose threshold is above 1亿元 would narrow the
 * municipal scope; {@link LinkagePolicy.Builder#build()} rejects it.
 *
 * <p>Immutable, thread-safe and serializable.
 *
 * <p>Serialized form: the attributes, read back through the builder (an invalid stream is an {@link
 * java.io.InvalidObjectException} naming the broken rule); a stream of the class itself is refused.
 */
@Value.Immutable
@LinkageStyle
public abstract class ScopeWidening implements Serializable {
  private static final long serialVersionUID = 1L;

  ScopeWidening() {}

  /**
   * The region whose projects the widening covers: a county-level unit or a pilot zone.
   *
   * @return the region
   */
  public abstract Region region();

  /**
   * The first day in force.
   *
   * @return the first day, inclusive
   */
  public abstract LocalDate effectiveFrom();

  /**
   * The last day in force, if the widening ends.
   *
   * @return the last day, inclusive, or empty for no end
   */
  public abstract Optional<LocalDate> effectiveUntil();

  /**
   * A lower total-investment threshold for construction projects ("以上": inclusive), at most 1亿元.
   *
   * @return the threshold, or empty
   */
  public abstract Optional<Money> threshold();

  /**
   * Project categories that are major whatever their investment, matched against {@link
   * org.employmentlinkage.domain.Project#categories()}.
   *
   * @return the categories, possibly empty
   */
  public abstract Set<String> addedCategories();

  /**
   * Projects designated major by identifier ({@link org.employmentlinkage.domain.Project#id()}).
   *
   * @return the identifiers, possibly empty
   */
  public abstract Set<String> designatedProjectIds();

  /**
   * Where the widening comes from: the region's document (number and date), or a label such as
   * "hypothetical configuration, not a published rule".
   *
   * @return the source, not blank
   */
  public abstract String source();

  /**
   * Whether the widening is in force on {@code date}.
   *
   * @param date the date
   * @return {@code true} if {@code effectiveFrom <= date} and, if it ends, {@code date <=
   *     effectiveUntil}
   * @throws NullPointerException if {@code date} is null
   */
  public boolean isInForceOn(LocalDate date) {
    return !date.isBefore(effectiveFrom())
        && effectiveUntil().map(u -> !date.isAfter(u)).orElse(true);
  }

  @Value.Check
  void check() {
    if (!region().isCountyLevel() && !region().isPilotZone()) {
      throw new IllegalArgumentException(
          "ScopeWidening: region must be a county-level unit or a pilot zone of Dalian, was "
              + region()
              + "; the city-wide scope is the document's own (总投资额1亿元以上)");
    }
    if (effectiveUntil().isPresent() && effectiveUntil().get().isBefore(effectiveFrom())) {
      throw new IllegalArgumentException(
          "ScopeWidening "
              + region()
              + ": effectiveUntil "
              + effectiveUntil().get()
              + " is before effectiveFrom "
              + effectiveFrom());
    }
    if (threshold().isEmpty() && addedCategories().isEmpty() && designatedProjectIds().isEmpty()) {
      throw new IllegalArgumentException(
          "ScopeWidening "
              + region()
              + ": give a threshold, added categories or designated projects; an empty widening"
              + " changes nothing");
    }
    if (source().isBlank()) {
      throw new IllegalArgumentException(
          "ScopeWidening "
              + region()
              + ": source must name the region's document or say"
              + " 'hypothetical'");
    }
    for (String s : addedCategories()) {
      if (s.isBlank()) {
        throw new IllegalArgumentException("ScopeWidening " + region() + ": a category is blank");
      }
    }
    for (String s : designatedProjectIds()) {
      if (s.isBlank()) {
        throw new IllegalArgumentException(
            "ScopeWidening " + region() + ": a designated project id is blank");
      }
    }
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
   * Builds a {@link ScopeWidening}; {@code build()} throws {@link IllegalStateException} if region,
   * effectiveFrom or source is missing and {@link IllegalArgumentException} if invalid.
   */
  public static final class Builder extends ImmutableScopeWidening.Builder {
    /** Creates an empty builder; prefer {@link ScopeWidening#builder()}. */
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
    throw SerialForms.formRequired(ScopeWidening.class);
  }

  /**
   * Refuses a stream that names the value's class without its fields.
   *
   * @throws InvalidObjectException always
   */
  @Serial
  private void readObjectNoData() throws InvalidObjectException {
    throw SerialForms.formRequired(ScopeWidening.class);
  }

  /**
   * The serialized form: the attributes ({@code region}, {@code effectiveFrom}, {@code
   * effectiveUntil}, {@code threshold}, {@code addedCategories}, {@code designatedProjectIds},
   * {@code source}), an absent optional as {@code null}, a collection as a list. It is read back
   * through the builder, so a stream is checked exactly as construction is, and its collections are
   * copied.
   */
  private static final class SerializedForm implements Serializable {
    @Serial private static final long serialVersionUID = 1L;

    private final Region region;
    private final LocalDate effectiveFrom;
    private final @Nullable LocalDate effectiveUntil;
    private final @Nullable Money threshold;
    private final List<String> addedCategories;
    private final List<String> designatedProjectIds;
    private final String source;

    SerializedForm(ScopeWidening value) {
      region = value.region();
      effectiveFrom = value.effectiveFrom();
      effectiveUntil = value.effectiveUntil().orElse(null);
      threshold = value.threshold().orElse(null);
      addedCategories = List.copyOf(value.addedCategories());
      designatedProjectIds = List.copyOf(value.designatedProjectIds());
      source = value.source();
    }

    @Serial
    private void readObject(ObjectInputStream in) throws IOException, ClassNotFoundException {
      SerialForms.readFields(in, ScopeWidening.class);
    }

    @Serial
    private Object readResolve() throws InvalidObjectException {
      return SerialForms.resolve(
          ScopeWidening.class,
          () ->
              builder()
                  .region(region)
                  .effectiveFrom(effectiveFrom)
                  .effectiveUntil(Optional.ofNullable(effectiveUntil))
                  .threshold(Optional.ofNullable(threshold))
                  .addedCategories(addedCategories)
                  .designatedProjectIds(designatedProjectIds)
                  .source(source)
                  .build());
    }
  }
}
