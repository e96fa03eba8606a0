package io.lodestar.kpi;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

import io.lodestar.goals.PeriodKind;
import io.lodestar.scoring.Aggregation;
import io.lodestar.scoring.Direction;
import io.lodestar.scoring.ScoringMethod;

/** The scoring configuration of one KPI goal (same id as the goal; a null version marks it new). */
@Table("kpi")
class Kpi {

	@Id
	private final UUID goalId;

	private final UUID tenantId;

	private UUID definitionId;

	private String unit;

	private Direction direction;

	private ScoringMethod scoringMethod;

	private Aggregation aggregation;

	private PeriodKind frequency;

	private BigDecimal baseline;

	private BigDecimal target;

	private BigDecimal stretch;

	private BigDecimal rangeLow;

	private BigDecimal rangeHigh;

	private boolean inclusive;

	private BigDecimal tolerance;

	private String piecewise;

	private BigDecimal cap;

	private BigDecimal floorValue;

	private BigDecimal weight;

	private boolean selfReported;

	@Version
	private Long version;

	Kpi(UUID goalId, UUID tenantId, UUID definitionId, String unit, Direction direction, ScoringMethod scoringMethod,
			Aggregation aggregation, PeriodKind frequency, BigDecimal baseline, BigDecimal target, BigDecimal stretch,
			BigDecimal rangeLow, BigDecimal rangeHigh, boolean inclusive, BigDecimal tolerance, String piecewise,
			BigDecimal cap, BigDecimal floorValue, BigDecimal weight, boolean selfReported, Long version) {
		this.goalId = goalId;
		this.tenantId = tenantId;
		this.definitionId = definitionId;
		this.unit = unit;
		this.direction = direction;
		this.scoringMethod = scoringMethod;
		this.aggregation = aggregation;
		this.frequency = frequency;
		this.baseline = baseline;
		this.target = target;
		this.stretch = stretch;
		this.rangeLow = rangeLow;
		this.rangeHigh = rangeHigh;
		this.inclusive = inclusive;
		this.tolerance = tolerance;
		this.piecewise = piecewise;
		this.cap = cap;
		this.floorValue = floorValue;
		this.weight = weight;
		this.selfReported = selfReported;
		this.version = version;
	}

	static Kpi of(UUID goalId, UUID tenantId, KpiConfig config) {
		Kpi kpi = new Kpi(goalId, tenantId, null, null, null, null, null, null, null, null, null, null, null, false, null,
				null, null, null, null, false, null);
		kpi.configure(config);
		return kpi;
	}

	void configure(KpiConfig config) {
		this.definitionId = config.definitionId();
		this.unit = config.unit() == null || config.unit().isBlank() ? null : config.unit().strip();
		this.direction = config.direction();
		this.scoringMethod = config.method();
		this.aggregation = config.aggregation();
		this.frequency = config.frequency();
		this.baseline = config.baseline();
		this.target = config.target();
		this.stretch = config.stretch();
		this.rangeLow = config.rangeLow();
		this.rangeHigh = config.rangeHigh();
		this.inclusive = config.inclusive();
		this.tolerance = config.tolerance();
		this.piecewise = PiecewiseSteps.format(config.steps());
		this.cap = config.cap();
		this.floorValue = config.floor();
		this.weight = config.weight();
		this.selfReported = config.selfReported();
	}

	KpiConfig config() {
		return new KpiConfig(unit, direction, scoringMethod, aggregation, frequency, baseline, target, stretch, rangeLow,
				rangeHigh, inclusive, tolerance, PiecewiseSteps.parse(piecewise), cap, floorValue, weight, selfReported,
				definitionId);
	}

	Map<String, Object> auditState() {
		Map<String, Object> state = new LinkedHashMap<>();
		KpiConfig config = config();
		state.put("unit", config.unit());
		state.put("direction", direction.name());
		state.put("method", scoringMethod.name());
		state.put("aggregation", aggregation.name());
		state.put("frequency", frequency.name());
		state.put("baseline", plain(baseline));
		state.put("target", plain(target));
		state.put("stretch", plain(stretch));
		state.put("range", plain(rangeLow) + ".." + plain(rangeHigh));
		state.put("inclusive", inclusive);
		state.put("tolerance", plain(tolerance));
		state.put("steps", piecewise);
		state.put("cap", plain(cap));
		state.put("floor", plain(floorValue));
		state.put("weight", plain(weight));
		state.put("selfReported", selfReported);
		return state;
	}

	private static String plain(BigDecimal value) {
		return value == null ? null : value.stripTrailingZeros().toPlainString();
	}

	UUID goalId() {
		return goalId;
	}

	Long version() {
		return version;
	}

}
