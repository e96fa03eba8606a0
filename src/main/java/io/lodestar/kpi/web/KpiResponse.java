package io.lodestar.kpi.web;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;

import io.lodestar.goals.GoalStatus;
import io.lodestar.goals.GoalView;
import io.lodestar.goals.GoalVisibility;
import io.lodestar.goals.OwnerType;
import io.lodestar.kpi.KpiDetail;
import io.lodestar.platform.web.Messages;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * A KPI: its goal (title, owner, period, parent), its scoring configuration and its results, overall (its
 * own period) and per measurement period in order.
 */
@Schema(name = "Kpi")
@JsonInclude(JsonInclude.Include.ALWAYS)
record KpiResponse(@Schema(description = "The KPI's goal id.") UUID id, String title,
		@Schema(nullable = true) String description, OwnerType ownerType,
		@Schema(description = "The org unit or employee; null for the company.", nullable = true) UUID ownerId,
		String ownerName, PeriodRef period,
		@Schema(description = "The goal it contributes to.", nullable = true) UUID parentId,
		@Schema(description = "Weight among the parent's contributing goals.") BigDecimal contributionWeight,
		@Schema(description = "Its goal's progress: the own-period completion (1 = 100 %).", nullable = true) BigDecimal progress,
		GoalStatus status, GoalVisibility visibility,
		@Schema(description = "The goal's version, for PUT /api/v1/goals/{id} (title, description, weight).") Long goalVersion,
		@Schema(description = "Whether the caller may change it (configuration, targets).") boolean manageable,
		@Schema(description = "Whether the caller may record actuals for it.") boolean recordable, KpiConfigBody config,
		@Schema(description = "The configuration's version, for PUT /api/v1/kpis/{id}/config.") Long configVersion,
		PeriodResultResponse overall, List<PeriodResultResponse> byPeriod) {

	static KpiResponse of(KpiDetail detail, Long configVersion, Messages messages) {
		GoalView goal = detail.goal();
		return new KpiResponse(goal.id(), goal.title(), goal.description(), goal.ownerType(), goal.ownerId(),
				goal.ownerName(), PeriodRef.of(goal.period(), messages), goal.parentId(), Decimals.clean(goal.weight()), Decimals.clean(goal.progress()),
				goal.status(), goal.visibility(), goal.version(), goal.manageable(), detail.recordable(),
				KpiConfigBody.of(detail.config()), configVersion, PeriodResultResponse.of(detail.overall(), messages),
				detail.byPeriod().stream().map(result -> PeriodResultResponse.of(result, messages)).toList());
	}

}
