package io.lodestar.okr;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.lodestar.goals.GoalKind;
import io.lodestar.goals.GoalStatus;
import io.lodestar.goals.GoalView;
import io.lodestar.goals.GoalVisibility;
import io.lodestar.goals.OwnerType;
import io.lodestar.goals.Period;
import io.lodestar.goals.PeriodKind;
import io.lodestar.goals.ProgressDriver;

/** A large map leaves people's KPIs off, except the traced person's and the searched ones; OKRs always stay. */
class GoalMapLimitTests {

	static final Period YEAR = new Period(UUID.randomUUID(), PeriodKind.YEAR, 2026, 1, LocalDate.of(2026, 1, 1),
			LocalDate.of(2026, 12, 31), false, null);

	@Test
	void aLargeMapKeepsObjectivesAndOnlyTheKpisOfTracedOrSearchedPeople() {
		UUID me = UUID.randomUUID();
		List<GoalView> all = new ArrayList<>();
		for (int i = 0; i < 10; i++) {
			all.add(goal(GoalKind.KPI, OwnerType.EMPLOYEE, UUID.randomUUID(), "Person " + i));
		}
		GoalView mine = goal(GoalKind.KPI, OwnerType.EMPLOYEE, me, "Me");
		GoalView objective = goal(GoalKind.OBJECTIVE, OwnerType.EMPLOYEE, UUID.randomUUID(), "Person 3");
		GoalView unitKpi = goal(GoalKind.KPI, OwnerType.ORG_UNIT, UUID.randomUUID(), "Sales");
		all.add(mine);
		all.add(objective);
		all.add(unitKpi);
		assertThat(GoalMap.shown(all, 100, me, null)).hasSize(13);
		assertThat(GoalMap.shown(all, 5, me, null)).containsExactlyInAnyOrder(mine, objective, unitKpi);
		assertThat(GoalMap.shown(all, 5, me, "person 7")).hasSize(4).contains(mine, objective, unitKpi);
	}

	private static GoalView goal(GoalKind kind, OwnerType ownerType, UUID owner, String ownerName) {
		return new GoalView(UUID.randomUUID(), kind, kind + " of " + ownerName, null, ownerType, owner, ownerName, YEAR,
				null, java.math.BigDecimal.ONE, ProgressDriver.OWN, null, null, GoalStatus.ACTIVE, GoalVisibility.PUBLIC,
				0L, false);
	}

}
