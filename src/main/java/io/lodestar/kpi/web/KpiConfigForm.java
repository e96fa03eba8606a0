package io.lodestar.kpi.web;

import java.math.BigDecimal;
import java.util.UUID;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import io.lodestar.goals.PeriodKind;
import io.lodestar.kpi.KpiConfig;
import io.lodestar.kpi.PiecewiseSteps;
import io.lodestar.scoring.Aggregation;
import io.lodestar.scoring.Direction;
import io.lodestar.scoring.ScoringMethod;

/**
 * The scoring configuration of a KPI as a form: the same fields as {@link KpiConfig}, except that the cap and
 * floor are typed in percent (120 for 1.2) and the piecewise table as text ({@link PiecewiseSteps}). Field
 * names match the scoring library's, so its refusals land next to the right input.
 */
public class KpiConfigForm {

	@Size(max = 20, message = "{kpi.unit.size}")
	private String unit;

	@NotNull(message = "{kpi.direction.required}")
	private Direction direction = Direction.INCREASE;

	@NotNull(message = "{kpi.method.required}")
	private ScoringMethod method = ScoringMethod.RATIO;

	@NotNull(message = "{kpi.aggregation.required}")
	private Aggregation aggregation;

	@NotNull(message = "{kpi.frequency.required}")
	private PeriodKind frequency = PeriodKind.MONTH;

	private BigDecimal baseline;

	private BigDecimal target;

	private BigDecimal stretch;

	private BigDecimal rangeLow;

	private BigDecimal rangeHigh;

	private boolean inclusive = true;

	private BigDecimal tolerance;

	@Size(max = 2000, message = "{kpi.page.steps.size}")
	private String steps;

	@DecimalMin(value = "0", message = "{kpi.cap.negative}")
	private BigDecimal cap = new BigDecimal("120");

	private BigDecimal floor = BigDecimal.ZERO;

	@NotNull(message = "{kpi.weight.required}")
	@DecimalMin(value = "0", message = "{kpi.weight.range}")
	@DecimalMax(value = "100", message = "{kpi.weight.range}")
	private BigDecimal weight = new BigDecimal("100");

	private boolean selfReported;

	/** @throws io.lodestar.platform.web.BusinessRuleException for a piecewise table that cannot be read */
	KpiConfig toConfig(UUID definitionId) {
		return new KpiConfig(unit, direction, method, aggregation, frequency, baseline, target, stretch, rangeLow,
				rangeHigh, inclusive, tolerance, PiecewiseSteps.parse(steps),
				cap == null ? null : cap.movePointLeft(2), floor == null ? null : floor.movePointLeft(2), weight,
				selfReported, definitionId);
	}

	void fill(KpiConfig config) {
		unit = config.unit();
		direction = config.direction();
		method = config.method();
		aggregation = config.aggregation();
		frequency = config.frequency();
		baseline = plain(config.baseline());
		target = plain(config.target());
		stretch = plain(config.stretch());
		rangeLow = plain(config.rangeLow());
		rangeHigh = plain(config.rangeHigh());
		inclusive = config.inclusive();
		tolerance = plain(config.tolerance());
		steps = PiecewiseSteps.format(config.steps());
		cap = config.cap() == null ? null : plain(config.cap().movePointRight(2));
		floor = config.floor() == null ? null : plain(config.floor().movePointRight(2));
		weight = plain(config.weight());
		selfReported = config.selfReported();
	}

	/** 4.000000 from the database shows as 4. */
	static BigDecimal plain(BigDecimal value) {
		return value == null ? null : new BigDecimal(value.stripTrailingZeros().toPlainString());
	}

	public String getUnit() {
		return unit;
	}

	public void setUnit(String unit) {
		this.unit = unit;
	}

	public Direction getDirection() {
		return direction;
	}

	public void setDirection(Direction direction) {
		this.direction = direction;
	}

	public ScoringMethod getMethod() {
		return method;
	}

	public void setMethod(ScoringMethod method) {
		this.method = method;
	}

	public Aggregation getAggregation() {
		return aggregation;
	}

	public void setAggregation(Aggregation aggregation) {
		this.aggregation = aggregation;
	}

	public PeriodKind getFrequency() {
		return frequency;
	}

	public void setFrequency(PeriodKind frequency) {
		this.frequency = frequency;
	}

	public BigDecimal getBaseline() {
		return baseline;
	}

	public void setBaseline(BigDecimal baseline) {
		this.baseline = baseline;
	}

	public BigDecimal getTarget() {
		return target;
	}

	public void setTarget(BigDecimal target) {
		this.target = target;
	}

	public BigDecimal getStretch() {
		return stretch;
	}

	public void setStretch(BigDecimal stretch) {
		this.stretch = stretch;
	}

	public BigDecimal getRangeLow() {
		return rangeLow;
	}

	public void setRangeLow(BigDecimal rangeLow) {
		this.rangeLow = rangeLow;
	}

	public BigDecimal getRangeHigh() {
		return rangeHigh;
	}

	public void setRangeHigh(BigDecimal rangeHigh) {
		this.rangeHigh = rangeHigh;
	}

	public boolean isInclusive() {
		return inclusive;
	}

	public void setInclusive(boolean inclusive) {
		this.inclusive = inclusive;
	}

	public BigDecimal getTolerance() {
		return tolerance;
	}

	public void setTolerance(BigDecimal tolerance) {
		this.tolerance = tolerance;
	}

	public String getSteps() {
		return steps;
	}

	public void setSteps(String steps) {
		this.steps = steps;
	}

	public BigDecimal getCap() {
		return cap;
	}

	public void setCap(BigDecimal cap) {
		this.cap = cap;
	}

	public BigDecimal getFloor() {
		return floor;
	}

	public void setFloor(BigDecimal floor) {
		this.floor = floor;
	}

	public BigDecimal getWeight() {
		return weight;
	}

	public void setWeight(BigDecimal weight) {
		this.weight = weight;
	}

	public boolean isSelfReported() {
		return selfReported;
	}

	public void setSelfReported(boolean selfReported) {
		this.selfReported = selfReported;
	}

}
