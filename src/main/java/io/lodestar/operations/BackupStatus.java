package io.lodestar.operations;

import java.time.Instant;

/**
 * One archive in the backup directory with the outcome of its last verification (kept beside it in
 * {@code <archive>.verified}); {@code verified} is null when it was never verified.
 */
public record BackupStatus(String name, long size, Instant createdAt, boolean encrypted, Boolean verified,
		Instant verifiedAt, String message, String schemaVersion, Long rows) {

}
