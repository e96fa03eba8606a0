package io.lodestar.okr.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.springframework.context.ApplicationContext;

import io.lodestar.goals.GoalVisibility;
import io.lodestar.goals.OwnerType;
import io.lodestar.okr.Cadence;
import io.lodestar.okr.CarryOver;
import io.lodestar.okr.CheckInRequest;
import io.lodestar.okr.CheckInSource;
import io.lodestar.okr.CheckIns;
import io.lodestar.okr.CyclePhase;
import io.lodestar.okr.Direction;
import io.lodestar.okr.KeyResultDraft;
import io.lodestar.okr.KeyResultRevisions;
import io.lodestar.okr.KeyResultType;
import io.lodestar.okr.NewCycle;
import io.lodestar.okr.ObjectiveDraft;
import io.lodestar.okr.ObjectiveView;
import io.lodestar.okr.Objectives;
import io.lodestar.okr.OkrClosing;
import io.lodestar.okr.OkrCycles;
import io.lodestar.okr.Reflection;
import io.lodestar.okr.RevisionRequest;
import io.lodestar.platform.security.SystemActor;
import io.lodestar.test.Fixtures;

/**
 * A quarter that ran its course, built through the OKR services: Emma's public objective with a revenue key
 * result (checked in, changed mid-cycle with a reason, scored 0.7) and a milestone (done, scored 1.0), her
 * reflection and the decision to carry it over, and her private objective; then HR closes the quarter, which
 * drafts the carried objective in the next one.
 */
record RetrospectiveScenario(Fixtures.Company company, UUID cycle, UUID nextCycle, UUID publicObjective,
		UUID privateObjective) {

	static final String PUBLIC_TITLE = "Grow the East region";

	static final String PRIVATE_TITLE = "Prepare a quiet reorganisation";

	static final String REVISION_REASON = "Market shrank after the tariff change";

	static final String NARRATIVE = "Two big deals closed";

	static final String HELP = "Need a pre-sales engineer";

	static final String WENT_WELL = "Deals closed early";

	static final String WENT_BADLY = "Hiring was slow";

	static final String REASONS = "No pre-sales support until November";

	static RetrospectiveScenario build(ApplicationContext context, Fixtures.Company company, boolean close) {
		return SystemActor.runAs(company.id(), () -> {
			var hr = company.hr().principal();
			var emma = company.employee().principal();
			var manager = company.manager().principal();
			OkrCycles cycles = context.getBean(OkrCycles.class);
			Objectives objectives = context.getBean(Objectives.class);
			CheckIns checkIns = context.getBean(CheckIns.class);
			OkrClosing closing = context.getBean(OkrClosing.class);
			UUID cycle = cycles.create(hr, new NewCycle("Q " + company.code(), Cadence.QUARTER, LocalDate.of(2026, 10, 1),
					null, null, null, null, null, null, null)).id();
			UUID next = cycles.create(hr, new NewCycle("Next " + company.code(), Cadence.QUARTER,
					LocalDate.of(2027, 1, 1), null, null, null, null, null, null, null)).id();
			cycles.movePhase(hr, cycle, CyclePhase.ACTIVE);
			ObjectiveView grow = objectives.draft(emma, new ObjectiveDraft(cycle, OwnerType.EMPLOYEE,
					company.employee().employeeId(), PUBLIC_TITLE, "Our biggest market", GoalVisibility.PUBLIC, null,
					List.of(new KeyResultDraft(null, "Revenue 100 → 200", KeyResultType.METRIC, Direction.INCREASE,
							new BigDecimal("100"), new BigDecimal("200"), "k¥", new BigDecimal("60")),
							new KeyResultDraft(null, "Open the Hangzhou office", KeyResultType.MILESTONE, null, null, null,
									null, new BigDecimal("40"))),
					null));
			objectives.submit(emma, grow.id(), null);
			objectives.approve(manager, grow.id(), null, null);
			ObjectiveView quiet = objectives.draft(emma, new ObjectiveDraft(cycle, OwnerType.EMPLOYEE,
					company.employee().employeeId(), PRIVATE_TITLE, null, GoalVisibility.PRIVATE, null,
					List.of(new KeyResultDraft(null, "Plan agreed with HR", KeyResultType.MILESTONE, null, null, null,
							null, new BigDecimal("100"))),
					null));
			objectives.submit(emma, quiet.id(), null);
			objectives.approve(manager, quiet.id(), null, null);
			UUID revenue = grow.keyResults().get(0).id();
			UUID office = grow.keyResults().get(1).id();
			checkIns.checkIn(emma, revenue, new CheckInRequest(new BigDecimal("120"), null, 8, "Slow start", null, null,
					null, null, null), CheckInSource.MANUAL);
			KeyResultRevisions revisions = context.getBean(KeyResultRevisions.class);
			revisions.propose(emma, revenue, new RevisionRequest(new KeyResultDraft(null, "Revenue 100 → 180",
					KeyResultType.METRIC, Direction.INCREASE, new BigDecimal("100"), new BigDecimal("180"), "k¥",
					new BigDecimal("60")), LocalDate.of(2026, 11, 1), null, REVISION_REASON));
			revisions.decide(manager, revenue, 2, true, "Fair");
			checkIns.checkIn(emma, revenue, new CheckInRequest(new BigDecimal("150"), null, 6, NARRATIVE, HELP, null,
					null, null, null), CheckInSource.MANUAL);
			checkIns.checkIn(emma, office, new CheckInRequest(null, true, 9, null, null, null, null, null, null),
					CheckInSource.MANUAL);
			cycles.movePhase(hr, cycle, CyclePhase.CLOSING);
			closing.score(emma, revenue, new BigDecimal("0.7"), "The revised target was nearly met");
			closing.score(emma, office, BigDecimal.ONE, null);
			closing.reflect(emma, grow.id(), new Reflection(WENT_WELL, WENT_BADLY, REASONS, CarryOver.CARRY));
			if (close) {
				closing.close(hr, cycle);
			}
			return new RetrospectiveScenario(company, cycle, next, grow.id(), quiet.id());
		});
	}

}
