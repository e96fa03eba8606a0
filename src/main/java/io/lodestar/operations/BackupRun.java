package io.lodestar.operations;

import java.time.Instant;
import java.util.UUID;

/**
 * A backup or a verification started in the background (admin page, schedule) as every node sees it:
 * {@code label} is the backup's label or the name of the archive being verified; {@code archive} the archive
 * written. Outcomes: RUNNING, VERIFIED, UNVERIFIED (written but failed its check), FAILED, ABANDONED (its node
 * stopped mid-run).
 */
public record BackupRun(UUID id, String kind, String label, String startedBy, Instant startedAt,
		Instant heartbeatAt, int tablesTotal, int tablesDone, long rowsDone, String outcome, String archive,
		String message, Instant finishedAt) {

	public static final String BACKUP = "BACKUP";

	public static final String VERIFY = "VERIFY";

	public boolean running() {
		return "RUNNING".equals(outcome);
	}

	public boolean failed() {
		return "FAILED".equals(outcome) || "ABANDONED".equals(outcome) || "UNVERIFIED".equals(outcome);
	}

	public boolean verification() {
		return VERIFY.equals(kind);
	}

	/** 0–100 by tables written; a verification (one pass over the archive) reports no steps. */
	public int percent() {
		return tablesTotal == 0 ? 0 : Math.min(100, tablesDone * 100 / tablesTotal);
	}

}
