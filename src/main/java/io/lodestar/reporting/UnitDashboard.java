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
 */
public record UnitDashboard(UnitRef unit, List<UnitRef> path, List<KpiLine> kpis, List<Scorecard> subUnits,
		List<Comparison> comparisons, List<Scorecard> people, int peopleCount, Distribution distribution) {

	public boolean showsPeople() {
		return people != null;
	}

	/** Whether any sub-unit has KPIs, i.e. whether their trend chart can show anything. */
	public boolean subUnitsHaveKpis() {
		return subUnits.stream().anyMatch(unit -> unit.kpis() > 0);
	}

}
