package io.lodestar.engagement.web;

import java.util.UUID;

import jakarta.validation.constraints.NotNull;

import io.lodestar.engagement.MessageText;
import io.swagger.v3.oas.annotations.media.Schema;

/** The request bodies of the engagement API. */
final class EngagementRequests {

	private EngagementRequests() {
	}

	/**
	 * Feedback on a person, or on one of their goals (then {@code employeeId} may be omitted).
	 */
	@Schema(name = "CreateFeedback")
	record CreateFeedback(UUID employeeId, UUID goalId,
			@Schema(description = "Plain text, at most 2,000 characters.") @MessageText String message) {
	}

	@Schema(name = "CreateSupportRequest")
	record CreateSupportRequest(
			@Schema(description = "One of the caller's own goals (a KPI).") @NotNull(message = "{engagement.support.goal-required}") UUID goalId,
			@Schema(description = "Plain text, at most 2,000 characters.") @MessageText String message) {
	}

	@Schema(name = "Reply")
	record Reply(@Schema(description = "Plain text, at most 2,000 characters.") @MessageText String message) {
	}

	/** An optional last message, posted before the request is resolved or closed. */
	@Schema(name = "Resolve")
	record Resolve(@Schema(description = "Optional; plain text, at most 2,000 characters.") String message) {
	}

}
