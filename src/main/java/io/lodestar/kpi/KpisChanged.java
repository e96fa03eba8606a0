package io.lodestar.kpi;

import java.util.Set;
import java.util.UUID;

/**
 * What KPIs count for in their owners' scorecards may have changed. Listeners run in the same transaction,
 * after the change was written: the reporting module brings the owners' scores up to date, so a dashboard never
 * shows a score older than the KPI's own page.
 *
 * @param periodIds the periods whose results were recomputed (new actuals, corrections); empty when the KPIs
 * themselves changed (created, configured: weight, targets), which counts in every period
 */
public record KpisChanged(UUID tenantId, Set<UUID> kpiIds, Set<UUID> periodIds) {

	/** Created or configured KPIs: every period of their owners' scorecards. */
	public static KpisChanged everywhere(UUID tenantId, Set<UUID> kpiIds) {
		return new KpisChanged(tenantId, kpiIds, Set.of());
	}

	public boolean inEveryPeriod() {
		return periodIds.isEmpty();
	}

}
