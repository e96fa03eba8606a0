package io.lodestar.integration;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import io.lodestar.appraisal.AppraisalCycleClosed;
import io.lodestar.kpi.MeasurementsRecorded;
import io.lodestar.okr.ObjectiveApproved;
import io.lodestar.people.EmployeeLeft;
import tools.jackson.databind.json.JsonMapper;

/**
 * Turns business events into webhook deliveries. The listeners are synchronous, so the outbox rows are
 * written in the transaction of the change itself: a change that rolls back sends nothing, and a committed
 * change cannot lose its delivery (no gap between commit and enqueue). Sending happens later, outside any
 * transaction ({@link WebhookWorker}). Payloads carry ids and facts only, never people's names or pay, so a receiver
 * reads details through the API with a key of its own scope.
 */
@Component
class WebhookOutbox {

	private final JdbcClient jdbc;

	private final JsonMapper json;

	private final Clock clock;

	WebhookOutbox(JdbcClient jdbc, JsonMapper json, Clock clock) {
		this.jdbc = jdbc;
		this.json = json;
		this.clock = clock;
	}

	@EventListener
	void on(MeasurementsRecorded event) {
		List<Map<String, Object>> payloads = new ArrayList<>();
		for (MeasurementsRecorded.Recorded measurement : event.measurements()) {
			Map<String, Object> data = new LinkedHashMap<>();
			data.put("measurementId", measurement.measurementId());
			data.put("kpiId", measurement.kpiId());
			data.put("periodId", measurement.periodId());
			data.put("measuredOn", measurement.measuredOn().toString());
			data.put("value", measurement.value().toPlainString());
			data.put("source", measurement.source().name());
			data.put("sourceRef", measurement.sourceRef());
			data.put("correctsId", measurement.correctsId());
			payloads.add(data);
		}
		enqueue(event.tenantId(), WebhookEventKind.MEASUREMENT_RECORDED, payloads);
	}

	@EventListener
	void on(ObjectiveApproved event) {
		Map<String, Object> data = new LinkedHashMap<>();
		data.put("objectiveId", event.objectiveId());
		data.put("cycleId", event.cycleId());
		data.put("ownerType", event.ownerType());
		data.put("ownerId", event.ownerId());
		enqueue(event.tenantId(), WebhookEventKind.OBJECTIVE_APPROVED, List.of(data));
	}

	@EventListener
	void on(AppraisalCycleClosed event) {
		Map<String, Object> data = new LinkedHashMap<>();
		data.put("cycleId", event.cycleId());
		data.put("name", event.name());
		enqueue(event.tenantId(), WebhookEventKind.APPRAISAL_CYCLE_CLOSED, List.of(data));
	}

	@EventListener
	void on(EmployeeLeft event) {
		Map<String, Object> data = new LinkedHashMap<>();
		data.put("employeeId", event.employeeId());
		data.put("lastDay", event.lastDay() == null ? null : event.lastDay().toString());
		enqueue(event.tenantId(), WebhookEventKind.EMPLOYEE_LEFT, List.of(data));
	}

	/** One event per payload, one delivery per event and active webhook subscribed to the kind. */
	private void enqueue(UUID tenant, WebhookEventKind kind, List<Map<String, Object>> payloads) {
		List<UUID> webhooks = jdbc.sql("select id, event_kinds from integration_webhook "
				+ "where tenant_id = :tenant and active = true")
			.param("tenant", tenant)
			.query((rs, row) -> Webhooks.kinds(rs.getString("event_kinds")).contains(kind)
					? rs.getObject("id", UUID.class) : null)
			.list()
			.stream()
			.filter(java.util.Objects::nonNull)
			.toList();
		if (webhooks.isEmpty() || payloads.isEmpty()) {
			return;
		}
		// whole milliseconds, like the worker's clock: a row is due in the same millisecond it was written
		Instant now = clock.instant().truncatedTo(java.time.temporal.ChronoUnit.MILLIS);
		for (Map<String, Object> data : payloads) {
			UUID eventId = UUID.randomUUID();
			Map<String, Object> body = new LinkedHashMap<>();
			body.put("id", eventId);
			body.put("type", kind.type());
			body.put("occurredAt", now.toString());
			body.put("data", data);
			String text = json.writeValueAsString(body);
			for (UUID webhook : webhooks) {
				jdbc.sql("""
						insert into integration_webhook_delivery (id, tenant_id, webhook_id, event_id, event_kind, body,
						    status, attempts, next_attempt_at, created_at)
						values (:id, :tenant, :webhook, :event, :kind, :body, 'PENDING', 0, :now, :now)
						""")
					.param("id", UUID.randomUUID())
					.param("tenant", tenant)
					.param("webhook", webhook)
					.param("event", eventId)
					.param("kind", kind.name())
					.param("body", text)
					.param("now", Timestamp.from(now))
					.update();
			}
		}
	}

}
