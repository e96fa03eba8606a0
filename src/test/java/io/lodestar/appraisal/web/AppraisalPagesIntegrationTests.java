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

	@Test
	void theCyclesPeopleCanBeSearchedByNameOrNumber() throws Exception {
		String cycle = api.salesCycle(api.standardTemplate(), "null");
		String all = page(get("/admin/appraisal/cycles/" + cycle), api.company.hr());
		assertThat(all).contains("Emma Employee", "Carl Colleague").doesNotContain("people-q");
		String found = page(get("/admin/appraisal/cycles/" + cycle).param("q", "emma"), api.company.hr());
		assertThat(found).contains("Emma Employee", "people-q").doesNotContain("Carl Colleague");
		assertThat(page(get("/admin/appraisal/cycles/" + cycle).param("q", "E-2"), api.company.hr()))
			.contains("Carl Colleague").doesNotContain("Emma Employee");
		assertThat(page(get("/admin/appraisal/cycles/" + cycle).param("q", "nobody"), api.company.hr()))
			.contains("Nobody in this cycle matches");
	}

	@Test
	void hrSavesATemplateFromTheFormAndEditsItAgain() throws Exception {
		String location = mvc.perform(form("/admin/appraisal/templates").with(Fixtures.as(api.company.hr())).with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		assertThat(location).startsWith("/admin/appraisal/templates/");
		String edit = page(get(location), api.company.hr());
		assertThat(edit).contains("value=\"Quarterly\"", "value=\"70\"", "value=\"120\"", "value=\"110\"");
		assertThat(page(get("/admin/appraisal/templates"), api.company.hr())).contains("Quarterly", "S / A / B / C / D");
		// the same name again is refused next to the name, with what was typed kept
		String again = page(form("/admin/appraisal/templates", "kpi", "60", "manager", "40"), api.company.hr());
		assertThat(again).contains("A template named &quot;Quarterly&quot; already exists.", "value=\"60\"");
	}

	@Test
	void whileScoresAreComputedTheCyclePageShowsAProgressBarThatPollsAndReloadsWhenDone() throws Exception {
		String cycle = api.salesCycle(api.standardTemplate(), "null");
		jdbc.sql("update appraisal_cycle set computing = true, compute_done = 1, compute_total = 4 where id = :id")
			.param("id", java.util.UUID.fromString(cycle)).update();
		String html = page(get("/admin/appraisal/cycles/" + cycle), api.company.hr());
		assertThat(html).contains("hx-trigger=\"every 2s\"", "Computing scores: 1 of 4 done", "width: 25%");
		jdbc.sql("update appraisal_cycle set computing = false, compute_done = 4 where id = :id")
			.param("id", java.util.UUID.fromString(cycle)).update();
		mvc.perform(get("/admin/appraisal/cycles/" + cycle + "/computation").header("HX-Request", "true")
			.with(Fixtures.as(api.company.hr())))
			.andExpect(status().isOk())
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.header().string("HX-Refresh", "true"));
	}

	@Test
	void theWhatIfPanelIsForThoseWhoMaySeePay() throws Exception {
		String cycle = api.salesCycle(api.standardTemplate(), "null");
		api.advance(cycle, "SELF_REVIEW");
		api.advance(cycle, "MANAGER_REVIEW");
		api.advance(cycle, "CALIBRATION");
		assertThat(page(get("/admin/appraisal/cycles/" + cycle + "/what-if?payBase=20000"), api.company.hr()))
			.contains("data-what-if-total");
		mvc.perform(get("/admin/appraisal/cycles/" + cycle + "/what-if").with(Fixtures.as(api.company.executive())))
			.andExpect(status().isForbidden());
	}

	@Test
	void theReviewerAsksAColleagueWhoAnswersAnonymouslyFromTheirList() throws Exception {
		String template = AppraisalApi.read(api.send(post("/api/v1/appraisal/templates"), api.hr,
				AppraisalApi.template("With peers", "{\"KPI\": 60, \"MANAGER\": 30, \"PEER\": 10}", "")), "$.id");
		String cycle = api.salesCycle(template, "null");
		api.advance(cycle, "SELF_REVIEW");
		String emma = api.appraisalOf(cycle, api.company.employee().employeeId());
		assertThat(page(get("/appraisals/" + emma), api.company.manager())).contains("Ask colleagues for feedback");
		mvc.perform(post("/appraisals/" + emma + "/peers").param("peer", api.company.colleague().employeeId().toString())
			.with(Fixtures.as(api.company.manager())).with(csrf())).andExpect(status().is3xxRedirection());
		assertThat(page(get("/appraisals"), api.company.colleague())).contains("/appraisals/" + emma, "Emma Employee");
		String asPeer = page(get("/appraisals/" + emma), api.company.colleague());
		assertThat(asPeer).contains("Send feedback", "Anonymous").doesNotContain("Reached my targets", "Final score");
		mvc.perform(post("/appraisals/" + emma + "/peer-feedback").param("rating", "4").param("comment", "Always helps")
			.with(Fixtures.as(api.company.colleague())).with(csrf())).andExpect(status().is3xxRedirection());
		assertThat(jdbc.sql("select rating from appraisal_peer where tenant_id = :t and peer_id = :p")
			.param("t", api.company.id()).param("p", api.company.colleague().employeeId()).query(java.math.BigDecimal.class)
			.single()).isEqualByComparingTo("4");
	}

	/** The template form as HR fills it in (standard grades, one grade tier), with some fields replaced. */
	private MockHttpServletRequestBuilder form(String path, String... replaced) {
		java.util.Map<String, String> fields = new java.util.LinkedHashMap<>();
		fields.put("name", "Quarterly");
		fields.put("kpi", "70");
		fields.put("manager", "30");
		fields.put("ratingScale", "5");
		fields.put("peerMinRespondents", "3");
		fields.put("formula", "");
		fields.put("previewBase", "10000");
		String[][] bands = { { "S", "120" }, { "A", "100" }, { "B", "85" }, { "C", "70" }, { "D", "" } };
		for (int i = 0; i < bands.length; i++) {
			fields.put("bands[" + i + "].grade", bands[i][0]);
			fields.put("bands[" + i + "].floorPercent", bands[i][1]);
		}
		fields.put("tiers[0].kind", "GRADE");
		fields.put("tiers[0].grade", "A");
		fields.put("tiers[0].effect", "COEFFICIENT");
		fields.put("tiers[0].value", "110");
		for (int i = 0; i < replaced.length; i += 2) {
			fields.put(replaced[i], replaced[i + 1]);
		}
		MockHttpServletRequestBuilder request = post(path);
		fields.forEach(request::param);
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
