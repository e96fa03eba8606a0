package io.lodestar.platform.web;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.lodestar.platform.audit.AuditEntry;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * One audit record. Snapshots are as recorded: sensitive values are masked ({@code ***…}), showing only
 * that they changed.
 */
@Schema(name = "AuditEvent")
record AuditEventResponse(UUID id, Instant occurredAt, UUID actorUserId, String actorName, String actorIp,
		String requestId, @Schema(example = "UPDATE") String action, @Schema(example = "employee") String entityType,
		String entityId, String summary,
		@Schema(description = "The object before the change; null for creations and events.") Map<String, Object> before,
		@Schema(description = "The object after the change; null for deletions and events.") Map<String, Object> after,
		@Schema(description = "The fields that differ between before and after.") List<AuditEntry.Change> changes) {

	static AuditEventResponse of(AuditEntry entry) {
		return new AuditEventResponse(entry.id(), entry.occurredAt(), entry.actorUserId(), entry.actorName(),
				entry.actorIp(), entry.requestId(), entry.action(), entry.entityType(), entry.entityId(), entry.summary(),
				entry.before(), entry.after(), entry.changes());
	}

}
