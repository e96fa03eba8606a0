package io.lodestar.reporting;

import java.util.List;

/**
 * The company at a glance in one period.
 *
 * @param kpis the company's KPIs and those of its top-level units
 * @param units the top-level units with their weighted score, for drilling down
 * @param distribution people's weighted scores across the company; null for those who may not see personal data
 */
public record CompanyDashboard(String companyName, List<KpiLine> kpis, List<StrategyLine> strategies,
		List<Scorecard> units, Distribution distribution) {
}
