package io.lodestar.engagement.web;

import java.util.UUID;

import io.lodestar.engagement.MessageText;

/** New feedback on a person, or on one of their goals. */
class FeedbackForm {

	private UUID employeeId;

	private UUID goalId;

	@MessageText
	private String message;

	public UUID getEmployeeId() {
		return employeeId;
	}

	public void setEmployeeId(UUID employeeId) {
		this.employeeId = employeeId;
	}

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
