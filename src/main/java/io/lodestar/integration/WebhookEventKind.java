package io.lodestar.integration;

/** The business events a webhook can subscribe to, with the {@code type} sent in the body. */
public enum WebhookEventKind {

	MEASUREMENT_RECORDED("kpi.measurement.recorded"),

	OBJECTIVE_APPROVED("okr.objective.approved"),

	APPRAISAL_CYCLE_CLOSED("appraisal.cycle.closed"),

	EMPLOYEE_LEFT("people.employee.left");

	private final String type;

	WebhookEventKind(String type) {
		this.type = type;
	}

	public String type() {
		return type;
	}

}
