package org.employmentlinkage.policy;

import java.io.IOException;
import java.io.InvalidObjectException;
import java.io.ObjectInputStream;
import java.io.Serial;
import java.io.Serializable;
import org.employmentlinkage.core.internal.style.LinkageStyle;
import org.employmentlinkage.core.internal.style.SerialForms;
import org.immutables.value.Value;

/**
 * A group of people the policy names (人员群体): either one of the priority groups (重点群体) of 一（二）/二（五）,
 * or a group the document treats separately. {@link #isPriority()} tells them apart.
 *
 * <p>一（二） and 二（五） name 高校毕业生、农村转移劳动力、去产能安置职工 "等": an open list, so a region may {@link
 * #customPriority add priority groups}; those are the groups with {@link #isPriority()} {@code
 * true}, whose local members are seated first when a major project recruits. The document treats
 * two groups separately: 被征地人员 (二（三）, 三（七）) and 应届高校毕业生 (三（六））; they are not 重点群体 and have {@link
 * #isPriority()} {@code false}.
 *
 * <p>The document does not define the groups; the definitions the rules apply are documented,
 * configurable defaults ({@code docs/adr/0003-policy-as-code.md}, "Groups"). Immutable, thread-safe
 * and serializable; groups are equal when all attributes are.
 *
 * <p>Serialized form: the attributes, read back through the builder (an invalid stream is an {@link
 * java.io.InvalidObjectException} naming the broken rule); a stream of the class itself is refused.
 */
@Value.Immutable
@LinkageStyle
public abstract class PersonGroup implements Serializable {
  private static final long serialVersionUID = 1L;

  /** 高校毕业生: college graduates (一（二）, 二（五）). */
  public static final PersonGroup COLLEGE_GRADUATE =
      of("COLLEGE_GRADUATE", "高校毕业生", "college graduates", ClauseRef.LINKAGE_GOALS, true);

  /** 农村转移劳动力: rural labour moving to non-farm work (一（二）, 二（五）). */
  public static final PersonGroup RURAL_TRANSFER_LABOUR =
      of(
          "RURAL_TRANSFER_LABOUR",
          "农村转移劳动力",
          "rural labour moving to non-farm work",
          ClauseRef.LINKAGE_GOALS,
          true);

  /** 去产能安置职工: workers resettled after overcapacity cuts (一（二）, 二（五）). */
  public static final PersonGroup OVERCAPACITY_RESETTLED_WORKER =
      of(
          "OVERCAPACITY_RESETTLED_WORKER",
          "去产能安置职工",
          "workers resettled after overcapacity cuts",
          ClauseRef.LINKAGE_GOALS,
          true);

  /** 被征地人员: persons whose land was expropriated (二（三）, 三（七）); treated separately. */
  public static final PersonGroup LAND_EXPROPRIATED_PERSON =
      of(
          "LAND_EXPROPRIATED_PERSON",
          "被征地人员",
          "land-expropriated persons",
          ClauseRef.LAND_EXPROPRIATION,
          false);

  /** 应届高校毕业生: current-year college graduates (三（六）); treated separately. */
  public static final PersonGroup CURRENT_YEAR_COLLEGE_GRADUATE =
      of(
          "CURRENT_YEAR_COLLEGE_GRADUATE",
          "应届高校毕业生",
          "current-year college graduates",
          ClauseRef.PUBLIC_EMPLOYMENT_SERVICE,
          false);

  PersonGroup() {}

  /**
   * The stable identifier, upper-case ASCII, e.g. {@code COLLEGE_GRADUATE}. For a {@link
   * #customPriority custom} group it is also the key of the person's certified status that makes
   * them a member.
   *
   * @return the identifier
   */
  public abstract String id();

  /**
   * The Chinese name, e.g. 高校毕业生.
   *
   * @return the Chinese name
   */
  public abstract String zh();

  /**
   * The English name.
   *
   * @return the English name
   */
  public abstract String en();

  /**
   * The clause that names the group.
   *
   * @return the clause
   */
  public abstract ClauseRef clause();

  /**
   * Whether the group is one of the 重点群体 of 一（二）/二（五） (including groups a region adds), whose local
   * members are seated first when a major project recruits.
   *
   * @return {@code true} for the 重点群体 list
   */
  public abstract boolean isPriority();

  /**
   * Whether this is one of the five groups the library defines.
   *
   * @return {@code true} for the built-in constants
   */
  public boolean isBuiltIn() {
    return equals(COLLEGE_GRADUATE)
        || equals(RURAL_TRANSFER_LABOUR)
        || equals(OVERCAPACITY_RESETTLED_WORKER)
        || equals(LAND_EXPROPRIATED_PERSON)
        || equals(CURRENT_YEAR_COLLEGE_GRADUATE);
  }

  /**
   * A priority group a region adds to the open list of 重点群体 ("等"), e.g. {@code
   * customPriority("RETIRED_SOLDIER", "退役军人", "retired soldiers")}. A person is a member when their
   * {@code certifications} map the group's id to {@code true}, is not when it maps to {@code
   * false}, and is undetermined when it has no entry.
   *
   * @param id the identifier and certified-status key: upper-case ASCII letters, digits and
   *     underscores, different from the built-in groups' identifiers
   * @param zh the Chinese name
   * @param en the English name
   * @return the group, a priority group ({@link #isPriority()} {@code true}) citing 一（二）
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the id is malformed or taken by a built-in group, or a name
   *     is blank
   */
  public static PersonGroup customPriority(String id, String zh, String en) {
    for (String builtIn :
        new String[] {
          "COLLEGE_GRADUATE",
          "RURAL_TRANSFER_LABOUR",
          "OVERCAPACITY_RESETTLED_WORKER",
          "LAND_EXPROPRIATED_PERSON",
          "CURRENT_YEAR_COLLEGE_GRADUATE"
        }) {
      if (builtIn.equals(id)) {
        throw new IllegalArgumentException(
            "PersonGroup.customPriority: id " + id + " is a built-in group; use the constant");
      }
    }
    return of(id, zh, en, ClauseRef.LINKAGE_GOALS, true);
  }

  private static PersonGroup of(
      String id, String zh, String en, ClauseRef clause, boolean priority) {
    return builder().id(id).zh(zh).en(en).clause(clause).isPriority(priority).build();
  }

  @Value.Check
  void check() {
    if (!id().matches("[A-Z][A-Z0-9_]*")) {
      throw new IllegalArgumentException(
          "PersonGroup: id '"
              + id()
              + "' must be upper-case ASCII letters, digits and underscores");
    }
    if (zh().isBlank() || en().isBlank()) {
      throw new IllegalArgumentException("PersonGroup " + id() + ": names must not be blank");
    }
  }

  /**
   * The identifier and the Chinese name, e.g. {@code COLLEGE_GRADUATE(高校毕业生)}.
   *
   * @return a short label
   */
  @Override
  public String toString() {
    return id() + "(" + zh() + ")";
  }

  /**
   * A new builder; prefer the constants and {@link #customPriority}.
   *
   * @return an empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link PersonGroup}; {@code build()} throws {@link IllegalStateException} if an
   * attribute is missing and {@link IllegalArgumentException} if invalid.
   */
  public static final class Builder extends ImmutablePersonGroup.Builder {
    /** Creates an empty builder; prefer the constants and {@link PersonGroup#customPriority}. */
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
    throw SerialForms.formRequired(PersonGroup.class);
  }

  /**
   * Refuses a stream that names the value's class without its fields.
   *
   * @throws InvalidObjectException always
   */
  @Serial
  private void readObjectNoData() throws InvalidObjectException {
    throw SerialForms.formRequired(PersonGroup.class);
  }

  /**
   * The serialized form: the attributes ({@code id}, {@code zh}, {@code en}, {@code clause}, {@code
   * isPriority}), an absent optional as {@code null}, a collection as a list. It is read back
   * through the builder, so a stream is checked exactly as construction is, and its collections are
   * copied.
   */
  private static final class SerializedForm implements Serializable {
    @Serial private static final long serialVersionUID = 1L;

    private final String id;
    private final String zh;
    private final String en;
    private final ClauseRef clause;
    private final boolean isPriority;

    SerializedForm(PersonGroup value) {
      id = value.id();
      zh = value.zh();
      en = value.en();
      clause = value.clause();
      isPriority = value.isPriority();
    }

    @Serial
    private void readObject(ObjectInputStream in) throws IOException, ClassNotFoundException {
      SerialForms.readFields(in, PersonGroup.class);
    }

    @Serial
    private Object readResolve() throws InvalidObjectException {
      return SerialForms.resolve(
          PersonGroup.class,
          () -> builder().id(id).zh(zh).en(en).clause(clause).isPriority(isPriority).build());
    }
  }
}
