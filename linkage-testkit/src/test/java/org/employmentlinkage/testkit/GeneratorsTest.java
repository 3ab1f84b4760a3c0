package org.employmentlinkage.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.Test;

/**
 * The combinators: ranges, choices, weights, filters, lists, optional and nullable values,
 * reproducible samples. Shares are checked with tolerances of several standard deviations over
 * fixed seeds, so the checks are deterministic and still fail for a wrong weighting.
 */
class GeneratorsTest {

  private static <T> Map<T, Integer> histogram(Generator<T> g, long seed, int draws) {
    Map<T, Integer> counts = new HashMap<>();
    for (T v : g.sample(seed, draws)) {
      counts.merge(v, 1, Integer::sum);
    }
    return counts;
  }

  @Test
  void aSampleIsReproducibleFromItsSeed() {
    Generator<Integer> g = Generators.integers(-1_000_000, 1_000_000);
    assertThat(g.sample(99, 500)).isEqualTo(g.sample(99, 500));
    assertThat(g.sample(99, 500)).isNotEqualTo(g.sample(100, 500));
    assertThat(g.sample(99, 1000).subList(0, 500)).isEqualTo(g.sample(99, 500));
    assertThat(g.sample(99, 0)).isEmpty();
    assertThatThrownBy(() -> g.sample(99, -1)).hasMessageContaining("count must not be negative");
  }

  @Test
  void sampleValueIIsDrawnFromTheIthCaseSeed() {
    // The case seeds of a run are the outputs of SplitMix64 seeded with the run seed.
    Generator<Long> g = RandomGenerator::nextLong;
    RandomGenerator caseSeeds = Generators.random(5);
    List<Long> expected = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      expected.add(Generators.random(caseSeeds.nextLong()).nextLong());
    }
    assertThat(g.sample(5, 20)).isEqualTo(expected);
  }

  @Test
  void integersAndLongsCoverTheirInclusiveRange() {
    assertThat(histogram(Generators.integers(-2, 2), 1, 1000).keySet())
        .containsExactlyInAnyOrder(-2, -1, 0, 1, 2);
    assertThat(histogram(Generators.integers(Integer.MAX_VALUE - 1, Integer.MAX_VALUE), 1, 200))
        .containsOnlyKeys(Integer.MAX_VALUE - 1, Integer.MAX_VALUE);
    assertThat(histogram(Generators.longs(Long.MAX_VALUE - 2, Long.MAX_VALUE), 1, 300))
        .containsOnlyKeys(Long.MAX_VALUE - 2, Long.MAX_VALUE - 1, Long.MAX_VALUE);
    assertThat(histogram(Generators.longs(Long.MIN_VALUE, Long.MIN_VALUE + 1), 1, 200))
        .containsOnlyKeys(Long.MIN_VALUE, Long.MIN_VALUE + 1);
    assertThat(Generators.longs(Long.MIN_VALUE, Long.MAX_VALUE).sample(1, 100))
        .doesNotHaveDuplicates();
    assertThat(Generators.integers(Integer.MIN_VALUE, Integer.MAX_VALUE).sample(1, 100))
        .doesNotHaveDuplicates();
    assertThat(Generators.integers(7, 7).sample(1, 10)).containsOnly(7);
    assertThatThrownBy(() -> Generators.integers(3, 2))
        .hasMessage("Generators.integers: max (2) must not be less than min (3)");
    assertThatThrownBy(() -> Generators.longs(3, 2))
        .hasMessage("Generators.longs: max (2) must not be less than min (3)");
  }

  @Test
  void oneOfPicksEveryValueOrGeneratorEquallyOften() {
    Map<String, Integer> values =
        histogram(Generators.oneOf(List.of("a", "b", "c", "d")), 2, 40_000);
    assertThat(values).containsOnlyKeys("a", "b", "c", "d");
    assertThat(values.values()).allSatisfy(c -> assertThat(c).isBetween(9_400, 10_600));

    Map<Integer, Integer> fromGenerators =
        histogram(Generators.oneOf(Generators.constant(1), Generators.integers(10, 11)), 3, 40_000);
    assertThat(fromGenerators).containsOnlyKeys(1, 10, 11);
    assertThat(fromGenerators.get(1)).isBetween(19_400, 20_600);

    assertThatThrownBy(() -> Generators.oneOf(List.of()))
        .hasMessage("Generators.oneOf: values must not be empty");
    assertThatThrownBy(Generators::oneOf)
        .hasMessage("Generators.oneOf: generators must not be empty");
    assertThatThrownBy(() -> Generators.oneOf(Generators.constant(1), null))
        .isInstanceOf(NullPointerException.class);
    List<String> withNull = new ArrayList<>();
    withNull.add(null);
    assertThatThrownBy(() -> Generators.oneOf(withNull)).isInstanceOf(NullPointerException.class);
  }

  @Test
  void frequencyFollowsTheWeights() {
    // Weights 1 : 3 : 0 over 40,000 draws: expected 10,000 and 30,000 (sd about 87).
    Map<String, Integer> counts =
        histogram(
            Generators.frequency(
                1, Generators.constant("one"),
                3, Generators.constant("three"),
                0, Generators.constant("never")),
            4,
            40_000);
    assertThat(counts).containsOnlyKeys("one", "three");
    assertThat(counts.get("one")).isBetween(9_500, 10_500);
    assertThat(counts.get("three")).isBetween(29_500, 30_500);

    Map<String, Integer> two =
        histogram(
            Generators.frequency(9, Generators.constant("x"), 1, Generators.constant("y")),
            5,
            20_000);
    assertThat(two.get("y")).isBetween(1_800, 2_200);

    assertThatThrownBy(
            () -> Generators.frequency(0, Generators.constant(1), 0, Generators.constant(2)))
        .hasMessage("Generators.frequency: at least one weight must be positive, were [0, 0]");
    assertThatThrownBy(() -> new Weighted<>(-1, Generators.constant(1)))
        .hasMessage("Weighted: weight must not be negative, was -1");
    assertThatThrownBy(() -> Generators.frequency(List.of()))
        .hasMessageContaining("at least one weight must be positive");
  }

  @Test
  void filterKeepsPassingValuesAndGivesUpWithAClearError() {
    Generator<Integer> even = Generators.integers(0, 1000).filter(n -> n % 2 == 0);
    assertThat(even.sample(6, 2000)).allSatisfy(n -> assertThat(n % 2).isZero());

    Generator<Integer> impossible = Generators.integers(0, 9).filter(n -> n > 100, 50);
    assertThatThrownBy(() -> impossible.next(Generators.random(1)))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageStartingWith(
            "Generator.filter: none of 50 consecutive draws passed the predicate")
        .hasMessageMatching("(?s).*last rejected: [0-9]\\).*")
        .hasMessageContaining("generate such values directly");
    Generator<Integer> defaultTries = Generators.integers(0, 9).filter(n -> n > 100);
    assertThatThrownBy(() -> defaultTries.next(Generators.random(1)))
        .hasMessageContaining("none of 1000 consecutive draws");
    assertThatThrownBy(() -> Generators.integers(0, 9).filter(n -> true, 0))
        .hasMessage("Generator.filter: maxTries must be at least 1, was 0");
  }

  @Test
  void mapAndFlatMapCompose() {
    Generator<String> g =
        Generators.integers(1, 5)
            .flatMap(n -> Generators.listOf(Generators.constant("x"), n, n))
            .map(list -> String.join("", list));
    assertThat(histogram(g, 7, 500).keySet())
        .containsExactlyInAnyOrder("x", "xx", "xxx", "xxxx", "xxxxx");
    Generator<Integer> nullGenerator = Generators.integers(1, 2).flatMap(n -> null);
    assertThatThrownBy(() -> nullGenerator.next(Generators.random(1)))
        .hasMessage("flatMap: f returned a null generator");
  }

  @Test
  void listsHaveSizesWithinBoundsAndAreUnmodifiable() {
    Generator<List<Integer>> lists = Generators.listOf(Generators.integers(0, 9), 2, 4);
    Map<Integer, Integer> sizes = new HashMap<>();
    for (List<Integer> list : lists.sample(8, 3000)) {
      sizes.merge(list.size(), 1, Integer::sum);
      assertThat(list).allSatisfy(n -> assertThat(n).isBetween(0, 9));
    }
    assertThat(sizes).containsOnlyKeys(2, 3, 4);
    List<Integer> one = lists.next(Generators.random(1));
    assertThatThrownBy(() -> one.add(1)).isInstanceOf(UnsupportedOperationException.class);
    assertThat(Generators.listOf(Generators.constant(1), 0, 0).sample(1, 5))
        .containsOnly(List.of());
    assertThatThrownBy(() -> Generators.listOf(Generators.constant(1), 3, 2))
        .hasMessage("Generators.listOf: need 0 <= minSize <= maxSize, were minSize 3, maxSize 2");
    assertThatThrownBy(() -> Generators.listOf(Generators.constant(1), -1, 2))
        .hasMessageContaining("minSize -1");
  }

  @Test
  void optionalAndNullableValuesFollowTheirProbability() {
    List<Optional<Integer>> optionals =
        Generators.optional(Generators.integers(1, 3), 0.25).sample(9, 40_000);
    long present = optionals.stream().filter(Optional::isPresent).count();
    assertThat(present).isBetween(9_500L, 10_500L);
    assertThat(Generators.optional(Generators.constant(1), 0).sample(1, 100))
        .containsOnly(Optional.empty());
    assertThat(Generators.optional(Generators.constant(1), 1).sample(1, 100))
        .containsOnly(Optional.of(1));

    List<Integer> nullable = Generators.nullable(Generators.constant(5), 0.1).sample(10, 40_000);
    long nulls = nullable.stream().filter(v -> v == null).count();
    assertThat(nulls).isBetween(3_700L, 4_300L);
    assertThat(nullable).containsOnly(null, 5);

    assertThatThrownBy(() -> Generators.optional(Generators.constant(1), 1.5))
        .hasMessage("Generators.optional: presentProbability must be within 0..1, was 1.5");
    assertThatThrownBy(() -> Generators.nullable(Generators.constant(1), Double.NaN))
        .hasMessage("Generators.nullable: nullProbability must be within 0..1, was NaN");
    Generator<Optional<Object>> makesNull = Generators.optional(random -> null, 1);
    assertThatThrownBy(() -> makesNull.next(Generators.random(1)))
        .hasMessage("Generators.optional: the generator made null");
  }

  @Test
  void zipDrawsTheFirstGeneratorThenTheSecond() {
    Generator<Long> raw = RandomGenerator::nextLong;
    Generator<List<Long>> zipped = Generators.zip(raw, raw, List::of);
    RandomGenerator r = Generators.random(12);
    List<Long> expected = List.of(r.nextLong(), r.nextLong());
    assertThat(zipped.next(Generators.random(12))).isEqualTo(expected);
  }

  @Test
  void booleansAndConstants() {
    Map<Boolean, Integer> counts = histogram(Generators.booleans(), 13, 20_000);
    assertThat(counts.get(true)).isBetween(9_500, 10_500);
    assertThat(Generators.constant("c").sample(1, 3)).containsExactly("c", "c", "c");
    assertThatThrownBy(() -> Generators.constant(null)).isInstanceOf(NullPointerException.class);
  }
}
