package io.lodestar.appraisal.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import io.lodestar.goals.PeriodCalendar;
import io.lodestar.kpi.KpiManagement;
import io.lodestar.kpi.Measurements;
import io.lodestar.test.Fixtures;
import io.lodestar.test.IntegrationTest;

/**
 * The appraisal pages render for the people they are for and refuse the others; the template form keeps a
 * refused formula and points at its position; pay shows only to those who may see it; the employee does not see
 * the manager's part before results; a refusal on the cycle page shows the service's message.
 */
@IntegrationTest
class AppraisalPagesIntegrationTests {

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

	@Autowired
	JdbcClient jdbc;

	AppraisalApi api;

	@BeforeEach
	void setUp() {
		api = new AppraisalApi(mvc, fixtures, calendar, kpis, measurements);
	}

	@Test
	void templatePagesAreForHrOnlyAndStartFromTheStandardTemplate() throws Exception {
		assertThat(page(get("/admin/appraisal/templates"), api.company.hr())).contains("Create the first template",
				"/admin/appraisal/templates/new?standard=true");
		assertThat(page(get("/admin/appraisal/templates/new?standard=true"), api.company.hr()))
			.contains("value=\"Standard appraisal\"", "value=\"70\"", "Strong performer");
		mvc.perform(get("/admin/appraisal/templates").with(Fixtures.as(api.company.executive())))
			.andExpect(status().isForbidden());
		mvc.perform(get("/admin/appraisal/templates/new").with(Fixtures.as(api.company.employee())))
			.andExpect(status().isForbidden());
	}

	@Test
	void aRefusedFormulaIsShownWithItsPositionAndNothingIsStored() throws Exception {
		String html = page(form("/admin/appraisal/templates", "formula", "0.7 * kpi + 0.3 * boss"), api.company.hr());
		assertThat(html).contains("&quot;boss&quot; at position 19 is not a component", "0.7 * kpi + 0.3 * boss",
				"<mark>b</mark>");
		assertThat(jdbc.sql("select count(*) from appraisal_template where tenant_id = :t").param("t", api.company.id())
			.query(Long.class).single()).isZero();
		String preview = page(form("/admin/appraisal/templates/preview", "formula", ""), api.company.hr());
		assertThat(preview).contains("data-preview", "Strong performer", "114.5 %");
	}

	@Test
	void theCyclePageShowsPayToHrButNotToAnExecutiveAndRefusesOthers() throws Exception {
		String cycle = api.salesCycle(api.standardTemplate(), "null");
		api.advance(cycle, "SELF_REVIEW");
		String emma = api.appraisalOf(cycle, api.company.employee().employeeId());
		api.selfAssess(emma, api.employee, "4");
		api.managerAssess(emma, api.manager, "4.5", 3);
		api.advance(cycle, "MANAGER_REVIEW");
		api.advance(cycle, "CALIBRATION");

		String hr = page(get("/admin/appraisal/cycles/" + cycle), api.company.hr());
		assertThat(hr).contains("data-pay-column", "11,500.00", "payroll.csv", "Change grade", "Recompute");
		String executive = page(get("/admin/appraisal/cycles/" + cycle), api.company.executive());
		assertThat(executive).contains("Emma Employee", "Change grade").doesNotContain("data-pay-column", "11,500.00",
				"payroll.csv", "What if");
		mvc.perform(get("/admin/appraisal/cycles/" + cycle).with(Fixtures.as(api.company.manager())))
			.andExpect(status().isForbidden());
		mvc.perform(get("/admin/appraisal/cycles/" + cycle + "/payroll.csv").with(Fixtures.as(api.company.executive())))
			.andExpect(status().isForbidden());
		assertThat(page(get("/admin/appraisal/cycles/" + cycle + "/report"), api.company.hr())).contains("Bonus summary");
		assertThat(page(get("/admin/appraisal/cycles/" + cycle + "/report"), api.company.executive()))
			.contains("Grades per org unit").doesNotContain("Bonus summary");

		// calibration without a reason: the page says why and nothing changes
		String refused = page(post("/admin/appraisal/cycles/" + cycle + "/calibration").param("appraisal", emma)
			.param("grade", "S").param("reason", ""), api.company.executive());
		assertThat(refused).contains("data-page-error", "Give a reason.");
		assertThat(AppraisalApi.body(api.get("/api/v1/appraisals/" + emma, api.hr))).contains("\"grade\":\"A\"");
	}

	@Test
	void theEmployeeSeesTheSelfFormAndNotTheManagersPartBeforeResults() throws Exception {
		String cycle = api.salesCycle(api.standardTemplate(), "null");
		api.advance(cycle, "SELF_REVIEW");
		String emma = api.appraisalOf(cycle, api.company.employee().employeeId());
		api.selfAssess(emma, api.employee, "4");
		api.send(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
			.put("/api/v1/appraisals/" + emma + "/manager-assessment"), api.manager,
				"{\"rating\": 4.5, \"comment\": \"Secret manager words\", \"potential\": 3}");

		assertThat(page(get("/appraisals"), api.company.employee())).contains("Last year", "/appraisals/" + emma);
		String own = page(get("/appraisals/" + emma), api.company.employee());
		assertThat(own).contains("Save self-assessment").doesNotContain("Secret manager words", "Manager assessment");
		assertThat(page(get("/appraisals/" + emma), api.company.manager())).contains("Secret manager words",
				"Save assessment");
		assertThat(page(get("/appraisals/team"), api.company.manager())).contains("Emma Employee");
		mvc.perform(get("/appraisals/team").with(Fixtures.as(api.company.employee()))).andExpect(status().isForbidden());
		mvc.perform(get("/appraisals/" + emma).with(Fixtures.as(api.company.colleague()))).andExpect(status().isNotFound());
	}

	private MockHttpServletRequestBuilder form(String path, String... replaced) {
		MockHttpServletRequestBuilder request = post(path).param("name", "Quarterly").param("kpi", "70")
			.param("manager", "30").param("ratingScale", "5").param("peerMinRespondents", "3")
			.param("previewBase", "10000");
		if (!java.util.List.of(replaced).contains("formula")) {
			request.param("formula", "");
		}
		String[][] bands = { { "S", "120" }, { "A", "100" }, { "B", "85" }, { "C", "70" }, { "D", "" } };
		for (int i = 0; i < bands.length; i++) {
			request.param("bands[" + i + "].grade", bands[i][0]).param("bands[" + i + "].floorPercent", bands[i][1]);
		}
		request.param("tiers[0].kind", "GRADE").param("tiers[0].grade", "A").param("tiers[0].effect", "COEFFICIENT")
			.param("tiers[0].value", "110");
		for (int i = 0; i < replaced.length; i += 2) {
			request.param(replaced[i], replaced[i + 1]);
		}
		return request;
	}

	private String page(MockHttpServletRequestBuilder request, Fixtures.Person as) throws Exception {
		return mvc.perform(request.with(Fixtures.as(as)).with(csrf()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
	}

}
