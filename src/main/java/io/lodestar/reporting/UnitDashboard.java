package io.lodestar.reporting;

import java.util.List;

/**
 * One org unit in one period.
 *
 * @param path the units above it, the top first
 * @param subUnits the units directly below it, with their weighted score
 * @param comparisons KPIs shared by two or more sub-units (one chart each)
 * @param people the people of the unit and its sub-units the viewer may see, with their weighted score, at most
 * {@link Dashboards#PEOPLE_SHOWN}; null when the viewer may see no one's KPIs here
 * @param peopleCount how many people the viewer may see in total
 * @param distribution their scores; null with {@code people}
 * @param peopleAverages per sub-unit, the mean weighted score of its people the viewer may see (fraction)
 */
public record UnitDashboard(UnitRef unit, List<UnitRef> path, List<KpiLine> kpis, List<Scorecard> subUnits,
		List<Comparison> comparisons, List<Scorecard> people, int peopleCount, Distribution distribution,
		java.util.Map<java.util.UUID, java.math.BigDecimal> peopleAverages) {

	/** The mean score of a sub-unit's people in percent, or null. */
	public java.math.BigDecimal peopleAveragePercent(java.util.UUID subUnit) {
		return Status.percent(peopleAverages.get(subUnit));
	}

	public Status peopleAverageStatus(java.util.UUID subUnit) {
		return Status.of(peopleAverages.get(subUnit));
	}

	public boolean showsPeople() {
		return people != null;
	}

	/** Whether any sub-unit has KPIs, i.e. whether their trend chart can show anything. */
	public boolean subUnitsHaveKpis() {
		return subUnits.stream().anyMatch(unit -> unit.kpis() > 0);
	}

}
