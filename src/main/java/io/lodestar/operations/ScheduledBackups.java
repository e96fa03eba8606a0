package io.lodestar.operations;

import java.time.Duration;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import io.lodestar.platform.jobs.JobLocks;

/** Backups on the schedule {@code LODESTAR_BACKUP_CRON}; a failure is logged and tried again next time. */
@Component
class ScheduledBackups {

	private static final Logger log = LoggerFactory.getLogger(ScheduledBackups.class);

	private final BackupRuns backups;

	private final JobLocks jobs;

	ScheduledBackups(BackupRuns backups, JobLocks jobs) {
		this.backups = backups;
		this.jobs = jobs;
	}

	/** On one node of several (the one that takes the lease), into its backup folder: share it between nodes. */
	@Scheduled(cron = "${lodestar.backup.cron:-}")
	void run() {
		jobs.runOnce("operations:backup", Duration.ofMinutes(10), Duration.ofHours(6), this::backUp);
	}

	private void backUp() {
		// shown on the admin page like one started there; its failure is logged by the run
		if (!backups.backUpNow(Backups.SCHEDULED, null)) {
			log.warn("Scheduled backup skipped: another backup or verification is running");
		}
	}

}
