package io.lodestar.platform.audit;

import java.time.LocalDate;

/** Optional filters of the audit trail view; {@code to} is inclusive. */
public record AuditFilter(LocalDate from, LocalDate to, String actor, String entityType, String entityId,
		String action) {

	public static AuditFilter none() {
		return new AuditFilter(null, null, null, null, null, null);
	}

}
