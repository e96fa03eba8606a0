package io.lodestar.appraisal;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;

/**
 * Grades from a final score: each band has the lowest score it takes (inclusive), e.g. S ≥ 1.2, A ≥ 1.0,
 * B ≥ 0.8, C ≥ 0.6, D below. The bands are checked from the highest floor down; no score is without a grade.
 */
public final class GradeBands {

	private final List<Band> bands;

	public GradeBands(List<Band> bands) {
		if (bands.isEmpty() || bands.stream().noneMatch(band -> band.floor() == null)) {
			throw new IllegalArgumentException("grade bands need a lowest band without a floor");
		}
		if (bands.stream().map(Band::grade).distinct().count() != bands.size()) {
			throw new IllegalArgumentException("each grade once");
		}
		this.bands = bands.stream()
			.sorted(Comparator.comparing(Band::floor, Comparator.nullsLast(Comparator.reverseOrder())))
			.toList();
	}

	public String gradeOf(BigDecimal score) {
		for (Band band : bands) {
			if (band.floor() == null || score.compareTo(band.floor()) >= 0) {
				return band.grade();
			}
		}
		throw new IllegalStateException("unreachable: the lowest band has no floor");
	}

	/** A grade and the lowest score that earns it (null: the lowest band). */
	public record Band(String grade, BigDecimal floor) {
	}

}
