package io.lodestar.scoring;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.lodestar.platform.web.BusinessRuleException;

/**
 * The checks behind {@link Scoring#validate(ScoringRule)}. Each problem is reported with a message key
 * {@code scoring.rule.<problem>} and the name of the {@link ScoringRule} component it is about, so a form can show
 * it next to that input. The first problem found is reported.
 */
final class RuleValidator {

	static final Map<Direction, Set<ScoringMethod>> METHODS;

	static {
		Map<Direction, Set<ScoringMethod>> methods = new EnumMap<>(Direction.class);
		Set<ScoringMethod> toTarget = EnumSet.of(ScoringMethod.RATIO, ScoringMethod.PROGRESS, ScoringMethod.PIECEWISE);
		Set<ScoringMethod> limit = EnumSet.of(ScoringMethod.THRESHOLD, ScoringMethod.RATIO, ScoringMethod.PIECEWISE);
		methods.put(Direction.INCREASE, toTarget);
		methods.put(Direction.DECREASE, toTarget);
		methods.put(Direction.AT_LEAST, limit);
		methods.put(Direction.AT_MOST, limit);
		methods.put(Direction.RANGE, EnumSet.of(ScoringMethod.BAND, ScoringMethod.THRESHOLD));
		methods.put(Direction.DONE, EnumSet.of(ScoringMethod.BINARY));
		methods.replaceAll((direction, set) -> Collections.unmodifiableSet(set));
		METHODS = Collections.unmodifiableMap(methods);
	}

	private RuleValidator() {
	}

	static void validate(ScoringRule rule) {
		if (rule == null || rule.direction() == null) {
			throw invalid("scoring.rule.direction-required", "direction");
		}
		if (rule.method() == null) {
			throw invalid("scoring.rule.method-required", "method");
		}
		Direction direction = rule.direction();
		if (!METHODS.get(direction).contains(rule.method())) {
			throw invalid("scoring.rule.method-not-for-direction", "method", direction.name(), rule.method().name());
		}
		switch (rule.method()) {
			case RATIO -> require(rule.target(), "scoring.rule.target-required", "target");
			case PROGRESS -> progress(rule);
			case THRESHOLD -> {
				if (direction == Direction.RANGE) {
					range(rule);
				}
				else {
					require(rule.target(), "scoring.rule.target-required", "target");
				}
			}
			case BAND -> band(rule);
			case BINARY -> {
				// nothing to configure: the actual itself says done (1) or not done (0)
			}
			case PIECEWISE -> piecewise(rule);
		}
		stretch(rule);
		if (rule.cap() != null && rule.floor() != null && rule.cap().compareTo(rule.floor()) < 0) {
			throw invalid("scoring.rule.cap-below-floor", "cap", Maths.text(rule.cap()), Maths.text(rule.floor()));
		}
	}

	/** Higher is better for INCREASE and AT_LEAST; lower is better for DECREASE and AT_MOST. */
	static boolean higherIsBetter(Direction direction) {
		return direction == Direction.INCREASE || direction == Direction.AT_LEAST;
	}

	private static void progress(ScoringRule rule) {
		require(rule.baseline(), "scoring.rule.baseline-required", "baseline");
		require(rule.target(), "scoring.rule.target-required", "target");
		int side = rule.baseline().compareTo(rule.target());
		if (side == 0) {
			throw invalid("scoring.rule.target-equals-baseline", "target", Maths.text(rule.target()));
		}
		boolean increasing = rule.direction() == Direction.INCREASE;
		if (increasing ? side > 0 : side < 0) {
			throw invalid("scoring.rule.baseline-wrong-side", "baseline", Maths.text(rule.baseline()),
					Maths.text(rule.target()));
		}
	}

	private static void range(ScoringRule rule) {
		require(rule.rangeLow(), "scoring.rule.range-low-required", "rangeLow");
		require(rule.rangeHigh(), "scoring.rule.range-high-required", "rangeHigh");
		if (rule.rangeLow().compareTo(rule.rangeHigh()) > 0) {
			throw invalid("scoring.rule.range-reversed", "rangeHigh", Maths.text(rule.rangeLow()),
					Maths.text(rule.rangeHigh()));
		}
	}

	private static void band(ScoringRule rule) {
		range(rule);
		require(rule.tolerance(), "scoring.rule.tolerance-required", "tolerance");
		if (rule.tolerance().signum() < 0) {
			throw invalid("scoring.rule.tolerance-negative", "tolerance", Maths.text(rule.tolerance()));
		}
	}

	private static void piecewise(ScoringRule rule) {
		require(rule.target(), "scoring.rule.target-required", "target");
		List<PiecewiseStep> steps = rule.steps();
		if (steps.isEmpty()) {
			throw invalid("scoring.rule.steps-required", "steps");
		}
		Set<BigDecimal> seen = new HashSet<>();
		for (PiecewiseStep step : steps) {
			if (step == null || step.from() == null) {
				throw invalid("scoring.rule.step-from-required", "steps");
			}
			// 0.9 and 0.90 are the same bound
			if (!seen.add(step.from().stripTrailingZeros())) {
				throw invalid("scoring.rule.steps-duplicate-from", "steps", Maths.text(step.from()));
			}
			if ((step.fixed() == null) == (step.factor() == null)) {
				throw invalid("scoring.rule.step-fixed-or-factor", "steps", Maths.text(step.from()));
			}
		}
	}

	/** A stretch target, when given, must lie beyond the target in the good direction. */
	private static void stretch(ScoringRule rule) {
		Direction direction = rule.direction();
		if (rule.stretch() == null || rule.target() == null || direction == Direction.RANGE
				|| direction == Direction.DONE) {
			return;
		}
		int side = rule.stretch().compareTo(rule.target());
		if (higherIsBetter(direction) ? side <= 0 : side >= 0) {
			throw invalid("scoring.rule.stretch-not-beyond-target", "stretch", Maths.text(rule.stretch()),
					Maths.text(rule.target()));
		}
	}

	private static void require(Object value, String code, String field) {
		if (value == null) {
			throw invalid(code, field);
		}
	}

	private static BusinessRuleException invalid(String code, String field, Object... arguments) {
		return BusinessRuleException.invalid(code, field, arguments);
	}

}
