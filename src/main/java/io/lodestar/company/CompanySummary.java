package io.lodestar.company;

import java.time.Instant;
import java.util.UUID;

/** A company as other modules and clients see it. */
public record CompanySummary(UUID id, String code, String name, String defaultLocale, String timeZone,
		Instant createdAt) {
}
