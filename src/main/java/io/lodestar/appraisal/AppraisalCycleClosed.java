package io.lodestar.appraisal;

import java.util.UUID;

/** HR closed an appraisal cycle: its results are final (published in the closing transaction). */
public record AppraisalCycleClosed(UUID tenantId, UUID cycleId, String name) {
}
