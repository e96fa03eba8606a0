package io.lodestar.kpi.web;

import static io.lodestar.kpi.web.Decimals.clean;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import com.fasterxml.jackson.annotation.JsonInclude;

import io.lodestar.goals.PeriodKind;
import io.lodestar.kpi.KpiConfig;
import io.lodestar.scoring.Aggregation;
import io.lodestar.scoring.Direction;
import io.lodestar.scoring.PiecewiseStep;
import io.lodestar.scoring.ScoringMethod;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * How a KPI is measured and scored, in requests and responses alike (a configuration read can be sent back
 * as it is). Targets are per measurement period ({@code frequency}); which fields each direction and method
 * need is documented in docs/scoring.md, and meaningless combinations are refused with 422.
 */
@Schema(name = "KpiConfig")
@JsonInclude(JsonInclude.Include.ALWAYS)
record KpiConfigBody(@Size(max = 20, message = "{kpi.unit.size}") @Schema(example = "%", nullable = true) String unit,
		@NotNull(message = "{kpi.direction.required}") @Schema(requiredMode = Schema.RequiredMode.REQUIRED) Direction direction,
		@NotNull(message = "{kpi.method.required}") @Schema(requiredMode = Schema.RequiredMode.REQUIRED) ScoringMethod method,
		@NotNull(message = "{kpi.aggregation.required}") @Schema(requiredMode = Schema.RequiredMode.REQUIRED,
				description = "How the measurements within a period become its actual.") Aggregation aggregation,
		@NotNull(message = "{kpi.frequency.required}") @Schema(requiredMode = Schema.RequiredMode.REQUIRED,
				description = "How often it is measured; no longer than the KPI's own period.") PeriodKind frequency,
		@Schema(description = "For PROGRESS: where progress starts.", nullable = true) BigDecimal baseline,
		@Schema(description = "Per measurement period; sums and counts scale with the periods that have data.",
				nullable = true) BigDecimal target,
		@Schema(nullable = true) BigDecimal stretch, @Schema(nullable = true) BigDecimal rangeLow,
		@Schema(nullable = true) BigDecimal rangeHigh,
		@Schema(description = "For THRESHOLD: whether reaching the target exactly counts as met; default false.") Boolean inclusive,
		@Schema(description = "For BAND: distance outside the range over which completion falls to 0.", nullable = true) BigDecimal tolerance,
		@Schema(description = "For PIECEWISE: steps over the ratio, each with a fixed completion or a factor.") List<PiecewiseStep> steps,
		@Schema(description = "Highest completion, e.g. 1.2 = 120 %; null for none.", nullable = true) BigDecimal cap,
		@Schema(description = "Lowest completion, e.g. 0; null for none.", nullable = true) BigDecimal floor,
		@NotNull(message = "{kpi.weight.required}") @DecimalMin(value = "0", message = "{kpi.weight.range}")
		@DecimalMax(value = "100", message = "{kpi.weight.range}") @Schema(requiredMode = Schema.RequiredMode.REQUIRED,
				description = "Percent of the owner's scorecard (a person's KPIs should add up to 100).") BigDecimal weight,
		@Schema(description = "Whether the owner may record their own actuals; default false.") Boolean selfReported,
		@Schema(description = "The library KPI it was assigned from; set by bulk assignment, ignored on input.",
				nullable = true, accessMode = Schema.AccessMode.READ_ONLY) UUID definitionId) {

	/** The service's configuration; {@code definitionId} is kept as it was, never taken from a request. */
	KpiConfig config(UUID keptDefinitionId) {
		return new KpiConfig(unit, direction, method, aggregation, frequency, baseline, target, stretch, rangeLow,
				rangeHigh, Boolean.TRUE.equals(inclusive), tolerance, steps, cap, floor, weight,
				Boolean.TRUE.equals(selfReported), keptDefinitionId);
	}

	static KpiConfigBody of(KpiConfig config) {
		return new KpiConfigBody(config.unit(), config.direction(), config.method(), config.aggregation(),
				config.frequency(), clean(config.baseline()), clean(config.target()), clean(config.stretch()),
				clean(config.rangeLow()), clean(config.rangeHigh()), config.inclusive(), clean(config.tolerance()),
				steps(config.steps()), clean(config.cap()), clean(config.floor()), clean(config.weight()),
				config.selfReported(), config.definitionId());
	}

	static List<PiecewiseStep> steps(List<PiecewiseStep> steps) {
		return steps.stream()
			.map(step -> new PiecewiseStep(clean(step.from()), clean(step.fixed()), clean(step.factor())))
			.toList();
	}

}
