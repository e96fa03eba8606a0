package io.lodestar.people;

import java.util.UUID;

/** A former employee was re-activated; their account stays disabled until an administrator enables it. */
public record EmployeeRejoined(UUID tenantId, UUID employeeId) {
}
