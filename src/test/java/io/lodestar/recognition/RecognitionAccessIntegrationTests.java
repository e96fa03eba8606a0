package io.lodestar.recognition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.EnumSet;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import io.lodestar.account.AccountManagement;
import io.lodestar.engagement.EngagementScenario;
import io.lodestar.goals.PeriodCalendar;
import io.lodestar.kpi.KpiManagement;
import io.lodestar.platform.security.Role;
import io.lodestar.platform.security.SystemActor;
import io.lodestar.platform.security.TokenScope;
import io.lodestar.test.Api;
import io.lodestar.test.Fixtures;
import io.lodestar.test.IntegrationTest;

/**
 * Who may give what, and what each viewer sees: bonus amounts only for pay viewers and the recipient, goal titles
 * only for those who can read the goal, nothing at all of another company.
 */
@IntegrationTest
class RecognitionAccessIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	AwardTypes types;

	@Autowired
	AwardBudgets budgets;

	@Autowired
	Awards awards;

	@Autowired
	PraisePosts praise;

	@Autowired
	AccountManagement accounts;

	@Autowired
	KpiManagement kpis;

	@Autowired
	PeriodCalendar calendar;

	Fixtures.Company company;

	UUID type;

	@BeforeEach
	void company() {
		company = fixtures.company();
		type = RecognitionScenario.awardType(types, company, "优秀员工");
		RecognitionScenario.budget(budgets, company, "10000");
	}

	private MvcResult api(Fixtures.Person person, String method, String url, String json) throws Exception {
		var request = method.equals("GET") ? get(url) : post(url).contentType(MediaType.APPLICATION_JSON).content(json);
		return mvc.perform(request.with(Api.bearer(fixtures.token(person, TokenScope.READ, TokenScope.WRITE))))
			.andReturn();
	}

	private String giveJson(UUID recipient) {
		return "{\"recipientId\":\"%s\",\"awardTypeId\":\"%s\",\"reason\":\"Well done\"}".formatted(recipient, type);
	}

	private String html(Fixtures.Person person, String url) throws Exception {
		return mvc.perform(get(url).with(Fixtures.as(person))).andReturn().getResponse().getContentAsString();
	}

	@Test
	void onlyHrAndManagersOfThePersonGiveAwardsAndNobodyToThemself() throws Exception {
		// an employee cannot give awards at all
		assertThat(api(company.employee(), "POST", "/api/v1/recognition/awards",
				giveJson(company.colleague().employeeId())).getResponse().getStatus()).isEqualTo(403);
		// a manager only below themself: not to HR or their own boss
		assertThat(api(company.manager(), "POST", "/api/v1/recognition/awards", giveJson(company.hr().employeeId()))
			.getResponse().getStatus()).isEqualTo(403);
		assertThat(api(company.manager(), "POST", "/api/v1/recognition/awards",
				giveJson(company.executive().employeeId())).getResponse().getStatus()).isEqualTo(403);
		MvcResult self = api(company.manager(), "POST", "/api/v1/recognition/awards",
				giveJson(company.manager().employeeId()));
		assertThat(self.getResponse().getStatus()).isEqualTo(422);
		assertThat(self.getResponse().getContentAsString()).contains("\"field\":\"recipientId\"");
		MvcResult noReason = api(company.manager(), "POST", "/api/v1/recognition/awards",
				"{\"recipientId\":\"%s\",\"awardTypeId\":\"%s\",\"reason\":\"  \"}".formatted(
						company.employee().employeeId(), type));
		assertThat(noReason.getResponse().getStatus()).isEqualTo(422);
		assertThat(noReason.getResponse().getContentAsString()).contains("\"field\":\"reason\"");
		assertThat(jdbc.sql("select count(*) from recognition_award where tenant_id = :t").param("t", company.id())
			.query(Long.class).single()).isZero();

		assertThat(api(company.manager(), "POST", "/api/v1/recognition/awards", giveJson(company.employee().employeeId()))
			.getResponse().getStatus()).isEqualTo(201);
		assertThat(jdbc.sql("select message_key from engagement_notification where tenant_id = :t and kind = 'AWARD' "
				+ "and recipient_employee_id = :e").param("t", company.id()).param("e", company.employee().employeeId())
			.query(String.class).single()).isEqualTo("recognition.notification.award");
		// only HR manages types and revokes
		assertThat(api(company.manager(), "POST", "/api/v1/recognition/award-types", "{\"name\":\"Mine\"}")
			.getResponse().getStatus()).isEqualTo(403);
	}

	@Test
	void bonusAmountsReachOnlyPayViewersAndTheRecipient() throws Exception {
		UUID award = RecognitionScenario.bonusAward(awards, company, type, "2345.67");
		String amount = "2345.67";
		String formatted = "2,345.67";
		// a colleague: not in the page, the section, the feed or the API
		for (String page : new String[] { "/recognition", "/recognition/awards/" + award,
				"/recognition/people/" + company.employee().employeeId() }) {
			assertThat(html(company.colleague(), page)).as(page).doesNotContain(formatted).doesNotContain(amount)
				.contains("优秀员工");
		}
		for (String call : new String[] { "/api/v1/recognition/awards/" + award, "/api/v1/recognition/feed",
				"/api/v1/recognition/people/" + company.employee().employeeId() }) {
			String json = api(company.colleague(), "GET", call, null).getResponse().getContentAsString();
			assertThat(json).as(call).doesNotContain(amount).doesNotContain("bonusAmount").contains("\"rewardKind\":\"BONUS\"");
		}
		// the giving manager is no pay viewer either
		assertThat(api(company.manager(), "GET", "/api/v1/recognition/awards/" + award, null).getResponse()
			.getContentAsString()).doesNotContain(amount);
		// the recipient and HR see it
		assertThat(html(company.employee(), "/recognition/awards/" + award)).contains(formatted);
		assertThat(api(company.employee(), "GET", "/api/v1/recognition/awards/" + award, null).getResponse()
			.getContentAsString()).contains("\"bonusAmount\":2345.67");
		assertThat(html(company.hr(), "/recognition")).contains(formatted);
		// an executive sees it once granted PAY_VIEWER
		assertThat(html(company.executive(), "/recognition")).doesNotContain(formatted);
		Fixtures.Person payViewer = grantPayViewer(company.executive());
		assertThat(html(payViewer, "/recognition")).contains(formatted);
		assertThat(api(payViewer, "GET", "/api/v1/recognition/feed", null).getResponse().getContentAsString())
			.contains("\"bonusAmount\":2345.67");
	}

	@Test
	void praiseOfAGoalShowsItsTitleOnlyToThoseWhoCanReadTheGoal() throws Exception {
		UUID kpi = EngagementScenario.salesKpi(kpis, calendar, company, company.employee(), "Secret target 4711");
		// the colleague cannot read Emma's KPI, so cannot tie praise to it, and learns nothing from the refusal
		MvcResult refused = api(company.colleague(), "POST", "/api/v1/recognition/praise",
				"{\"recipientId\":\"%s\",\"message\":\"Great\",\"goalId\":\"%s\"}".formatted(company.employee().employeeId(), kpi));
		assertThat(refused.getResponse().getStatus()).isEqualTo(422);
		assertThat(refused.getResponse().getContentAsString()).contains("\"field\":\"goalId\"").doesNotContain("Secret");
		// the manager can, and does
		MvcResult posted = api(company.manager(), "POST", "/api/v1/recognition/praise",
				"{\"recipientId\":\"%s\",\"message\":\"Great month\",\"goalId\":\"%s\"}".formatted(
						company.employee().employeeId(), kpi));
		assertThat(posted.getResponse().getStatus()).isEqualTo(201);
		assertThat(posted.getResponse().getContentAsString()).contains("Secret target 4711");
		assertThat(jdbc.sql("select count(*) from engagement_notification where tenant_id = :t and kind = 'PRAISE'")
			.param("t", company.id()).query(Long.class).single()).isEqualTo(1);
		// the colleague sees the praise, but neither the goal's title nor its id
		for (String page : new String[] { "/recognition", "/recognition/people/" + company.employee().employeeId() }) {
			assertThat(html(company.colleague(), page)).as(page).contains("Great month").doesNotContain("Secret target")
				.doesNotContain(kpi.toString());
		}
		String json = api(company.colleague(), "GET", "/api/v1/recognition/feed", null).getResponse().getContentAsString();
		assertThat(json).contains("Great month").doesNotContain("Secret target").doesNotContain(kpi.toString());
		assertThat(html(company.employee(), "/recognition")).contains("Secret target 4711");
	}

	@Test
	void praiseIsPlainTextOfAtMostAThousandCharactersAndNeverForOneself() throws Exception {
		String tooLong = "赞".repeat(1001);
		MvcResult refused = api(company.colleague(), "POST", "/api/v1/recognition/praise",
				"{\"recipientId\":\"%s\",\"message\":\"%s\"}".formatted(company.employee().employeeId(), tooLong));
		assertThat(refused.getResponse().getStatus()).isEqualTo(422);
		assertThat(refused.getResponse().getContentAsString()).contains("\"field\":\"message\"");
		MvcResult self = api(company.colleague(), "POST", "/api/v1/recognition/praise",
				"{\"recipientId\":\"%s\",\"message\":\"Me!\"}".formatted(company.colleague().employeeId()));
		assertThat(self.getResponse().getStatus()).isEqualTo(422);
		assertThat(api(company.colleague(), "POST", "/api/v1/recognition/praise",
				"{\"recipientId\":\"%s\",\"message\":\"%s\"}".formatted(company.employee().employeeId(), "赞".repeat(1000)))
			.getResponse().getStatus()).isEqualTo(201);
		String page = html(company.employee(), "/recognition/people/" + company.employee().employeeId());
		assertThat(page).contains("赞".repeat(1000));
		String script = html(company.colleague(), "/recognition");
		assertThat(script).doesNotContain("<script>alert");
	}

	@Test
	void anotherCompanySeesNothingAndCanTouchNothing() throws Exception {
		Fixtures.Company other = fixtures.company();
		UUID award = RecognitionScenario.bonusAward(awards, company, type, "88.88");
		UUID post = RecognitionScenario.praise(praise, company, null);
		for (String call : new String[] { "/api/v1/recognition/awards/" + award, "/api/v1/recognition/praise/" + post,
				"/api/v1/recognition/people/" + company.employee().employeeId() }) {
			assertThat(api(other.hr(), "GET", call, null).getResponse().getStatus()).as(call).isEqualTo(404);
		}
		assertThat(api(other.hr(), "POST", "/api/v1/recognition/awards/" + award + "/revocation", "{\"reason\":\"x\"}")
			.getResponse().getStatus()).isEqualTo(404);
		// giving an award with the other company's type or to its people
		assertThat(api(other.hr(), "POST", "/api/v1/recognition/awards", giveJson(company.employee().employeeId()))
			.getResponse().getStatus()).isEqualTo(404);
		String feed = api(other.hr(), "GET", "/api/v1/recognition/feed", null).getResponse().getContentAsString();
		assertThat(feed).contains("\"totalItems\":0").doesNotContain(award.toString());
		assertThat(api(other.hr(), "GET", "/api/v1/recognition/award-types", null).getResponse().getContentAsString())
			.doesNotContain("优秀员工");
		assertThat(api(other.hr(), "GET", "/api/v1/recognition/budgets", null).getResponse().getContentAsString())
			.isEqualTo("[]");
		assertThat(html(other.hr(), "/recognition")).doesNotContain("Complaint rate halved");
		assertThat(jdbc.sql("select revoked_at from recognition_award where id = :id").param("id", award)
			.query(java.sql.Timestamp.class).optional()).isEmpty();
	}

	@Test
	void theProfileLoadsTheRecognitionSectionAndEmptyStatesSayWhatToDo() throws Exception {
		String profile = html(company.colleague(), "/people/" + company.employee().employeeId());
		assertThat(profile).contains("/recognition/people/" + company.employee().employeeId());
		String section = html(company.colleague(), "/recognition/people/" + company.employee().employeeId());
		assertThat(section).contains("Be the first to praise").contains("/recognition/praise/new?recipient=");
		assertThat(section).doesNotContain("/recognition/awards/new");
		assertThat(html(company.manager(), "/recognition/people/" + company.employee().employeeId()))
			.contains("/recognition/awards/new?recipient=");
		assertThat(html(company.employee(), "/recognition")).contains("Praise them");
	}

	private Fixtures.Person grantPayViewer(Fixtures.Person person) {
		SystemActor.runAs(company.id(), () -> {
			var hr = company.hr().principal();
			var view = accounts.get(hr, person.userId());
			EnumSet<Role> roles = EnumSet.of(Role.PAY_VIEWER);
			roles.addAll(view.grantedRoles());
			accounts.changeRoles(hr, person.userId(), roles, view.version());
		});
		EnumSet<Role> roles = EnumSet.copyOf(person.roles());
		roles.add(Role.PAY_VIEWER);
		return new Fixtures.Person(person.employeeId(), person.userId(), person.name(), person.email(), person.password(),
				roles, person.tenantId());
	}

}
