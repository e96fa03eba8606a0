package io.lodestar.security;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.context.ApplicationContext;

import io.lodestar.appraisal.AppraisalCycle;
import io.lodestar.appraisal.AppraisalCycles;
import io.lodestar.appraisal.AppraisalPhase;
import io.lodestar.appraisal.AppraisalReviews;
import io.lodestar.appraisal.AppraisalTemplates;
import io.lodestar.appraisal.NewAppraisalCycle;
import io.lodestar.appraisal.TemplateRequest;
import io.lodestar.goals.PeriodCalendar;
import io.lodestar.goals.PeriodKind;
import io.lodestar.platform.security.SystemActor;
import io.lodestar.test.Fixtures;

/** A company's appraisal for the isolation matrix: a template, a cycle in self review and the employee's appraisal. */
final class AppraisalTenantData {

	private AppraisalTenantData() {
	}

	static Map<String, UUID> create(ApplicationContext context, Fixtures.Company company) {
		return SystemActor.runAs(company.id(), () -> {
			var hr = company.hr().principal();
			UUID template = context.getBean(AppraisalTemplates.class).create(hr, TemplateRequest.standard("B template")).id();
			UUID period = context.getBean(PeriodCalendar.class).current(company.id(), PeriodKind.QUARTER).id();
			AppraisalCycles cycles = context.getBean(AppraisalCycles.class);
			AppraisalCycle cycle = cycles.create(hr, new NewAppraisalCycle("B cycle", template, period,
					List.of(company.salesUnit()), List.of(), null, null, null, null, new BigDecimal("1000"), null));
			cycles.advance(hr, cycle.id(), AppraisalPhase.SELF_REVIEW);
			UUID appraisal = context.getBean(AppraisalReviews.class)
				.ofCycle(hr, cycle.id())
				.stream()
				.filter(view -> view.employeeId().equals(company.employee().employeeId()))
				.findFirst()
				.orElseThrow()
				.id();
			return Map.of("appraisal-template", template, "appraisal-cycle", cycle.id(), "appraisal", appraisal);
		});
	}

}
