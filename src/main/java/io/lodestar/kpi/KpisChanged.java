package io.lodestar.kpi;

import java.util.Set;
import java.util.UUID;

/**
 * What a KPI counts for in its owner's scorecard may have changed: the KPIs were created, configured (weight,
 * targets) or got new results. Listeners run in the same transaction, after the change was written: the
 * reporting module brings its owners' scores up to date, so a dashboard never shows a score older than the
 * KPI's own page.
 */
public record KpisChanged(UUID tenantId, Set<UUID> kpiIds) {
}
