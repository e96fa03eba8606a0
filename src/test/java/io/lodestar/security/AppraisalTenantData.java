package io.lodestar.security;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.context.ApplicationContext;

import io.lodestar.appraisal.AppraisalCycles;
import io.lodestar.appraisal.AppraisalPhase;
import io.lodestar.appraisal.AppraisalReviews;
import io.lodestar.appraisal.AppraisalTemplates;
import io.lodestar.appraisal.NewAppraisalCycle;
import io.lodestar.appraisal.TemplateRequest;
import io.lodestar.platform.security.SystemActor;
import io.lodestar.test.Fixtures;

/**
 * A company's appraisal data for the isolation tests: the standard template and a cycle over its sales unit in
 * self review (so every step would be allowed if the company were not checked), and the employee's appraisal.
 */
final class AppraisalTenantData {

	private AppraisalTenantData() {
	}

	static Map<String, UUID> create(ApplicationContext context, Fixtures.Company company, UUID period) {
		return SystemActor.runAs(company.id(), () -> {
			var hr = company.hr().principal();
			Map<String, UUID> ids = new LinkedHashMap<>();
			UUID template = context.getBean(AppraisalTemplates.class)
				.create(hr, TemplateRequest.standard("Standard " + company.code()))
				.id();
			AppraisalCycles cycles = context.getBean(AppraisalCycles.class);
			UUID cycle = cycles.create(hr, new NewAppraisalCycle("Cycle " + company.code(), template, period,
					List.of(company.salesUnit()), List.of(), null, null, null, null, new BigDecimal("10000"), null))
				.id();
			cycles.advance(hr, cycle, AppraisalPhase.SELF_REVIEW);
			ids.put("appraisal-template", template);
			ids.put("appraisal-cycle", cycle);
			ids.put("appraisal", context.getBean(AppraisalReviews.class)
				.ofCycle(hr, cycle)
				.stream()
				.filter(appraisal -> appraisal.employeeId().equals(company.employee().employeeId()))
				.findFirst()
				.orElseThrow()
				.id());
			return ids;
		});
	}

}
