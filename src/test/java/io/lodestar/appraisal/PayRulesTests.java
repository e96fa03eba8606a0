package io.lodestar.appraisal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Pay tiers at their boundaries, grade coefficients, pools that never overflow, grade bands. */
class PayRulesTests {

	/** The factory's rules: A 110 % / B 100 % / C 95 % / D 90 %; above 120 % +2,000; below 100 % −500. */
	static final PayRules FACTORY = new PayRules(List.of(
			PayTier.grade("A", PayTier.Effect.COEFFICIENT, new BigDecimal("1.10")),
			PayTier.grade("B", PayTier.Effect.COEFFICIENT, new BigDecimal("1.00")),
			PayTier.grade("C", PayTier.Effect.COEFFICIENT, new BigDecimal("0.95")),
			PayTier.grade("D", PayTier.Effect.COEFFICIENT, new BigDecimal("0.90")),
			PayTier.completion("above 120 %", new BigDecimal("1.2"), false, null, false, PayTier.Effect.AMOUNT,
					new BigDecimal("2000")),
			PayTier.completion("below 100 %", null, false, BigDecimal.ONE, false, PayTier.Effect.AMOUNT,
					new BigDecimal("-500"))));

	@ParameterizedTest(name = "grade {0}, completion {1}: {2}")
	@CsvSource({
			// exactly 100 % is not below 100 %; exactly 120 % is not above 120 %
			"B, 1.00, 3000.00", "B, 0.9999, 2500.00", "B, 1.20, 3000.00", "B, 1.2001, 5000.00",
			"A, 1.25, 5300.00", "C, 0.80, 2350.00", "D, 1.10, 2700.00",
			// no grade or no completion: no tier, never a penalty
			"X, 1.10, 3000.00" })
	void tiersApplyAtTheirBoundaries(String grade, String completion, String pay) {
		assertThat(FACTORY.pay(new BigDecimal("3000"), grade, new BigDecimal(completion)).amount())
			.isEqualByComparingTo(pay);
	}

	@Test
	void aPayLineNamesTheTiersItUsed() {
		var pay = FACTORY.pay(new BigDecimal("3000"), "A", new BigDecimal("1.3"));
		assertThat(pay.tiersApplied()).containsExactly("A", "above 120 %");
		assertThat(pay.coefficient()).isEqualByComparingTo("1.10");
		assertThat(pay.added()).isEqualByComparingTo("2000");
		assertThat(FACTORY.pay(new BigDecimal("3000"), null, null).amount()).isEqualByComparingTo("3000.00");
	}

	@Test
	void overlappingTiersAreRefused() {
		assertThatThrownBy(() -> new PayRules(List.of(
				PayTier.completion("from 100 %", BigDecimal.ONE, true, null, false, PayTier.Effect.AMOUNT, BigDecimal.TEN),
				PayTier.completion("up to 100 %", null, false, BigDecimal.ONE, true, PayTier.Effect.AMOUNT,
						BigDecimal.ONE))))
			.hasMessageContaining("overlap");
		// touching but not overlapping: [.., 1) and [1, ..)
		new PayRules(List.of(
				PayTier.completion("from 100 %", BigDecimal.ONE, true, null, false, PayTier.Effect.AMOUNT, BigDecimal.TEN),
				PayTier.completion("below 100 %", null, false, BigDecimal.ONE, false, PayTier.Effect.AMOUNT,
						BigDecimal.ONE)));
	}

	@Test
	void aPoolIsSharedToTheCentAndNeverExceeded() {
		Map<String, BigDecimal> weights = new LinkedHashMap<>();
		weights.put("a", BigDecimal.ONE);
		weights.put("b", BigDecimal.ONE);
		weights.put("c", BigDecimal.ONE);
		var result = PoolAllocation.allocate(new BigDecimal("100.00"), weights);
		assertThat(result.shares()).containsEntry("a", new BigDecimal("33.34")).containsEntry("b", new BigDecimal("33.33"))
			.containsEntry("c", new BigDecimal("33.33"));
		assertThat(result.residue()).isEqualByComparingTo("0.01");
		assertThat(result.total()).isEqualByComparingTo("100.00");
	}

	@Test
	void randomPoolsNeverOverflowAndLeaveNothingBehind() {
		Random random = new Random(20261127);
		for (int run = 0; run < 2000; run++) {
			BigDecimal pool = BigDecimal.valueOf(random.nextInt(10_000_000), 2);
			Map<Integer, BigDecimal> weights = new LinkedHashMap<>();
			int people = 1 + random.nextInt(60);
			for (int i = 0; i < people; i++) {
				weights.put(i, random.nextInt(10) == 0 ? BigDecimal.ZERO
						: BigDecimal.valueOf(1 + random.nextInt(50_000), random.nextInt(4)));
			}
			var result = PoolAllocation.allocate(pool, weights);
			assertThat(result.total()).as("run %d", run).isLessThanOrEqualTo(pool);
			assertThat(result.total().add(result.undistributed())).as("run %d", run).isEqualByComparingTo(pool);
			assertThat(result.shares().values()).allMatch(share -> share.signum() >= 0 && share.scale() == 2);
			weights.forEach((person, weight) -> {
				if (weight.signum() == 0) {
					assertThat(result.shares().get(person)).isZero();
				}
			});
		}
	}

	@Test
	void aPoolWithNobodyToShareItStaysWhole() {
		var result = PoolAllocation.allocate(new BigDecimal("500"), Map.of("a", BigDecimal.ZERO));
		assertThat(result.total()).isZero();
		assertThat(result.undistributed()).isEqualByComparingTo("500");
	}

	@ParameterizedTest(name = "{0} → {1}")
	@CsvSource({ "1.30, S", "1.20, S", "1.1999, A", "1.00, A", "0.80, B", "0.60, C", "0.5999, D", "-1, D" })
	void gradesFollowTheirFloors(String score, String grade) {
		GradeBands bands = new GradeBands(List.of(new GradeBands.Band("D", null),
				new GradeBands.Band("C", new BigDecimal("0.6")), new GradeBands.Band("B", new BigDecimal("0.8")),
				new GradeBands.Band("A", new BigDecimal("1.0")), new GradeBands.Band("S", new BigDecimal("1.2"))));
		assertThat(bands.gradeOf(new BigDecimal(score))).isEqualTo(grade);
	}

}
