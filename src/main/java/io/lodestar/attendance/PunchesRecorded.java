package io.lodestar.attendance;

import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * New punches were stored (by a device upload or any other source), published in the storing transaction:
 * for each PIN, the device-local dates of its new punches. Results of those days (and of the day before, for
 * night shifts) are computed again for that PIN's employee only.
 */
public record PunchesRecorded(UUID tenantId, Map<String, Set<LocalDate>> datesByPin) {
}
