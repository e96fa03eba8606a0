package io.lodestar.reporting;

import java.util.List;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import io.lodestar.goals.GoalArchived;
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

	ScoresFollowKpis(PersonScores scores) {
		this.scores = scores;
	}

	@EventListener
	@Transactional
	void on(KpisChanged event) {
		scores.refreshOwnersOf(event.tenantId(), event.kpiIds());
	}

	@EventListener
	@Transactional
	void on(GoalArchived event) {
		scores.refreshOwnersOf(event.tenantId(), List.of(event.goalId()));
	}

}
