package io.lodestar.kpi;

import java.util.List;

import io.lodestar.scoring.Explanation;
import io.lodestar.scoring.ScoringRule;

/**
 * Everything behind one number: the KPI's result in a period, the rule that scored it (with the target
 * scaled for the period), how the completion was computed, and the measurements it came from.
 */
public record Explained(KpiDetail kpi, KpiPeriodResult result, ScoringRule rule, Explanation explanation,
		List<MeasurementView> measurements) {
}
