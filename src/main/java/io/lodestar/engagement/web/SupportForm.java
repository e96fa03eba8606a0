package io.lodestar.engagement.web;

import java.util.UUID;

import jakarta.validation.constraints.NotNull;

import io.lodestar.engagement.MessageText;

/** A new support request on one of my goals. */
class SupportForm {

	@NotNull(message = "{engagement.support.goal-required}")
	private UUID goalId;

	@MessageText
	private String message;

	public UUID getGoalId() {
		return goalId;
	}

	public void setGoalId(UUID goalId) {
		this.goalId = goalId;
	}

	public String getMessage() {
		return message;
	}

	public void setMessage(String message) {
		this.message = message;
	}

}
