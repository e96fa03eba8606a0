package io.lodestar.kpi;

import java.util.List;

import io.lodestar.goals.GoalView;

/**
 * A KPI with its configuration and results: its own period first, then each measurement period in order.
 *
 * @param recordable whether the caller may record actuals for it
 */
public record KpiDetail(GoalView goal, KpiConfig config, KpiPeriodResult overall, List<KpiPeriodResult> byPeriod,
		boolean recordable) {
}
