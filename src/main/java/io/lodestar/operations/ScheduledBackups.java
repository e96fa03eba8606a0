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

	private final Backups backups;

	private final JobLocks jobs;

	ScheduledBackups(Backups backups, JobLocks jobs) {
		this.backups = backups;
		this.jobs = jobs;
	}

	/** On one node of several (the one that takes the lease), into its backup folder: share it between nodes. */
	@Scheduled(cron = "${lodestar.backup.cron:-}")
	void run() {
		jobs.runOnce("operations:backup", Duration.ofMinutes(10), Duration.ofHours(6), this::backUp);
	}

	private void backUp() {
		try {
			BackupStatus status = backups.backup(Backups.SCHEDULED);
			if (!Boolean.TRUE.equals(status.verified())) {
				log.error("Scheduled backup {} did not verify: {}", status.name(), status.message());
			}
		}
		catch (RuntimeException failed) {
			log.error("Scheduled backup failed: {}", failed.getMessage(), failed);
		}
	}

}
