package io.lodestar.security;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.function.Supplier;

import org.springframework.context.ApplicationContext;

import io.lodestar.appraisal.AppraisalCycles;
import io.lodestar.appraisal.AppraisalPhase;
import io.lodestar.appraisal.AppraisalReviews;
import io.lodestar.appraisal.AppraisalTemplates;
import io.lodestar.appraisal.NewAppraisalCycle;
import io.lodestar.appraisal.TemplateRequest;
import io.lodestar.goals.OwnerType;
import io.lodestar.integration.ConnectorTestData;
import io.lodestar.kpi.KpiDefinitionRequest;
import io.lodestar.kpi.KpiLibrary;
import io.lodestar.kpi.KpiManagement;
import io.lodestar.kpi.NewKpi;
import io.lodestar.okr.Cadence;
import io.lodestar.okr.KeyResultDraft;
import io.lodestar.okr.KeyResultType;
import io.lodestar.okr.NewCycle;
import io.lodestar.okr.ObjectiveDraft;
import io.lodestar.okr.ObjectiveView;
import io.lodestar.okr.Objectives;
import io.lodestar.okr.OkrCycles;
import io.lodestar.platform.security.CurrentUser;
import io.lodestar.recognition.AwardTypes;
import io.lodestar.recognition.Awards;
import io.lodestar.recognition.NewAward;
import io.lodestar.recognition.RewardKind;
import io.lodestar.test.Fixtures;

/**
 * New goal, OKR, appraisal, recognition and library objects of company A, each like the shared one of its kind, for
 * the calls that change them: a KPI of the employee's, the employee's objective (and its key result), an OKR cycle,
 * an appraisal cycle in self review (and the employee's appraisal in it), an award type, an award, a library KPI.
 */
final class MatrixFactories {

	private static final AtomicInteger SEQUENCE = new AtomicInteger();

	private final ApplicationContext context;

	private final Fixtures.Company a;

	private final Function<String, UUID> shared;

	MatrixFactories(ApplicationContext context, Fixtures.Company a, Function<String, UUID> shared) {
		this.context = context;
		this.a = a;
		this.shared = shared;
	}

	void register(Map<String, Supplier<UUID>> factories) {
		factories.put("kpi", this::kpi);
		factories.put("objective", () -> objective().id());
		factories.put("key-result", () -> objective().keyResults().get(0).id());
		factories.put("okr-cycle", this::okrCycle);
		factories.put("appraisal-cycle", this::appraisalCycle);
		factories.put("appraisal", () -> employeesAppraisal(appraisalCycle()));
		factories.put("appraisal-template", () -> bean(AppraisalTemplates.class)
			.create(hr(), TemplateRequest.standard("Template " + next())).id());
		factories.put("award-type", this::awardType);
		factories.put("award", () -> bean(Awards.class).give(hr(), new NewAward(a.employee().employeeId(), awardType(),
				"Well done", null, RewardKind.NONE, null, null)).id());
		factories.put("kpi-definition", () -> bean(KpiLibrary.class).create(hr(), new KpiDefinitionRequest("LIB" + next(),
				"Library KPI", null, ConnectorTestData.lossRate("4"), null)).id());
	}

	private UUID kpi() {
		return bean(KpiManagement.class).create(hr(), new NewKpi("Emma KPI " + next(), null, OwnerType.EMPLOYEE,
				a.employee().employeeId(), shared.apply("year"), shared.apply("goal"), null, ConnectorTestData.lossRate("4")))
			.goal()
			.id();
	}

	private ObjectiveView objective() {
		return bean(Objectives.class).draft(a.employee().principal(), new ObjectiveDraft(shared.apply("okr-cycle"),
				OwnerType.EMPLOYEE, a.employee().employeeId(), "Objective " + next(), null, null, null,
				List.of(new KeyResultDraft(null, "Ship it", KeyResultType.MILESTONE, null, null, null, null,
						BigDecimal.valueOf(100))), null));
	}

	private UUID okrCycle() {
		return bean(OkrCycles.class).create(hr(), new NewCycle("Q " + next(), Cadence.QUARTER, LocalDate.of(2026, 10, 1),
				null, null, null, null, null, null, null)).id();
	}

	private UUID appraisalCycle() {
		AppraisalCycles cycles = bean(AppraisalCycles.class);
		UUID cycle = cycles.create(hr(), new NewAppraisalCycle("Cycle " + next(), shared.apply("appraisal-template"),
				shared.apply("year"), List.of(a.salesUnit()), List.of(), null, null, null, null, new BigDecimal("10000"),
				null)).id();
		cycles.advance(hr(), cycle, AppraisalPhase.SELF_REVIEW);
		return cycle;
	}

	private UUID employeesAppraisal(UUID cycle) {
		return bean(AppraisalReviews.class).ofCycle(hr(), cycle)
			.stream()
			.filter(appraisal -> appraisal.employeeId().equals(a.employee().employeeId()))
			.findFirst()
			.orElseThrow()
			.id();
	}

	private UUID awardType() {
		return bean(AwardTypes.class).create(hr(), "Award " + next(), null).id();
	}

	private CurrentUser hr() {
		return a.hr().principal();
	}

	private <T> T bean(Class<T> type) {
		return context.getBean(type);
	}

	private static int next() {
		return SEQUENCE.incrementAndGet();
	}

}
