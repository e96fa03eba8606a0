package io.lodestar.kpi.web;

import java.math.BigDecimal;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import io.lodestar.goals.PeriodKind;
import io.lodestar.kpi.KpiConfig;
import io.lodestar.kpi.KpiDefinitionRequest;
import io.lodestar.kpi.KpiDefinitionView;
import io.lodestar.kpi.PiecewiseSteps;
import io.lodestar.scoring.Aggregation;
import io.lodestar.scoring.Direction;
import io.lodestar.scoring.ScoringMethod;

/**
 * The library form: every field of a definition, the piecewise table typed as text ("0.9=1; 0.8=x0.8; 0=0").
 * Values are per measurement period; cap and floor are completions (1.2 = 120 %). A JavaBean rather than a
 * record so that a number typed wrongly is reported together with every other problem of the form.
 */
public class DefinitionForm {

	@NotBlank(message = "{kpi.definition.code.required}") @Size(max = 40, message = "{kpi.definition.code.size}")
	@Pattern(regexp = "\\s*([\\p{L}\\p{N}][\\p{L}\\p{N}_.-]*)?\\s*", message = "{kpi.definition.code.pattern}")
	private String code;

	@NotBlank(message = "{kpi.definition.name.required}") @Size(max = 200, message = "{kpi.definition.name.size}")
	private String name;

	@Size(max = 2000, message = "{kpi.definition.description.size}")
	private String description;

	@Size(max = 20, message = "{kpi.unit.size}")
	private String unit;

	@NotNull(message = "{kpi.direction.required}")
	private Direction direction;

	@NotNull(message = "{kpi.method.required}")
	private ScoringMethod method;

	@NotNull(message = "{kpi.aggregation.required}")
	private Aggregation aggregation;

	@NotNull(message = "{kpi.frequency.required}")
	private PeriodKind frequency;

	@Digits(integer = 14, fraction = 6, message = "{kpi.library.number.digits}")
	private BigDecimal baseline;

	@Digits(integer = 14, fraction = 6, message = "{kpi.library.number.digits}")
	private BigDecimal target;

	@Digits(integer = 14, fraction = 6, message = "{kpi.library.number.digits}")
	private BigDecimal stretch;

	@Digits(integer = 14, fraction = 6, message = "{kpi.library.number.digits}")
	private BigDecimal rangeLow;

	@Digits(integer = 14, fraction = 6, message = "{kpi.library.number.digits}")
	private BigDecimal rangeHigh;

	private boolean inclusive;

	@Digits(integer = 14, fraction = 6, message = "{kpi.library.number.digits}")
	private BigDecimal tolerance;

	@Size(max = 2000, message = "{kpi.library.steps.size}")
	private String steps;

	@DecimalMin(value = "0", message = "{kpi.cap.negative}")
	@Digits(integer = 5, fraction = 4, message = "{kpi.library.completion.digits}")
	private BigDecimal cap;

	@Digits(integer = 5, fraction = 4, message = "{kpi.library.completion.digits}")
	private BigDecimal floor;

	@NotNull(message = "{kpi.weight.required}") @DecimalMin(value = "0", message = "{kpi.weight.range}")
	@DecimalMax(value = "100", message = "{kpi.weight.range}") @Digits(integer = 3, fraction = 4, message = "{kpi.weight.range}")
	private BigDecimal weight;

	private Long version;

	/** A new definition: increase to a monthly target, ratio scoring, weight 100 %. */
	static DefinitionForm blank() {
		DefinitionForm form = new DefinitionForm();
		form.direction = Direction.INCREASE;
		form.method = ScoringMethod.RATIO;
		form.aggregation = Aggregation.LAST;
		form.frequency = PeriodKind.MONTH;
		form.inclusive = true;
		form.weight = new BigDecimal("100");
		return form;
	}

	static DefinitionForm of(KpiDefinitionView view) {
		KpiConfig config = view.config();
		DefinitionForm form = new DefinitionForm();
		form.code = view.code();
		form.name = view.name();
		form.description = view.description();
		form.unit = config.unit();
		form.direction = config.direction();
		form.method = config.method();
		form.aggregation = config.aggregation();
		form.frequency = config.frequency();
		form.baseline = plain(config.baseline());
		form.target = plain(config.target());
		form.stretch = plain(config.stretch());
		form.rangeLow = plain(config.rangeLow());
		form.rangeHigh = plain(config.rangeHigh());
		form.inclusive = config.inclusive();
		form.tolerance = plain(config.tolerance());
		form.steps = PiecewiseSteps.format(config.steps());
		form.cap = plain(config.cap());
		form.floor = plain(config.floor());
		form.weight = plain(config.weight());
		form.version = view.version();
		return form;
	}

	/** @throws io.lodestar.platform.web.BusinessRuleException (field {@code steps}) for an unreadable table */
	KpiDefinitionRequest request() {
		return new KpiDefinitionRequest(code.strip(), name.strip(), description,
				new KpiConfig(unit, direction, method, aggregation, frequency, baseline, target, stretch, rangeLow,
						rangeHigh, inclusive, tolerance, PiecewiseSteps.parse(steps), cap, floor, weight, false, null),
				version);
	}

	private static BigDecimal plain(BigDecimal value) {
		return value == null ? null : new BigDecimal(value.stripTrailingZeros().toPlainString());
	}

	public String getCode() {
		return code;
	}

	public void setCode(String code) {
		this.code = code;
	}

	public String getName() {
		return name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public String getDescription() {
		return description;
	}

	public void setDescription(String description) {
		this.description = description;
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

	public Long getVersion() {
		return version;
	}

	public void setVersion(Long version) {
		this.version = version;
	}

}
