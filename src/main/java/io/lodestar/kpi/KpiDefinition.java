package io.lodestar.kpi;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

import io.lodestar.goals.PeriodKind;
import io.lodestar.scoring.Aggregation;
import io.lodestar.scoring.Direction;
import io.lodestar.scoring.ScoringMethod;

/** A reusable KPI of the company's library: applied to units and people with their own targets. */
@Table("kpi_definition")
class KpiDefinition {

	@Id
	private final UUID id;

	private final UUID tenantId;

	private String code;

	private String name;

	private String description;

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

	private BigDecimal defaultWeight;

	private boolean archived;

	private final Instant createdAt;

	private Instant updatedAt;

	@Version
	private Long version;

	KpiDefinition(UUID id, UUID tenantId, String code, String name, String description, String unit,
			Direction direction, ScoringMethod scoringMethod, Aggregation aggregation, PeriodKind frequency,
			BigDecimal baseline, BigDecimal target, BigDecimal stretch, BigDecimal rangeLow, BigDecimal rangeHigh,
			boolean inclusive, BigDecimal tolerance, String piecewise, BigDecimal cap, BigDecimal floorValue,
			BigDecimal defaultWeight, boolean archived, Instant createdAt, Instant updatedAt, Long version) {
		this.id = id;
		this.tenantId = tenantId;
		this.code = code;
		this.name = name;
		this.description = description;
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
		this.defaultWeight = defaultWeight;
		this.archived = archived;
		this.createdAt = createdAt;
		this.updatedAt = updatedAt;
		this.version = version;
	}

	static KpiDefinition create(UUID tenantId, KpiDefinitionRequest request) {
		Instant now = Instant.now();
		KpiDefinition definition = new KpiDefinition(UUID.randomUUID(), tenantId, null, null, null, null, null, null,
				null, null, null, null, null, null, null, false, null, null, null, null, null, false, now, now, null);
		definition.change(request);
		return definition;
	}

	void change(KpiDefinitionRequest request) {
		KpiConfig config = request.config();
		this.code = request.code().strip();
		this.name = request.name().strip();
		this.description = request.description() == null || request.description().isBlank() ? null
				: request.description().strip();
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
		this.defaultWeight = config.weight();
		this.updatedAt = Instant.now();
	}

	void archive(boolean archived) {
		this.archived = archived;
		this.updatedAt = Instant.now();
	}

	KpiDefinitionView view() {
		return new KpiDefinitionView(id, code, name, description,
				new KpiConfig(unit, direction, scoringMethod, aggregation, frequency, baseline, target, stretch, rangeLow,
						rangeHigh, inclusive, tolerance, PiecewiseSteps.parse(piecewise), cap, floorValue, defaultWeight,
						false, id),
				archived, version);
	}

	UUID id() {
		return id;
	}

	String code() {
		return code;
	}

}
