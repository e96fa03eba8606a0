package io.lodestar.operations;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Backups on the schedule {@code LODESTAR_BACKUP_CRON}; a failure is logged and tried again next time. */
@Component
class ScheduledBackups {

	private static final Logger log = LoggerFactory.getLogger(ScheduledBackups.class);

	private final Backups backups;

	ScheduledBackups(Backups backups) {
		this.backups = backups;
	}

	@Scheduled(cron = "${lodestar.backup.cron:-}")
	void run() {
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
