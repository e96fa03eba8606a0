package io.lodestar.kpi;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/**
 * One actual to record. {@code measuredOn} decides the measurement period (the KPI's frequency).
 *
 * @param idempotencyKey optional client key: sending the same key again changes nothing
 * @param lockOverride an HR administrator recording into a locked period; needs {@code reason}
 */
public record NewMeasurement(UUID kpiId, BigDecimal value, LocalDate measuredOn, String sourceRef,
		String idempotencyKey, String reason, boolean lockOverride) {
}
