package io.lodestar.goals.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
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

/** Arranging goals along their "contributes" links, without Spring. */
class GoalTreeTests {

	static final Period YEAR = new Period(UUID.randomUUID(), PeriodKind.YEAR, 2025, 1, LocalDate.of(2025, 1, 1),
			LocalDate.of(2025, 12, 31), false, null);

	static GoalView goal(String title, OwnerType owner, GoalView parent, String weight, GoalStatus status) {
		return new GoalView(UUID.randomUUID(), owner == OwnerType.COMPANY ? GoalKind.STRATEGY : GoalKind.KPI, title, null,
				owner, owner == OwnerType.COMPANY ? null : UUID.randomUUID(), title, YEAR,
				parent == null ? null : parent.id(), new BigDecimal(weight), ProgressDriver.OWN, null, null, status,
				GoalVisibility.PUBLIC, 0L, true);
	}

	final GoalView strategy = goal("strategy", OwnerType.COMPANY, null, "1", GoalStatus.ACTIVE);

	final GoalView loss = goal("loss", OwnerType.ORG_UNIT, strategy, "3", GoalStatus.ACTIVE);

	final GoalView utilisation = goal("utilisation", OwnerType.ORG_UNIT, strategy, "1", GoalStatus.ACTIVE);

	final GoalView archived = goal("archived", OwnerType.ORG_UNIT, strategy, "4", GoalStatus.ARCHIVED);

	final GoalView head = goal("head", OwnerType.EMPLOYEE, loss, "1", GoalStatus.ACTIVE);

	final GoalView worker = goal("worker", OwnerType.EMPLOYEE, head, "1", GoalStatus.ACTIVE);

	final GoalView orphan = goal("orphan", OwnerType.EMPLOYEE, goal("unseen", OwnerType.EMPLOYEE, null, "1",
			GoalStatus.ACTIVE), "1", GoalStatus.ACTIVE);

	@Test
	void goalsHangUnderWhatTheyContributeToWithTheirShareOfTheSiblingsWeights() {
		var roots = GoalTree.of(List.of(worker, head, loss, utilisation, archived, strategy, orphan));
		// strategic goals first; a goal whose parent is not in view stands on its own and says so
		assertThat(roots).extracting(node -> node.goal().title()).containsExactly("strategy", "orphan");
		assertThat(roots.get(0).detached()).isFalse();
		assertThat(roots.get(1).detached()).isTrue();
		var below = roots.get(0).children();
		assertThat(below).extracting(node -> node.goal().title()).containsExactly("loss", "utilisation", "archived");
		// archived siblings do not count: 3 of 4 and 1 of 4
		assertThat(below).extracting(GoalTree.Node::share)
			.usingElementComparator(BigDecimal::compareTo)
			.containsExactly(new BigDecimal("75"), new BigDecimal("25"), BigDecimal.ZERO);
		assertThat(below.get(0).children().get(0).children()).extracting(node -> node.goal().title())
			.containsExactly("worker");
	}

	@Test
	void personalGoalsBelowCompanyAndUnitGoalsCanBeDeferredAndLoadedLater() {
		List<GoalView> all = List.of(strategy, loss, utilisation, head, worker);
		var roots = GoalTree.of(all, true);
		var lossNode = roots.get(0).children().get(0);
		assertThat(lossNode.goal().title()).isEqualTo("loss");
		assertThat(lossNode.children()).isEmpty();
		assertThat(lossNode.deferred()).isEqualTo(1);
		assertThat(roots.get(0).deferred()).isZero();
		// opening it brings the personal goals with everything below them
		assertThat(GoalTree.childrenOf(all, loss.id()).orElseThrow()).singleElement().satisfies(node -> {
			assertThat(node.goal().title()).isEqualTo("head");
			assertThat(node.children()).extracting(child -> child.goal().title()).containsExactly("worker");
		});
		assertThat(GoalTree.childrenOf(all, UUID.randomUUID())).isEmpty();
	}

}
