package io.lodestar.people;

import java.util.UUID;

public record EmployeeHired(UUID tenantId, UUID employeeId, String employeeNo, String name) {
}
