package io.lodestar.appraisal;

import java.sql.Date;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import io.lodestar.goals.PeriodCalendar;
import io.lodestar.platform.jobs.JobLocks;
import io.lodestar.platform.security.SystemActor;

/**
 * Daily reminders of appraisal deadlines: from {@value #DAYS_BEFORE} days before a phase's deadline (and after
 * it, until the phase ends), whoever has not done their part hears of it once a day — the employee for the
 * self-assessment and the acknowledgement, the reviewer for the manager assessment.
 */
@Component
public class AppraisalReminders {

	static final int DAYS_BEFORE = 2;

	private final JdbcClient jdbc;

	private final AppraisalCycles cycles;

	private final AppraisalStore store;

	private final AppraisalNotices notices;

	private final PeriodCalendar calendar;

	private final JobLocks jobs;

	AppraisalReminders(JdbcClient jdbc, AppraisalCycles cycles, AppraisalStore store, AppraisalNotices notices,
			PeriodCalendar calendar, JobLocks jobs) {
		this.jobs = jobs;
		this.jdbc = jdbc;
		this.cycles = cycles;
		this.store = store;
		this.notices = notices;
		this.calendar = calendar;
	}

	@Scheduled(cron = "${lodestar.appraisal.reminder-cron:0 30 9 * * *}")
	void everyDay() {
		// once across all instances; held 10 minutes so that no instance firing a little later reminds again
		jobs.runOnce("appraisal:reminders", Duration.ofMinutes(10), Duration.ofHours(2), this::remindAll);
	}

	void remindAll() {
		jdbc.sql("select distinct tenant_id from appraisal_cycle where phase in ('SELF_REVIEW', 'MANAGER_REVIEW', 'RESULTS')")
			.query(UUID.class)
			.list()
			.forEach(tenant -> SystemActor.runAs(tenant, () -> run(tenant)));
	}

	/** @return how many reminders were sent */
	@Transactional
	public int run(UUID tenant) {
		LocalDate today = calendar.today(tenant);
		int sent = 0;
		for (AppraisalCycle cycle : cycles.list(tenant)) {
			LocalDate due = cycle.currentDue();
			if (due == null || today.isBefore(due.minusDays(DAYS_BEFORE))) {
				continue;
			}
			for (AppraisalView appraisal : store.ofCycle(tenant, cycle.id())) {
				UUID recipient = owes(cycle.phase(), appraisal);
				if (recipient != null && remindToday(tenant, appraisal.id(), today)) {
					notices.reminder(tenant, recipient, cycle, due, appraisal.id());
					sent++;
				}
			}
		}
		return sent;
	}

	private static UUID owes(AppraisalPhase phase, AppraisalView appraisal) {
		return switch (phase) {
			case SELF_REVIEW -> appraisal.selfSubmitted() ? null : appraisal.employeeId();
			case MANAGER_REVIEW -> appraisal.managerSubmitted() ? null : appraisal.reviewerId();
			case RESULTS -> appraisal.acknowledgedAt() != null || appraisal.appealState() != null ? null
					: appraisal.employeeId();
			default -> null;
		};
	}

	/** Marks the appraisal reminded today; false when it already was (a second run the same day sends nothing). */
	private boolean remindToday(UUID tenant, UUID appraisal, LocalDate today) {
		return jdbc.sql("update appraisal set reminded_on = :today where tenant_id = :tenant and id = :id "
				+ "and (reminded_on is null or reminded_on < :today)")
			.param("today", Date.valueOf(today))
			.param("tenant", tenant)
			.param("id", appraisal)
			.update() == 1;
	}

}
