package io.lodestar.appraisal.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import io.lodestar.goals.PeriodCalendar;
import io.lodestar.kpi.KpiManagement;
import io.lodestar.kpi.Measurements;
import io.lodestar.test.Fixtures;
import io.lodestar.test.IntegrationTest;

/**
 * A whole appraisal cycle through the API: self-assessment, manager assessment, scores computed from the KPI
 * actuals when calibration starts (the 120 % bonus and the 100 % deduction, grade coefficients), calibration
 * with a reason, results, an appeal decided, close, reopen; and at every step who may see and do what.
 */
@IntegrationTest
class AppraisalWorkflowIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	PeriodCalendar calendar;

	@Autowired
	KpiManagement kpis;

	@Autowired
	Measurements measurements;

	AppraisalApi api;

	@BeforeEach
	void setUp() {
		api = new AppraisalApi(mvc, fixtures, calendar, kpis, measurements);
	}

	@Test
	void aCycleRunsFromSelfAssessmentToPayrollWithEachStepInItsPhaseAndForItsPerson() throws Exception {
		String cycle = api.salesCycle(api.standardTemplate(), "null");
		String emma = api.appraisalOf(cycle, api.company.employee().employeeId());
		String carl = api.appraisalOf(cycle, api.company.colleague().employeeId());
		String max = api.appraisalOf(cycle, api.company.manager().employeeId());

		// nothing before the cycle starts
		api.selfAssess(emma, api.employee, "4").andExpect(status().isConflict());
		api.advance(cycle, "MANAGER_REVIEW").andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail").value("The cycle is in the set-up phase; it can only move on to the phase after it."));
		api.advance(cycle, "SELF_REVIEW").andExpect(status().isOk()).andExpect(jsonPath("$.phase").value("SELF_REVIEW"));

		// self review: one's own only; the manager's part once the self-assessment is in, never one's own
		api.selfAssess(emma, api.colleague, "4").andExpect(status().isNotFound());
		api.selfAssess(emma, api.manager, "4").andExpect(status().isForbidden());
		api.selfAssess(emma, api.employee, "6").andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("selfRating"));
		api.selfAssess(emma, api.employee, "4").andExpect(status().isOk()).andExpect(jsonPath("$.selfRating").value(4));
		api.managerAssess(carl, api.manager, "3", 2).andExpect(status().isConflict());
		api.managerAssess(emma, api.employee, "5", 3).andExpect(status().isForbidden());
		api.managerAssess(emma, api.colleague, "5", 3).andExpect(status().isNotFound());
		api.managerAssess(emma, api.manager, "4.5", 3).andExpect(status().isOk());

		// the employee does not see the manager's part before results
		api.get("/api/v1/appraisals/" + emma, api.employee)
			.andExpect(jsonPath("$.selfRating").value(4))
			.andExpect(jsonPath("$.managerRating").doesNotExist())
			.andExpect(jsonPath("$.managerComment").doesNotExist());

		api.advance(cycle, "MANAGER_REVIEW").andExpect(status().isOk());
		api.selfAssess(carl, api.colleague, "4").andExpect(status().isConflict());
		api.managerAssess(carl, api.manager, "3", 2).andExpect(status().isOk());
		api.managerAssess(max, api.manager, "5", 3).andExpect(status().isForbidden());
		api.managerAssess(max, api.executive, "4", 2).andExpect(status().isOk());

		// calibration computes: Emma 0.7 × 1.25 + 0.3 × 4.5/5 = 1.145 → A; pay 10,000 × 1.10 + 500 (> 120 %)
		api.advance(cycle, "CALIBRATION").andExpect(status().isOk());
		api.get("/api/v1/appraisals/" + emma, api.hr)
			.andExpect(jsonPath("$.kpiScore").value(1.25))
			.andExpect(jsonPath("$.finalScore").value(1.145))
			.andExpect(jsonPath("$.grade").value("A"))
			.andExpect(jsonPath("$.payAmount").value(11500.00));
		// Carl 0.7 × 0.95 + 0.3 × 0.6 = 0.845 → C; 10,000 × 0.95 − 200 (< 100 %)
		api.get("/api/v1/appraisals/" + carl, api.hr)
			.andExpect(jsonPath("$.finalScore").value(0.845))
			.andExpect(jsonPath("$.grade").value("C"))
			.andExpect(jsonPath("$.payAmount").value(9300.00));
		// Max has no KPI: his score is the manager rating alone (normalised out, not zero) 4/5 → C, no tier
		api.get("/api/v1/appraisals/" + max, api.hr)
			.andExpect(jsonPath("$.finalScore").value(0.8))
			.andExpect(jsonPath("$.missingComponents").value("kpi"))
			.andExpect(jsonPath("$.payAmount").value(9500.00));

		// pay only for HR: not for the executive, the manager or the employee
		api.get("/api/v1/appraisals/" + emma, api.executive).andExpect(jsonPath("$.grade").value("A"))
			.andExpect(jsonPath("$.payAmount").doesNotExist());
		String managersView = AppraisalApi.body(api.get("/api/v1/appraisal/cycles/" + cycle + "/appraisals", api.manager));
		assertThat(com.jayway.jsonpath.JsonPath.<java.util.List<String>>read(managersView, "$[*].employeeName"))
			.containsExactly("Carl Colleague", "Emma Employee");
		assertThat(managersView).doesNotContain("payAmount", "payBase");
		api.get("/api/v1/appraisal/cycles/" + cycle + "/appraisals", api.employee).andExpect(jsonPath("$.length()").value(0));
		api.get("/api/v1/appraisal/cycles/" + cycle, api.manager).andExpect(jsonPath("$.payBase").doesNotExist());

		// calibration: a reason is required; the executive lifts Carl to B and his pay follows
		api.send(post("/api/v1/appraisals/" + carl + "/calibration"), api.executive, "{\"grade\": \"B\"}")
			.andExpect(status().isUnprocessableContent());
		api.send(post("/api/v1/appraisals/" + carl + "/calibration"), api.manager,
				"{\"grade\": \"B\", \"reason\": \"mine\"}").andExpect(status().isForbidden());
		api.send(post("/api/v1/appraisals/" + carl + "/calibration"), api.executive,
				"{\"grade\": \"B\", \"reason\": \"Took over the key account in March\"}")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.grade").value("B"))
			.andExpect(jsonPath("$.managerGrade").value("C"));
		api.get("/api/v1/appraisals/" + carl, api.hr).andExpect(jsonPath("$.payAmount").value(9800.00));
		api.get("/api/v1/appraisal/cycles/" + cycle + "/distribution", api.executive)
			.andExpect(jsonPath("$[''][2].grade").value("B"))
			.andExpect(jsonPath("$[''][2].calibrated").value(1))
			.andExpect(jsonPath("$[''][2].manager").value(0));

		// results: the employee sees score and grade, still no pay; appeals; Carl acknowledges
		api.advance(cycle, "RESULTS").andExpect(status().isOk());
		api.get("/api/v1/appraisals/mine", api.employee)
			.andExpect(jsonPath("$[0].grade").value("A"))
			.andExpect(jsonPath("$[0].managerRating").value(4.5))
			.andExpect(jsonPath("$[0].payAmount").doesNotExist());
		api.send(post("/api/v1/appraisals/" + emma + "/appeal"), api.employee, "{\"reason\": \" \"}")
			.andExpect(status().isUnprocessableContent());
		api.send(post("/api/v1/appraisals/" + emma + "/appeal"), api.employee,
				"{\"reason\": \"My March deal is missing\"}").andExpect(status().isOk())
			.andExpect(jsonPath("$.appealState").value("OPEN"));
		api.send(post("/api/v1/appraisals/" + carl + "/acknowledgement"), api.colleague, null).andExpect(status().isOk());

		// an open appeal blocks closing; HR upholds it with a reason
		api.advance(cycle, "CLOSED").andExpect(status().isConflict());
		api.send(post("/api/v1/appraisals/" + emma + "/appeal/decision"), api.manager,
				"{\"reason\": \"checked\"}").andExpect(status().isForbidden());
		api.send(post("/api/v1/appraisals/" + emma + "/appeal/decision"), api.hr,
				"{\"reason\": \"The March deal closed in April: it counts next quarter\"}")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.appealState").value("UPHELD"))
			.andExpect(jsonPath("$.grade").value("A"));
		api.advance(cycle, "CLOSED").andExpect(status().isOk());

		// closed: nothing changes; reopening needs a reason and is logged
		api.send(post("/api/v1/appraisals/" + emma + "/acknowledgement"), api.employee, null)
			.andExpect(status().isConflict());
		api.send(post("/api/v1/appraisal/cycles/" + cycle + "/reopen"), api.hr, "{\"reason\": \"\"}")
			.andExpect(status().isUnprocessableContent());
		api.send(post("/api/v1/appraisal/cycles/" + cycle + "/reopen"), api.hr,
				"{\"reason\": \"Payroll found a wrong base\"}").andExpect(status().isOk())
			.andExpect(jsonPath("$.phase").value("RESULTS"));
		assertThat(AppraisalApi.body(api.get("/api/v1/appraisal/cycles/" + cycle + "/changes", api.hr)))
			.contains("Payroll found a wrong base", "Took over the key account in March",
					"The March deal closed in April: it counts next quarter");

		// payroll: HR gets it, with amounts as numbers; nobody else
		String csv = api.get("/api/v1/appraisal/cycles/" + cycle + "/payroll.csv", api.hr)
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(csv).contains("E-1,Emma Employee", "A,114.5,125.0,10000.00,11500.00", "C,", "9800.00");
		api.get("/api/v1/appraisal/cycles/" + cycle + "/payroll.csv", api.executive).andExpect(status().isForbidden());
		api.get("/api/v1/appraisal/cycles/" + cycle + "/payroll.xlsx", api.manager).andExpect(status().isForbidden());
	}

}
