package io.lodestar.attendance;

import java.time.Instant;
import java.util.UUID;

/**
 * An approved device of the company with its status, as pages and the API show it; whether a shared secret is set
 * (never the secret itself) and the networks it may call from.
 */
public record DeviceView(UUID id, String serialNumber, String name, String utcOffset, String firmware,
		Instant lastSeenAt, Instant lastPunchAt, String attlogStamp, long punchCount, long duplicateCount,
		long setAsideCount, long errorCount, String lastError, Instant lastErrorAt, Instant approvedAt,
		boolean sharedSecret, String allowedNetworks) {

	static DeviceView of(DeviceRow row) {
		return new DeviceView(row.id(), row.serialNumber(), row.name(), UtcOffsets.format(row.offset()),
				row.firmware(), row.lastSeenAt(), row.lastPunchAt(), row.attlogStamp(), row.punchCount(),
				row.duplicateCount(), row.setAsideCount(), row.errorCount(), row.lastError(), row.lastErrorAt(),
				row.approvedAt(), row.secretSha256() != null, row.allowedNetworks());
	}

}
