package io.lodestar.kpi;

import java.math.BigDecimal;
import java.util.UUID;

/** One row of a bulk assignment: the employee, their target and the KPI's weight in their scorecard. */
public record PersonTarget(UUID employeeId, BigDecimal target, BigDecimal weight) {
}
