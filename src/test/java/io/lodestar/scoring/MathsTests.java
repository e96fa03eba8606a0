package io.lodestar.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.util.Random;

import org.junit.jupiter.api.Test;

/** The quick path of {@link Maths#divide} must give exactly what DECIMAL128 division gives: value and scale. */
class MathsTests {

	@Test
	void divisionIsIdenticalToDecimal128ForEveryShapeOfOperands() {
		Random random = new Random(20261127);
		int quick = 0;
		for (int i = 0; i < 50_000; i++) {
			BigDecimal dividend = operand(random);
			BigDecimal divisor = operand(random);
			if (divisor.signum() == 0) {
				continue;
			}
			BigDecimal expected = dividend.divide(divisor, MathContext.DECIMAL128);
			BigDecimal actual = Maths.divide(dividend, divisor);
			assertThat(actual).as("%s / %s", dividend, divisor).isEqualTo(expected);
			assertThat(actual.scale()).as("scale of %s / %s", dividend, divisor).isEqualTo(expected.scale());
			if (expected.precision() <= 18) {
				quick++;
			}
		}
		assertThat(quick).as("cases the quick path could answer").isGreaterThan(5_000);
	}

	@Test
	void typicalScoringDivisions() {
		assertThat(Maths.divide(new BigDecimal("80.000000"), new BigDecimal("100.000000"))).isEqualTo("0.8");
		assertThat(Maths.divide(new BigDecimal("1"), new BigDecimal("3")))
			.isEqualTo(BigDecimal.ONE.divide(new BigDecimal("3"), MathContext.DECIMAL128));
		assertThat(Maths.divide(new BigDecimal("1.000000"), new BigDecimal("4"))).isEqualTo("0.250000");
		assertThat(Maths.divide(new BigDecimal("1E-20"), new BigDecimal("4"))).isEqualTo("2.5E-21");
		assertThat(Maths.divide(new BigDecimal("-7"), new BigDecimal("0.000001"))).isEqualTo("-7E+6");
	}

	/** Numbers as KPIs have them (scale 6, small counts) and odd ones (huge, tiny, negative, exponents). */
	private static BigDecimal operand(Random random) {
		return switch (random.nextInt(6)) {
			case 0 -> BigDecimal.valueOf(random.nextInt(2_000) - 500L, 0);
			case 1 -> BigDecimal.valueOf(random.nextLong() % 100_000_000_000L, 6);
			case 2 -> BigDecimal.valueOf(random.nextInt(1_000), random.nextInt(12) - 4);
			case 3 -> new BigDecimal(new BigInteger(90, random), random.nextInt(40) - 10);
			case 4 -> BigDecimal.valueOf(random.nextInt(100) * 25L, 2);
			default -> BigDecimal.valueOf(1 + random.nextInt(12));
		};
	}

}
