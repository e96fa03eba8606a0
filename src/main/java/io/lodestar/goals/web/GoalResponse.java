package io.lodestar.goals.web;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;

import io.lodestar.goals.GoalKind;
import io.lodestar.goals.GoalStatus;
import io.lodestar.goals.GoalView;
import io.lodestar.goals.GoalVisibility;
import io.lodestar.goals.OwnerType;
import io.lodestar.goals.ProgressDriver;
import io.lodestar.platform.web.Messages;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * A goal as the caller may see it. In an ancestry, goals the caller may not read in full keep their title
 * but have no progress.
 */
@Schema(name = "Goal")
@JsonInclude(JsonInclude.Include.ALWAYS)
record GoalResponse(UUID id, GoalKind kind, String title, @Schema(nullable = true) String description,
		OwnerType ownerType, @Schema(description = "The org unit or employee; null for the company.", nullable = true) UUID ownerId,
		@Schema(description = "The org unit's, employee's or company's name.") String ownerName, PeriodResponse period,
		@Schema(description = "The goal this one contributes to.", nullable = true) UUID parentId,
		@Schema(description = "Weight among the parent's contributing goals (any scale, normalised).") BigDecimal weight,
		ProgressDriver progressDriver,
		@Schema(description = "Completion as a fraction (1 = 100 %); null before any data.", nullable = true) BigDecimal progress,
		@Schema(nullable = true) Instant progressAt, GoalStatus status, GoalVisibility visibility,
		@Schema(description = "Send it back with PUT.") Long version,
		@Schema(description = "Whether the caller may change this goal.") boolean manageable) {

	static GoalResponse of(GoalView view, Messages messages) {
		return new GoalResponse(view.id(), view.kind(), view.title(), view.description(), view.ownerType(),
				view.ownerId(), view.ownerName(), PeriodResponse.of(view.period(), messages), view.parentId(),
				clean(view.weight()), view.progressDriver(), clean(view.progress()), view.progressAt(), view.status(),
				view.visibility(), view.version(), view.manageable());
	}

	/** 1 rather than the stored 1.0000; the value is unchanged. */
	static BigDecimal clean(BigDecimal value) {
		if (value == null) {
			return null;
		}
		BigDecimal stripped = value.stripTrailingZeros();
		return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
	}

}
