package io.lodestar.appraisal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A cycle as HR sets it up: who (units with their sub-units, positions), which period, deadlines and pay. */
public record NewAppraisalCycle(String name, UUID templateId, UUID periodId, List<UUID> unitIds,
		List<UUID> positionIds, LocalDate selfDue, LocalDate managerDue, LocalDate calibrationDue,
		LocalDate acknowledgeDue, BigDecimal payBase, BigDecimal bonusPool) {
}
