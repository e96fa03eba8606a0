package io.lodestar.appraisal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Forced distribution targets in whole people, the side-by-side comparison, and the 9-box. */
class CalibrationTests {

	static ForcedDistribution bellCurve() {
		Map<String, BigDecimal> targets = new LinkedHashMap<>();
		targets.put("S", BigDecimal.valueOf(10));
		targets.put("A", BigDecimal.valueOf(20));
		targets.put("B", BigDecimal.valueOf(50));
		targets.put("C", BigDecimal.valueOf(15));
		targets.put("D", BigDecimal.valueOf(5));
		return new ForcedDistribution(targets);
	}

	@ParameterizedTest(name = "{0} people")
	@CsvSource({ "20, 2, 4, 10, 3, 1", "7, 1, 1, 4, 1, 0", "1, 0, 0, 1, 0, 0", "0, 0, 0, 0, 0, 0", "13, 1, 3, 6, 2, 1" })
	void targetsAreWholePeopleAddingUpToTheGroup(int size, int s, int a, int b, int c, int d) {
		Map<String, Integer> targets = bellCurve().targets(size);
		assertThat(targets).containsExactly(Map.entry("S", s), Map.entry("A", a), Map.entry("B", b), Map.entry("C", c),
				Map.entry("D", d));
		assertThat(targets.values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(size);
	}

	@Test
	void targetManagerAndCalibratedSideBySide() {
		List<String> manager = List.of("S", "S", "A", "A", "A", "B", "B", "B", "B", "C");
		List<String> calibrated = List.of("S", "A", "A", "A", "B", "B", "B", "B", "B", "C");
		var rows = bellCurve().compare(manager, calibrated);
		assertThat(rows).extracting(ForcedDistribution.Row::grade).containsExactly("S", "A", "B", "C", "D");
		assertThat(rows.get(0)).isEqualTo(new ForcedDistribution.Row("S", 1, 2, 1));
		assertThat(rows.get(2).calibratedOverTarget()).isZero();
		// 10 people: C and D both have half a person left; the tie goes to the better grade
		assertThat(rows.get(3)).isEqualTo(new ForcedDistribution.Row("C", 2, 1, 1));
		assertThat(rows.get(4)).isEqualTo(new ForcedDistribution.Row("D", 0, 0, 0));
	}

	@Test
	void targetsMustAddUpToAHundred() {
		assertThatThrownBy(() -> new ForcedDistribution(Map.of("A", BigDecimal.valueOf(60), "B", BigDecimal.valueOf(30))))
			.hasMessageContaining("100");
	}

	@ParameterizedTest(name = "performance {0}, potential {1}: box {2}")
	@CsvSource({ "0.5, 1, 1", "0.8, 1, 2", "1.2, 1, 3", "0.79, 2, 4", "1.0, 2.5, 5", "1.3, 2, 6", "0.1, 3, 7",
			"0.8, 3, 8", "1.2, 3, 9" })
	void nineBoxPlacesByThresholds(String performance, String potential, int box) {
		NineBox grid = new NineBox(new BigDecimal("0.8"), new BigDecimal("1.2"), new BigDecimal("2"), new BigDecimal("3"));
		assertThat(grid.place(new BigDecimal(performance), new BigDecimal(potential)).number()).isEqualTo(box);
	}

}
