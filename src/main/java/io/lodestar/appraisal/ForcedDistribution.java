package io.lodestar.appraisal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A calibration group's target distribution (e.g. S 10 %, A 20 %, B 50 %, C 15 %, D 5 %) turned into whole
 * people for a group of n — rounded down, the people left over going to the largest remainders, so the targets
 * always add up to n — and compared with the manager's and the calibrated grades side by side.
 */
public final class ForcedDistribution {

	private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

	private final Map<String, BigDecimal> percentByGrade;

	/** @param percentByGrade target share per grade in percent, best grade first; must add up to 100 */
	public ForcedDistribution(Map<String, BigDecimal> percentByGrade) {
		BigDecimal sum = percentByGrade.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
		if (sum.compareTo(HUNDRED) != 0 || percentByGrade.values().stream().anyMatch(p -> p.signum() < 0)) {
			throw new IllegalArgumentException("target percentages must be 0-100 and add up to 100, not " + sum);
		}
		this.percentByGrade = new LinkedHashMap<>(percentByGrade);
	}

	/** How many people of a group of {@code size} each grade should have. */
	public Map<String, Integer> targets(int size) {
		Map<String, Integer> counts = new LinkedHashMap<>();
		List<Map.Entry<String, BigDecimal>> remainders = new ArrayList<>();
		int given = 0;
		for (Map.Entry<String, BigDecimal> grade : percentByGrade.entrySet()) {
			BigDecimal exact = grade.getValue().multiply(BigDecimal.valueOf(size)).divide(HUNDRED, 10, RoundingMode.DOWN);
			int whole = exact.setScale(0, RoundingMode.DOWN).intValueExact();
			counts.put(grade.getKey(), whole);
			given += whole;
			remainders.add(Map.entry(grade.getKey(), exact.subtract(BigDecimal.valueOf(whole))));
		}
		// stable sort: equal remainders keep the better grade first
		remainders.sort(Comparator.comparing((Map.Entry<String, BigDecimal> e) -> e.getValue()).reversed());
		for (int i = 0; given < size; i++, given++) {
			String grade = remainders.get(i % remainders.size()).getKey();
			counts.merge(grade, 1, Integer::sum);
		}
		return counts;
	}

	/** Target, manager and calibrated counts per grade for one group, in the order of the targets. */
	public List<Row> compare(List<String> managerGrades, List<String> calibratedGrades) {
		Map<String, Integer> targets = targets(managerGrades.size());
		List<Row> rows = new ArrayList<>();
		for (String grade : percentByGrade.keySet()) {
			int manager = (int) managerGrades.stream().filter(grade::equals).count();
			int calibrated = (int) calibratedGrades.stream().filter(grade::equals).count();
			rows.add(new Row(grade, targets.get(grade), manager, calibrated));
		}
		return rows;
	}

	/** One grade's target count and how many the manager and the calibration gave it. */
	public record Row(String grade, int target, int manager, int calibrated) {

		public int calibratedOverTarget() {
			return calibrated - target;
		}

	}

}
