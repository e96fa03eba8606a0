package io.lodestar.attendance;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.UUID;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Days waiting to be computed again, per PIN or employee, stored in the caller's transaction so that a request
 * is never lost and never made before its punches are committed. {@link ResultWorker} works them off.
 */
@Component
class RecomputeQueue {

	static final String PIN = "pin:";

	static final String EMPLOYEE = "employee:";

	private final JdbcClient jdbc;

	private final Clock clock;

	private final org.springframework.jdbc.core.JdbcTemplate batches;

	RecomputeQueue(JdbcClient jdbc, Clock clock, org.springframework.jdbc.core.JdbcTemplate batches) {
		this.batches = batches;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** A punch counts for its own day and, through a night shift, for the day before. */
	@EventListener
	@Transactional(propagation = Propagation.MANDATORY)
	void on(PunchesRecorded punches) {
		punches.datesByPin().forEach((pin, dates) -> dates.forEach(date -> {
			enqueue(punches.tenantId(), PIN + pin, date);
			enqueue(punches.tenantId(), PIN + pin, date.minusDays(1));
		}));
	}

	void enqueuePin(UUID tenant, String pin) {
		jdbc.sql("select distinct cast(local_time as date) from attendance_punch where tenant_id = :tenant and pin = :pin")
			.param("tenant", tenant)
			.param("pin", pin)
			.query(LocalDate.class)
			.list()
			.forEach(date -> {
				enqueue(tenant, PIN + pin, date);
				enqueue(tenant, PIN + pin, date.minusDays(1));
			});
	}

	void enqueueAllPins(UUID tenant) {
		jdbc.sql("select distinct pin from attendance_punch where tenant_id = :tenant")
			.param("tenant", tenant)
			.query(String.class)
			.list()
			.forEach(pin -> enqueuePin(tenant, pin));
	}

	void enqueueEmployee(UUID tenant, UUID employee, Collection<LocalDate> days) {
		days.forEach(day -> enqueue(tenant, EMPLOYEE + employee, day));
	}

	private void enqueue(UUID tenant, String subject, LocalDate day) {
		var now = UploadIngestion.utc(clock.instant());
		// a newer stamp on a waiting request: a worker computing it right now will not delete it afterwards
		int updated = jdbc.sql("update attendance_recompute set requested_at = :now "
				+ "where tenant_id = :tenant and subject = :subject and work_day = :day")
			.param("now", now)
			.param("tenant", tenant)
			.param("subject", subject)
			.param("day", day)
			.update();
		if (updated == 0) {
			jdbc.sql("insert into attendance_recompute (tenant_id, subject, work_day, requested_at) "
					+ "values (:tenant, :subject, :day, :now) on conflict do nothing")
				.param("now", now)
				.param("tenant", tenant)
				.param("subject", subject)
				.param("day", day)
				.update();
		}
	}

	record Request(UUID tenant, String subject, LocalDate day, Instant requestedAt) {
	}

	java.util.List<Request> next(int limit) {
		return jdbc.sql("select tenant_id, subject, work_day, requested_at from attendance_recompute "
				+ "order by requested_at limit :limit")
			.param("limit", limit)
			.query((rs, row) -> new Request(rs.getObject(1, UUID.class), rs.getString(2),
					rs.getObject(3, LocalDate.class), DeviceRow.instant(rs, "requested_at")))
			.list();
	}

	/** Removes the handled requests: one batched statement, not one round trip per request. */
	void done(java.util.Collection<Request> requests) {
		if (requests.isEmpty()) {
			return;
		}
		batches.batchUpdate("delete from attendance_recompute where tenant_id = ? and subject = ? and work_day = ? "
				+ "and requested_at = ?", requests.stream()
					.map(request -> new Object[] { request.tenant(), request.subject(), request.day(),
							UploadIngestion.utc(request.requestedAt()) })
					.toList());
	}

}
