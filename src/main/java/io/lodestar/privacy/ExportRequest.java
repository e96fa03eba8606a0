package io.lodestar.privacy;

import java.time.Instant;
import java.util.UUID;

/** A request to export personal data in bulk, and what became of it. */
public record ExportRequest(UUID id, ExportKind kind, String reason, UUID requestedBy, String requesterName,
		Instant requestedAt, Status status, String deciderName, Instant decidedAt, Instant expiresAt,
		Instant downloadedAt) {

	public enum Status {

		PENDING, APPROVED, REJECTED, DOWNLOADED, EXPIRED

	}

	/** Approved, not yet fetched, and still inside its window. */
	public boolean downloadable(Instant now) {
		return status == Status.APPROVED && expiresAt != null && now.isBefore(expiresAt);
	}

}
