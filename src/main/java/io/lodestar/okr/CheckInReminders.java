package io.lodestar.okr;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import io.lodestar.platform.jobs.JobLocks;

/**
 * Once a day, per company: moves cycles on by their dates, then reminds (in-app) every person with approved key
 * results in an active cycle who has not checked in within the cycle's check-in interval — once per interval.
 */
@Component
public class CheckInReminders {

	private final OkrCycles cycles;

	private final OkrNotices notices;

	private final JdbcClient jdbc;

	private final JobLocks jobs;

	CheckInReminders(OkrCycles cycles, OkrNotices notices, JdbcClient jdbc, JobLocks jobs) {
		this.jobs = jobs;
		this.cycles = cycles;
		this.notices = notices;
		this.jdbc = jdbc;
	}

	@Scheduled(cron = "${lodestar.okr.reminder-cron:0 0 9 * * *}")
	void daily() {
		// once across all instances; held 10 minutes so that no instance firing a little later sends the day's again
		jobs.runOnce("okr:check-in-reminders", Duration.ofMinutes(10), Duration.ofHours(2), this::remindAll);
	}

	void remindAll() {
		jdbc.sql("select distinct tenant_id from okr_cycle where phase <> 'CLOSED'")
			.query(UUID.class)
			.list()
			.forEach(this::run);
	}

	/** Follows the dates and sends due reminders for one company; returns how many people were reminded. */
	@Transactional
	public int run(UUID tenant) {
		cycles.followDates(tenant);
		LocalDate today = cycles.today(tenant);
		int reminded = 0;
		for (OkrCycle cycle : cycles.list(tenant)) {
			if (cycle.phase() != CyclePhase.ACTIVE || today.isBefore(cycle.startsOn().plusDays(cycle.checkInDays()))) {
				continue;
			}
			LocalDate since = today.minusDays(cycle.checkInDays());
			List<UUID> due = jdbc.sql("""
					select distinct g.owner_id from okr_objective o
					join goal g on g.tenant_id = o.tenant_id and g.id = o.goal_id
					where o.tenant_id = :tenant and o.cycle_id = :cycle and o.review_state = 'APPROVED'
					  and g.owner_type = 'EMPLOYEE' and g.status = 'ACTIVE'
					  and not exists (select 1 from okr_check_in c join okr_key_result k
					      on k.tenant_id = c.tenant_id and k.goal_id = c.key_result_id
					      where c.tenant_id = o.tenant_id and k.objective_id = o.goal_id and c.checked_on > :since)
					  and not exists (select 1 from okr_reminder r where r.tenant_id = o.tenant_id
					      and r.employee_id = g.owner_id and r.cycle_id = o.cycle_id and r.sent_on > :since)
					""")
				.param("tenant", tenant)
				.param("cycle", cycle.id())
				.param("since", since)
				.query(UUID.class)
				.list();
			for (UUID employee : due) {
				jdbc.sql("insert into okr_reminder (tenant_id, employee_id, cycle_id, sent_on) values (:t, :e, :c, :d)")
					.param("t", tenant)
					.param("e", employee)
					.param("c", cycle.id())
					.param("d", today)
					.update();
				notices.remind(tenant, employee, cycle.name(), cycle.id());
				reminded++;
			}
		}
		return reminded;
	}

}
