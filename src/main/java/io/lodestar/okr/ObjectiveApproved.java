package io.lodestar.okr;

import java.util.UUID;

/**
 * The reviewer approved an objective (published in the approving transaction).
 *
 * @param ownerType EMPLOYEE, ORG_UNIT or COMPANY, as in the goal graph
 */
public record ObjectiveApproved(UUID tenantId, UUID objectiveId, UUID cycleId, String ownerType, UUID ownerId) {
}
