package io.lodestar.appraisal.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import io.lodestar.appraisal.AppraisalReminders;
import io.lodestar.goals.PeriodCalendar;
import io.lodestar.kpi.KpiManagement;
import io.lodestar.kpi.Measurements;
import io.lodestar.platform.security.SystemActor;
import io.lodestar.test.Fixtures;
import io.lodestar.test.IntegrationTest;

/**
 * Bad templates are refused with the field (and the formula's error position) and store nothing; peer feedback
 * stays anonymous and hidden below the minimum; another company sees nothing; the pool is never exceeded;
 * deadline reminders go once a day to whoever owes a step.
 */
@IntegrationTest
class AppraisalRulesIntegrationTests {

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
	AppraisalReminders reminders;

	@Autowired
	JdbcTemplate jdbc;

	AppraisalApi api;

	@BeforeEach
	void setUp() {
		api = new AppraisalApi(mvc, fixtures, calendar, kpis, measurements);
	}

	@Test
	void badTemplatesAreRefusedWithTheFieldAndThePositionAndNothingIsStored() throws Exception {
		String weights = "{\"KPI\": 70, \"MANAGER\": 20}";
		api.send(post("/api/v1/appraisal/templates"), api.hr, AppraisalApi.template("Ninety", weights, ""))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("weights"))
			.andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("90")));
		api.send(post("/api/v1/appraisal/templates"), api.hr,
				AppraisalApi.template("Negative", "{\"KPI\": 120, \"MANAGER\": -20}", ""))
			.andExpect(status().isUnprocessableContent());
		String valid = "{\"KPI\": 70, \"MANAGER\": 30}";
		api.send(post("/api/v1/appraisal/templates"), api.hr, AppraisalApi.template("Unknown", valid, "0.7 * kpi + 0.3 * okr"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("formula"))
			.andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("\"okr\" at position 19")));
		// no way out of the sandbox: no strings, member access, other calls
		for (String escape : new String[] { "T(java.lang.Runtime).getRuntime()", "kpi.getClass()",
				"exec('rm -rf /')", "''.class", "new java.io.File('/etc/passwd')", "kpi; system(1)" }) {
			api.send(post("/api/v1/appraisal/templates"), api.hr, AppraisalApi.template("Escape", valid, escape))
				.andExpect(status().isUnprocessableContent())
				.andExpect(jsonPath("$.errors[0].field").value("formula"));
		}
		api.send(post("/api/v1/appraisal/templates"), api.manager, AppraisalApi.template("Manager's", valid, ""))
			.andExpect(status().isForbidden());
		Integer stored = jdbc.queryForObject("select count(*) from appraisal_template where tenant_id = ?", Integer.class,
				api.company.id());
		assertThat(stored).isZero();

		// the preview tries a formula on the samples without storing it; the sample without a self-assessment is
		// normalised, not counted as zero
		api.send(post("/api/v1/appraisal/templates/preview"), api.hr,
				AppraisalApi.template("Preview", "{\"KPI\": 60, \"MANAGER\": 30, \"SELF\": 10}", ""))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[3].sample").value("no-self"))
			.andExpect(jsonPath("$[3].score").value(1.0)) // (0.6 × 1.1 + 0.3 × 0.8) / 0.9, not 0.9
			.andExpect(jsonPath("$[0].grade").value("A")); // 0.6 × 1.25 + 0.3 × 0.9 + 0.1 × 0.8 = 1.1
		assertThat(jdbc.queryForObject("select count(*) from appraisal_template where tenant_id = ?", Integer.class,
				api.company.id())).isZero();
	}

	@Test
	void peerFeedbackIsAnonymousAndShownOnlyFromTheMinimumNumberOfAnswers() throws Exception {
		String template = AppraisalApi.read(api.send(post("/api/v1/appraisal/templates"), api.hr,
				AppraisalApi.template("With peers", "{\"KPI\": 60, \"MANAGER\": 30, \"PEER\": 10}", ""))
			.andExpect(status().isCreated()), "$.id");
		String cycle = api.salesCycle(template, "null");
		String emma = api.appraisalOf(cycle, api.company.employee().employeeId());
		api.advance(cycle, "SELF_REVIEW").andExpect(status().isOk());
		api.send(post("/api/v1/appraisals/" + emma + "/peers"), api.manager,
				"{\"peerIds\": [\"" + api.company.employee().employeeId() + "\"]}")
			.andExpect(status().isUnprocessableContent());
		api.send(post("/api/v1/appraisals/" + emma + "/peers"), api.colleague,
				"{\"peerIds\": [\"" + api.company.colleague().employeeId() + "\"]}")
			.andExpect(status().isNotFound());
		api.send(post("/api/v1/appraisals/" + emma + "/peers"), api.manager,
				"{\"peerIds\": [\"" + api.company.colleague().employeeId() + "\", \"" + api.company.hr().employeeId() + "\"]}")
			.andExpect(status().isOk());
		api.get("/api/v1/appraisals/peer-requests", api.colleague).andExpect(jsonPath("$[0].employeeName").value("Emma Employee"))
			.andExpect(jsonPath("$[0].selfRating").doesNotExist());
		// someone not asked cannot answer
		api.send(put("/api/v1/appraisals/" + emma + "/peer-feedback"), api.executive, "{\"rating\": 1}")
			.andExpect(status().isNotFound());
		api.send(put("/api/v1/appraisals/" + emma + "/peer-feedback"), api.colleague,
				"{\"rating\": 4, \"comment\": \"Always helps the team\"}").andExpect(status().isOk());
		api.selfAssess(emma, api.employee, "4").andExpect(status().isOk());
		api.managerAssess(emma, api.manager, "4", 2).andExpect(status().isOk());

		// one answer of the two required: nothing shown, and the score leaves peers out
		api.advance(cycle, "MANAGER_REVIEW");
		api.advance(cycle, "CALIBRATION").andExpect(status().isOk());
		api.get("/api/v1/appraisals/" + emma, api.hr)
			.andExpect(jsonPath("$.peerScore").doesNotExist())
			.andExpect(jsonPath("$.peerCount").doesNotExist())
			.andExpect(jsonPath("$.missingComponents").value("peer"));
		api.get("/api/v1/appraisals/" + emma + "/peer-comments", api.hr).andExpect(jsonPath("$.length()").value(0));

		String body = AppraisalApi.body(api.get("/api/v1/appraisals/" + emma, api.hr));
		assertThat(body).doesNotContain(api.company.colleague().employeeId().toString(), "Carl");
		String all = AppraisalApi.body(api.get("/api/v1/appraisal/cycles/" + cycle + "/appraisals", api.hr));
		assertThat(all).doesNotContain("Always helps the team");
	}

	@Test
	void anotherCompanySeesAndChangesNothing() throws Exception {
		String template = api.standardTemplate();
		String cycle = api.salesCycle(template, "null");
		String emma = api.appraisalOf(cycle, api.company.employee().employeeId());
		AppraisalApi other = new AppraisalApi(mvc, fixtures, calendar, kpis, measurements);
		other.get("/api/v1/appraisal/templates/" + template, other.hr).andExpect(status().isNotFound());
		other.get("/api/v1/appraisal/cycles/" + cycle, other.hr).andExpect(status().isNotFound());
		other.get("/api/v1/appraisal/cycles/" + cycle + "/appraisals", other.hr).andExpect(status().isNotFound());
		other.get("/api/v1/appraisals/" + emma, other.hr).andExpect(status().isNotFound());
		other.advance(cycle, "SELF_REVIEW").andExpect(status().isNotFound());
		other.get("/api/v1/appraisal/cycles/" + cycle + "/payroll.csv", other.hr).andExpect(status().isNotFound());
		other.send(post("/api/v1/appraisals/" + emma + "/calibration"), other.hr,
				"{\"grade\": \"S\", \"reason\": \"x\"}").andExpect(status().isNotFound());
		api.get("/api/v1/appraisal/cycles/" + cycle, api.hr).andExpect(jsonPath("$.phase").value("DRAFT"));
	}

	@Test
	void aBonusPoolIsSharedByTheRulesAndNeverExceededAndTheWhatIfStoresNothing() throws Exception {
		String cycle = api.salesCycle(api.standardTemplate(), "20000.01");
		api.advance(cycle, "SELF_REVIEW");
		api.advance(cycle, "MANAGER_REVIEW");
		api.managerAssess(api.appraisalOf(cycle, api.company.employee().employeeId()), api.manager, "4.5", 3)
			.andExpect(status().isOk());
		api.managerAssess(api.appraisalOf(cycle, api.company.colleague().employeeId()), api.manager, "3", 2)
			.andExpect(status().isOk());
		api.advance(cycle, "CALIBRATION").andExpect(status().isOk());
		// rules: Emma 0.7 × 1.25 + 0.3 × 0.9 → A 11,500; Carl C 9,300; Max (no rating, no KPI) has no score;
		// the pool of 20,000.01 is shared in that proportion, to the cent
		java.math.BigDecimal paid = jdbc.queryForObject("select sum(pay_amount) from appraisal where tenant_id = ?",
				java.math.BigDecimal.class, api.company.id());
		assertThat(paid).isEqualByComparingTo("20000.01");
		api.get("/api/v1/appraisal/cycles/" + cycle + "/what-if?pool=10000", api.hr)
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.rulesTotal").value(20800.00))
			.andExpect(jsonPath("$.total").value(10000.00))
			.andExpect(jsonPath("$.people").value(2));
		api.get("/api/v1/appraisal/cycles/" + cycle + "/what-if?payBase=12000", api.hr)
			.andExpect(jsonPath("$.total").value(13700.00 + 11200.00));
		api.get("/api/v1/appraisal/cycles/" + cycle + "/what-if", api.executive).andExpect(status().isForbidden());

		// a person's own base: their rule amount changes, and so do everyone's pool shares
		String emma = api.appraisalOf(cycle, api.company.employee().employeeId());
		api.send(put("/api/v1/appraisals/" + emma + "/pay-base"), api.manager, "{\"payBase\": 20000}")
			.andExpect(status().isForbidden());
		api.send(put("/api/v1/appraisals/" + emma + "/pay-base"), api.hr, "{\"payBase\": -1}")
			.andExpect(status().isUnprocessableContent());
		api.send(put("/api/v1/appraisals/" + emma + "/pay-base"), api.hr, "{\"payBase\": 20000}")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.payBase").value(20000));
		// rules: Emma 20,000 × 1.10 + 500 = 22,500, Carl 9,300: the pool is shared 22,500 : 9,300
		api.get("/api/v1/appraisals/" + emma, api.hr).andExpect(jsonPath("$.payAmount").value(14150.95));
		assertThat(jdbc.queryForObject("select sum(pay_amount) from appraisal where tenant_id = ?",
				java.math.BigDecimal.class, api.company.id())).isEqualByComparingTo("20000.01");
		api.send(post("/api/v1/appraisal/cycles"), api.hr, """
				{"name": "Bad pool", "templateId": "%s", "periodId": "%s", "unitIds": ["%s"], "payBase": 10000,
				 "bonusPool": -1}""".formatted(AppraisalApi.read(api.get("/api/v1/appraisal/cycles/" + cycle, api.hr),
				"$.templateId"), api.year.id(), api.company.salesUnit()))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("bonusPool"));
	}

	@Test
	void remindersGoOnceADayToWhoeverOwesAStepNearTheDeadline() throws Exception {
		String template = api.standardTemplate();
		String today = calendar.today(api.company.id()).toString();
		String cycle = AppraisalApi.read(api.send(post("/api/v1/appraisal/cycles"), api.hr, """
				{"name": "Due today", "templateId": "%s", "periodId": "%s", "unitIds": ["%s"], "payBase": 0,
				 "selfDue": "%s"}""".formatted(template, api.year.id(), api.company.salesUnit(), today))
			.andExpect(status().isCreated()), "$.id");
		api.advance(cycle, "SELF_REVIEW");
		api.selfAssess(api.appraisalOf(cycle, api.company.employee().employeeId()), api.employee, "4");
		UUID tenant = api.company.id();
		int sent = SystemActor.runAs(tenant, () -> reminders.run(tenant));
		assertThat(sent).isEqualTo(2);
		assertThat(SystemActor.runAs(tenant, () -> reminders.run(tenant))).isZero();
		assertThat(jdbc.queryForList("select recipient_employee_id from engagement_notification where tenant_id = ? "
				+ "and message_key = 'appraisal.notice.reminder'", UUID.class, tenant))
			.containsExactlyInAnyOrder(api.company.colleague().employeeId(), api.company.manager().employeeId());
	}

}
