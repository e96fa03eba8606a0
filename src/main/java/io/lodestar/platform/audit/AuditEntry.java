package io.lodestar.platform.audit;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/** One audit record as shown to HR and system administrators, with the fields that changed. */
public record AuditEntry(UUID id, Instant occurredAt, UUID actorUserId, String actorName, String actorIp,
		String requestId, String action, String entityType, String entityId, String summary,
		Map<String, Object> before, Map<String, Object> after) {

	public record Change(String field, Object before, Object after) {
	}

	public List<Change> changes() {
		Set<String> fields = new LinkedHashSet<>();
		if (before != null) {
			fields.addAll(before.keySet());
		}
		if (after != null) {
			fields.addAll(after.keySet());
		}
		List<Change> changes = new ArrayList<>();
		for (String field : fields) {
			Object old = before == null ? null : before.get(field);
			Object now = after == null ? null : after.get(field);
			if (!Objects.equals(old, now)) {
				changes.add(new Change(field, old, now));
			}
		}
		return changes;
	}

}
