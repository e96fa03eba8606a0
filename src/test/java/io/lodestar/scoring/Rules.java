package io.lodestar.scoring;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** Builds scoring rules for tests: {@code rule(DECREASE, PROGRESS).baseline("7").target("4")}. */
final class Rules {

	private final Direction direction;

	private final ScoringMethod method;

	private BigDecimal baseline;

	private BigDecimal target;

	private BigDecimal stretch;

	private BigDecimal rangeLow;

	private BigDecimal rangeHigh;

	private boolean inclusive = true;

	private BigDecimal tolerance;

	private final List<PiecewiseStep> steps = new ArrayList<>();

	private BigDecimal cap;

	private BigDecimal floor;

	private Rules(Direction direction, ScoringMethod method) {
		this.direction = direction;
		this.method = method;
	}

	static Rules rule(Direction direction, ScoringMethod method) {
		return new Rules(direction, method);
	}

	/** The Tita example: ratio ≥ 0.9 → 1; ≥ 0.8 → ratio × 0.8; ≥ 0.6 → 0.6; ≥ 0 → 0 (given in shuffled order). */
	static Rules tita(Direction direction, String target) {
		return rule(direction, ScoringMethod.PIECEWISE).target(target)
			.factor("0.8", "0.8")
			.fixed("0", "0")
			.fixed("0.9", "1")
			.fixed("0.6", "0.6");
	}

	static BigDecimal number(String value) {
		return value == null ? null : new BigDecimal(value);
	}

	Rules baseline(String value) {
		this.baseline = number(value);
		return this;
	}

	Rules target(String value) {
		this.target = number(value);
		return this;
	}

	Rules stretch(String value) {
		this.stretch = number(value);
		return this;
	}

	Rules range(String low, String high) {
		this.rangeLow = number(low);
		this.rangeHigh = number(high);
		return this;
	}

	Rules strict() {
		this.inclusive = false;
		return this;
	}

	Rules tolerance(String value) {
		this.tolerance = number(value);
		return this;
	}

	Rules fixed(String from, String fixed) {
		steps.add(new PiecewiseStep(number(from), number(fixed), null));
		return this;
	}

	Rules factor(String from, String factor) {
		steps.add(new PiecewiseStep(number(from), null, number(factor)));
		return this;
	}

	Rules step(PiecewiseStep step) {
		steps.add(step);
		return this;
	}

	Rules cap(String value) {
		this.cap = number(value);
		return this;
	}

	Rules floor(String value) {
		this.floor = number(value);
		return this;
	}

	ScoringRule build() {
		return new ScoringRule(direction, method, baseline, target, stretch, rangeLow, rangeHigh, inclusive, tolerance,
				steps, cap, floor);
	}

	@Override
	public String toString() {
		return direction + " " + method;
	}

}
