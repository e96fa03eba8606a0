package io.lodestar.reporting;

import java.util.UUID;

import io.lodestar.goals.GoalAccess;

/**
 * What the signed-in user may see on dashboards, on top of {@link GoalAccess}: every row must be readable by
 * the goal rules, and people (their rows, scores and dashboards) are shown only to themselves, their manager
 * chain, HR administrators and executives — also when the company makes KPI actuals public, because a
 * person's score is more than their actuals.
 */
record Viewer(GoalAccess.Scope scope) {

	boolean canRead(ReportingQueries.KpiRow row) {
		return scope.canRead(row.ownerType(), row.ownerId(), row.visibility());
	}

	boolean canRead(ReportingQueries.MonthlyRow row) {
		return scope.canRead(row.ownerType(), row.ownerId(), row.visibility());
	}

	boolean seesPerson(UUID employeeId) {
		return scope.seesEverything() || scope.user().isEmployee(employeeId) || scope.reports().contains(employeeId);
	}

	/** Whether the user may see anyone's scores besides their own: HR, executives and managers. */
	boolean seesOthers() {
		return scope.seesEverything() || !scope.reports().isEmpty();
	}

	boolean seesEveryone() {
		return scope.seesEverything();
	}

}
