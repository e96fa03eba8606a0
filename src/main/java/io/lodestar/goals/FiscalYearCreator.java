package io.lodestar.goals;

import java.time.LocalDate;
import java.util.UUID;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creates a fiscal year's periods in a transaction of its own, so that two requests creating the same year at
 * once cannot spoil the caller's transaction: the loser's insert fails alone and it reads the winner's rows.
 */
@Component
class FiscalYearCreator {

	private final GoalPeriodRepository periods;

	FiscalYearCreator(GoalPeriodRepository periods) {
		this.periods = periods;
	}

	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public void create(UUID tenant, int fiscalYear, LocalDate start) {
		for (PeriodKind kind : PeriodKind.values()) {
			for (int sequence = 1; sequence <= kind.perYear(); sequence++) {
				periods.save(GoalPeriod.of(tenant, kind, fiscalYear, sequence,
						start.plusMonths((long) (sequence - 1) * kind.months())));
			}
		}
	}

}
