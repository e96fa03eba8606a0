package io.lodestar.attendance;

import java.util.UUID;

/** A KPI that takes its actuals from attendance. */
public record KpiBindingView(UUID kpiId, String kpiTitle, String ownerType, UUID ownerId, String ownerName,
		AttendanceMeasure measure) {
}
