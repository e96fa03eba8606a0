package io.lodestar.people;

import java.util.UUID;

/** Where an employee sits: org unit (required), position and direct manager (optional). */
public record Placement(UUID orgUnitId, UUID positionId, UUID managerId) {
}
