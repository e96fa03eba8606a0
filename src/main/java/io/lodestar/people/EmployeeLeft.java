package io.lodestar.people;

import java.time.LocalDate;
import java.util.UUID;

/**
 * An employee left the company. Listeners run in the same transaction: the account module disables the
 * sign-in account, so access ends on the very next request.
 */
public record EmployeeLeft(UUID tenantId, UUID employeeId, LocalDate lastDay) {
}
