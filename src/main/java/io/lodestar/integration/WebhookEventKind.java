package io.lodestar.integration;

import java.util.Locale;

/**
 * The business events a webhook can subscribe to. The {@code type} sent in the body and the
 * {@code Lodestar-Event-Type} header is the name in lower case with dots: {@code measurement.recorded},
 * {@code objective.approved}, {@code appraisal.cycle.closed}, {@code employee.left}.
 */
public enum WebhookEventKind {

	MEASUREMENT_RECORDED, OBJECTIVE_APPROVED, APPRAISAL_CYCLE_CLOSED, EMPLOYEE_LEFT;

	public String type() {
		return name().toLowerCase(Locale.ROOT).replace('_', '.');
	}

}
