package io.lodestar.kpi;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import io.lodestar.goals.PeriodKind;
import io.lodestar.scoring.Aggregation;
import io.lodestar.scoring.Direction;
import io.lodestar.scoring.PiecewiseStep;
import io.lodestar.scoring.ScoringMethod;
import io.lodestar.scoring.ScoringRule;

/**
 * How a KPI is measured and scored. Targets are per measurement period ({@code frequency}); for longer
 * periods SUM and COUNT targets are multiplied by the number of measurement periods with data (see
 * {@link KpiResults}).
 *
 * @param weight the KPI's weight in its owner's scorecard (percent; a person's KPIs should add up to 100)
 * @param selfReported whether the owner may record their own actuals
 */
public record KpiConfig(@Size(max = 20, message = "{kpi.unit.size}") String unit,
		@NotNull(message = "{kpi.direction.required}") Direction direction,
		@NotNull(message = "{kpi.method.required}") ScoringMethod method,
		@NotNull(message = "{kpi.aggregation.required}") Aggregation aggregation,
		@NotNull(message = "{kpi.frequency.required}") PeriodKind frequency, BigDecimal baseline, BigDecimal target,
		BigDecimal stretch, BigDecimal rangeLow, BigDecimal rangeHigh, boolean inclusive, BigDecimal tolerance,
		List<PiecewiseStep> steps, BigDecimal cap, BigDecimal floor,
		@NotNull(message = "{kpi.weight.required}") @DecimalMin(value = "0", message = "{kpi.weight.range}") @DecimalMax(value = "100", message = "{kpi.weight.range}") BigDecimal weight,
		boolean selfReported, UUID definitionId) {

	public KpiConfig {
		steps = steps == null ? List.of() : List.copyOf(steps);
	}

	public ScoringRule rule() {
		return new ScoringRule(direction, method, baseline, target, stretch, rangeLow, rangeHigh, inclusive, tolerance,
				steps, cap, floor);
	}

	/** The rule for a period spanning {@code measurementPeriods} measurement periods (sums scale, levels do not). */
	ScoringRule ruleFor(int measurementPeriods) {
		if ((aggregation != Aggregation.SUM && aggregation != Aggregation.COUNT) || measurementPeriods <= 1) {
			return rule();
		}
		BigDecimal n = BigDecimal.valueOf(measurementPeriods);
		return new ScoringRule(direction, method, times(baseline, n), times(target, n), times(stretch, n),
				times(rangeLow, n), times(rangeHigh, n), inclusive, times(tolerance, n), steps, cap, floor);
	}

	private static BigDecimal times(BigDecimal value, BigDecimal n) {
		return value == null ? null : value.multiply(n);
	}

}
