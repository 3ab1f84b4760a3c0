package org.employmentlinkage.domain;

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
import org.employmentlinkage.region.Location;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

/**
 * A project (项目) as an HR or investment system records it. Every fact but the identifier is
 * optional; the rules answer {@link org.employmentlinkage.policy.Outcome#UNDETERMINED} and name the
 * missing fact where one matters.
 *
 * <p>Immutable, thread-safe and serializable.
 *
 * <p>Serialized form: the attributes, read back through the builder (an invalid stream is an {@link
 * java.io.InvalidObjectException} naming the broken rule); a stream of the class itself is refused.
 */
@Value.Immutable
@LinkageStyle
public abstract class Project implements Serializable {
  private static final long serialVersionUID = 1L;

  Project() {}

  /**
   * The caller's identifier of the project (e.g. the 投资项目在线审批监管平台 code).
   *
   * @return the identifier, not blank
   */
  public abstract String id();

  /**
   * The project's name.
   *
   * @return the name, or empty
   */
  public abstract Optional<String> name();

  /**
   * Whether it is a construction project (建设项目).
   *
   * @return the type, or empty if not known
   */
  public abstract Optional<ProjectType> type();

  /**
   * The caller's categories of the project (e.g. an industry), matched against the categories a
   * region adds when it widens the scope. Taken as complete as given.
   *
   * @return the categories, possibly empty
   */
  public abstract Set<String> categories();

  /**
   * The total investment (总投资额).
   *
   * @return the amount, or empty if not known
   */
  public abstract Optional<Money> totalInvestment();

  /**
   * Where the project is located (项目落地).
   *
   * @return the location, or empty if not known
   */
  public abstract Optional<Location> location();

  /**
   * Whether government funds (财政资金) finance the project, wholly or in part (三（六）).
   *
   * @return the fact, {@link Fact#UNKNOWN} if not known (the default)
   */
  @Value.Default
  public Fact governmentFunded() {
    return Fact.UNKNOWN;
  }

  /**
   * The ownership of the enterprise carrying the project (三（六）).
   *
   * @return the ownership, or empty if not known
   */
  public abstract Optional<Ownership> ownership();

  /**
   * The project's stage.
   *
   * @return the status, or empty if not known
   */
  public abstract Optional<ProjectStatus> status();

  /**
   * The date of approval, confirmation or filing (审批、核准或备案).
   *
   * @return the date, or empty
   */
  public abstract Optional<LocalDate> approved();

  /**
   * The date construction started (开工).
   *
   * @return the date, or empty
   */
  public abstract Optional<LocalDate> constructionStarted();

  /**
   * The date construction was completed (建成).
   *
   * @return the date, or empty
   */
  public abstract Optional<LocalDate> completed();

  @Value.Check
  void check() {
    if (id().isBlank()) {
      throw new IllegalArgumentException("Project: id must not be blank");
    }
    for (String c : categories()) {
      if (c.isBlank()) {
        throw new IllegalArgumentException("Project " + id() + ": a category is blank");
      }
    }
    name()
        .ifPresent(
            n -> {
              if (n.isBlank()) {
                throw new IllegalArgumentException("Project " + id() + ": name must not be blank");
              }
            });
    if (constructionStarted().isPresent()
        && completed().isPresent()
        && completed().get().isBefore(constructionStarted().get())) {
      throw new IllegalArgumentException(
          "Project "
              + id()
              + ": completed "
              + completed().get()
              + " is before constructionStarted "
              + constructionStarted().get());
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
   * Builds a {@link Project}; {@code build()} throws {@link IllegalStateException} if the id is
   * missing and {@link IllegalArgumentException} if invalid. Setting an absent value to {@code
   * null} throws {@link NullPointerException}.
   */
  public static final class Builder extends ImmutableProject.Builder {
    /** Creates an empty builder; prefer {@link Project#builder()}. */
    public Builder() {}

    /**
     * Sets {@link Project#governmentFunded()} to a known answer: whether government funds finance
     * the project.
     *
     * @param value {@code true} for {@link Fact#YES}, {@code false} for {@link Fact#NO}
     * @return this builder
     */
    public Builder governmentFunded(boolean value) {
      return governmentFunded(Fact.of(value));
    }
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
    throw SerialForms.formRequired(Project.class);
  }

  /**
   * Refuses a stream that names the value's class without its fields.
   *
   * @throws InvalidObjectException always
   */
  @Serial
  private void readObjectNoData() throws InvalidObjectException {
    throw SerialForms.formRequired(Project.class);
  }

  /**
   * The serialized form: the attributes ({@code id}, {@code name}, {@code type}, {@code
   * categories}, {@code totalInvestment}, {@code location}, {@code governmentFunded}, {@code
   * ownership}, {@code status}, {@code approved}, {@code constructionStarted}, {@code completed}),
   * an absent optional as {@code null}, a collection as a list. It is read back through the
   * builder, so a stream is checked exactly as construction is, and its collections are copied.
   */
  private static final class SerializedForm implements Serializable {
    @Serial private static final long serialVersionUID = 1L;

    private final String id;
    private final @Nullable String name;
    private final @Nullable ProjectType type;
    private final List<String> categories;
    private final @Nullable Money totalInvestment;
    private final @Nullable Location location;
    private final Fact governmentFunded;
    private final @Nullable Ownership ownership;
    private final @Nullable ProjectStatus status;
    private final @Nullable LocalDate approved;
    private final @Nullable LocalDate constructionStarted;
    private final @Nullable LocalDate completed;

    SerializedForm(Project value) {
      id = value.id();
      name = value.name().orElse(null);
      type = value.type().orElse(null);
      categories = List.copyOf(value.categories());
      totalInvestment = value.totalInvestment().orElse(null);
      location = value.location().orElse(null);
      governmentFunded = value.governmentFunded();
      ownership = value.ownership().orElse(null);
      status = value.status().orElse(null);
      approved = value.approved().orElse(null);
      constructionStarted = value.constructionStarted().orElse(null);
      completed = value.completed().orElse(null);
    }

    @Serial
    private void readObject(ObjectInputStream in) throws IOException, ClassNotFoundException {
      SerialForms.readFields(in, Project.class);
    }

    @Serial
    private Object readResolve() throws InvalidObjectException {
      return SerialForms.resolve(
          Project.class,
          () ->
              builder()
                  .id(id)
                  .name(Optional.ofNullable(name))
                  .type(Optional.ofNullable(type))
                  .categories(categories)
                  .totalInvestment(Optional.ofNullable(totalInvestment))
                  .location(Optional.ofNullable(location))
                  .governmentFunded(governmentFunded)
                  .ownership(Optional.ofNullable(ownership))
                  .status(Optional.ofNullable(status))
                  .approved(Optional.ofNullable(approved))
                  .constructionStarted(Optional.ofNullable(constructionStarted))
                  .completed(Optional.ofNullable(completed))
                  .build());
    }
  }
}
