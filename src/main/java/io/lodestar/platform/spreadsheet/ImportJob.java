package io.lodestar.platform.spreadsheet;

import java.time.Instant;
import java.util.UUID;

/** An upload being checked or imported, as shown to HR on the page and through the API. */
public record ImportJob(UUID id, UUID tenantId, UUID userId, String kind, String fileName, ImportStatus status,
		int totalRows, int processedRows, ImportReport report, Instant createdAt, Instant finishedAt) {

	/** Progress of the current phase (checking, then importing), 0 to 100. */
	public int percent() {
		if (status.finished() || status == ImportStatus.READY) {
			return 100;
		}
		return totalRows <= 0 ? 0 : (int) Math.min(100, processedRows * 100L / totalRows);
	}

}
