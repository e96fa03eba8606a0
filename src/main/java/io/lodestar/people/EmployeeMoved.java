package io.lodestar.people;

import java.time.LocalDate;
import java.util.UUID;

/** An employee's org unit, position or manager changed, effective on the given date. */
public record EmployeeMoved(UUID tenantId, UUID employeeId, Placement from, Placement to, LocalDate effectiveOn) {
}
