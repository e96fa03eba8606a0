package io.lodestar.reporting;

import java.util.List;

/**
 * One person's KPIs in one period with their weighted score.
 *
 * @param self whether the viewer is this person
 */
public record PersonDashboard(Scorecard person, boolean active, List<KpiLine> kpis, boolean self) {
}
