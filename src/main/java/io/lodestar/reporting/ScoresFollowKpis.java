package io.lodestar.reporting;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import io.lodestar.goals.GoalArchived;
import io.lodestar.goals.PeriodCalendar;
import io.lodestar.kpi.KpisChanged;

/**
 * Keeps {@link PersonScores} current: in the transaction that created, configured or recomputed KPIs, or
 * archived or restored a goal, the scores of their owners are replaced (Spring Data JDBC has written the
 * change by then). Synchronous on purpose: the next dashboard request, even the one right after a form was
 * saved, shows the new score.
 */
@Component
class ScoresFollowKpis {

	private final PersonScores scores;

	private final PeriodCalendar calendar;

	ScoresFollowKpis(PersonScores scores, PeriodCalendar calendar) {
		this.scores = scores;
		this.calendar = calendar;
	}

	@EventListener
	@Transactional
	void on(KpisChanged event) {
		scores.refreshOwnersOf(event.tenantId(), event.kpiIds(),
				event.inEveryPeriod() ? null : dashboardPeriods(event.tenantId(), event.periodIds()));
	}

	@EventListener
	@Transactional
	void on(GoalArchived event) {
		scores.refreshOwnersOf(event.tenantId(), List.of(event.goalId()), null);
	}

	/**
	 * The dashboard periods that new results in these periods move: each of them and every period containing it.
	 * A dashboard period counts a KPI with its result in that period (the period changed) or with the KPI's own
	 * result (the KPI's period changed, and the dashboard period contains it). A January actual of a yearly KPI
	 * moves 4 of the year's 19 scores.
	 */
	private Set<UUID> dashboardPeriods(UUID tenant, Set<UUID> resultPeriods) {
		Set<UUID> periods = new HashSet<>();
		for (UUID id : resultPeriods) {
			calendar.enclosing(tenant, calendar.get(tenant, id)).forEach(period -> periods.add(period.id()));
		}
		return periods;
	}

}
