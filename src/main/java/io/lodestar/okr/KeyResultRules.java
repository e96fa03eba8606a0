package io.lodestar.okr;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;

/**
 * The arithmetic of key results, in one place and free of Spring: progress from start to target (works for
 * decreasing key results because the denominator changes sign), clamping, progress over the versions of a
 * revised key result (each version counts for the days it was in force), the pace a key result should have
 * reached by a date, its status against that pace, an objective's status (its worst key result's) and the
 * score suggested at close. Fractions throughout: 1 = 100 %.
 */
public final class KeyResultRules {

	public static final int SCALE = 4;

	private static final MathContext MATH = MathContext.DECIMAL128;

	private KeyResultRules() {
	}

	/** (current − start) / (target − start), clamped to [0, cap]; a milestone is 0 or 1. */
	public static BigDecimal progress(KeyResultType type, BigDecimal start, BigDecimal target, BigDecimal current,
			boolean done, BigDecimal cap) {
		if (type == KeyResultType.MILESTONE) {
			return done ? BigDecimal.ONE.setScale(SCALE) : BigDecimal.ZERO.setScale(SCALE);
		}
		if (current == null) {
			return BigDecimal.ZERO.setScale(SCALE);
		}
		BigDecimal span = target.subtract(start);
		if (span.signum() == 0) {
			throw new IllegalArgumentException("target equals start");
		}
		BigDecimal raw = current.subtract(start).divide(span, MATH);
		return clamp(raw, cap);
	}

	static BigDecimal clamp(BigDecimal raw, BigDecimal cap) {
		BigDecimal clamped = raw.max(BigDecimal.ZERO);
		if (cap != null) {
			clamped = clamped.min(cap);
		}
		return clamped.setScale(SCALE, RoundingMode.HALF_UP);
	}

	/** Whether start, target and direction make a key result that can be measured. Returns a problem or null. */
	public static String problemWith(KeyResultType type, Direction direction, BigDecimal start, BigDecimal target) {
		if (type == KeyResultType.MILESTONE) {
			return null;
		}
		if (start == null) {
			return "start";
		}
		if (target == null) {
			return "target";
		}
		int sign = target.compareTo(start);
		if (sign == 0) {
			return "target.equals-start";
		}
		if (direction == Direction.INCREASE && sign < 0) {
			return "target.below-start";
		}
		if (direction == Direction.DECREASE && sign > 0) {
			return "target.above-start";
		}
		return null;
	}

	/**
	 * Progress of a key result that was revised: Σ days × progress / Σ days over its versions, each counted for
	 * the days it was in force between the cycle's start and {@code asOf} (inclusive). One version gives its own
	 * progress.
	 */
	public static BigDecimal progressOverVersions(List<VersionSpan> versions, LocalDate cycleStart, LocalDate asOf) {
		if (versions.isEmpty()) {
			return BigDecimal.ZERO.setScale(SCALE);
		}
		if (versions.size() == 1) {
			return versions.get(0).progress().setScale(SCALE, RoundingMode.HALF_UP);
		}
		List<VersionSpan> ordered = versions.stream().sorted(Comparator.comparing(VersionSpan::from)).toList();
		BigDecimal weighted = BigDecimal.ZERO;
		long totalDays = 0;
		for (int i = 0; i < ordered.size(); i++) {
			VersionSpan version = ordered.get(i);
			LocalDate from = version.from().isBefore(cycleStart) ? cycleStart : version.from();
			LocalDate to = i + 1 < ordered.size() ? ordered.get(i + 1).from().minusDays(1) : asOf;
			if (to.isAfter(asOf)) {
				to = asOf;
			}
			long days = to.isBefore(from) ? 0 : ChronoUnit.DAYS.between(from, to) + 1;
			weighted = weighted.add(version.progress().multiply(BigDecimal.valueOf(days)));
			totalDays += days;
		}
		if (totalDays == 0) {
			return ordered.get(ordered.size() - 1).progress().setScale(SCALE, RoundingMode.HALF_UP);
		}
		return weighted.divide(BigDecimal.valueOf(totalDays), MATH).setScale(SCALE, RoundingMode.HALF_UP);
	}

	/** Share of the cycle elapsed by {@code date}: 0 before it starts, 1 from its last day. */
	public static BigDecimal expected(LocalDate start, LocalDate end, LocalDate date) {
		if (date.isBefore(start)) {
			return BigDecimal.ZERO.setScale(SCALE);
		}
		if (!date.isBefore(end)) {
			return BigDecimal.ONE.setScale(SCALE);
		}
		long total = ChronoUnit.DAYS.between(start, end) + 1;
		long elapsed = ChronoUnit.DAYS.between(start, date) + 1;
		return BigDecimal.valueOf(elapsed).divide(BigDecimal.valueOf(total), SCALE, RoundingMode.HALF_UP);
	}

	/**
	 * On track when progress has reached the expected pace; at risk within {@code margin} below it; off track
	 * further below. A key result that is done is on track whatever the date.
	 */
	public static PaceStatus status(BigDecimal progress, BigDecimal expected, BigDecimal margin) {
		if (progress.compareTo(BigDecimal.ONE) >= 0 || progress.compareTo(expected) >= 0) {
			return PaceStatus.ON_TRACK;
		}
		if (progress.compareTo(expected.subtract(margin)) >= 0) {
			return PaceStatus.AT_RISK;
		}
		return PaceStatus.OFF_TRACK;
	}

	/** An objective's status is its worst key result's; without key results it is on track. */
	public static PaceStatus worst(List<PaceStatus> statuses) {
		return statuses.stream().max(Comparator.naturalOrder()).orElse(PaceStatus.ON_TRACK);
	}

	/** The score suggested at close: progress rounded to a tenth, within 0.0–1.0. */
	public static BigDecimal suggestedScore(BigDecimal progress) {
		BigDecimal bounded = progress.max(BigDecimal.ZERO).min(BigDecimal.ONE);
		return bounded.setScale(1, RoundingMode.HALF_UP);
	}

	/** One version of a key result, in force from {@code from}, with the progress its last check-in reached. */
	public record VersionSpan(LocalDate from, BigDecimal progress) {
	}

}
