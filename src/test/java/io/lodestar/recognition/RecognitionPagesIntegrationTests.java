package io.lodestar.recognition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import io.lodestar.test.Fixtures;
import io.lodestar.test.IntegrationTest;

/** The HTML pages: forms render, refuse bad input next to the field storing nothing, and redirect on success. */
@IntegrationTest
class RecognitionPagesIntegrationTests {

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

	Fixtures.Company company;

	@BeforeEach
	void company() {
		company = fixtures.company();
	}

	private MvcResult page(Fixtures.Person person, String url) throws Exception {
		return mvc.perform(get(url).with(Fixtures.as(person))).andReturn();
	}

	private MvcResult send(Fixtures.Person person, String url, String... params) throws Exception {
		var request = post(url).with(Fixtures.as(person)).with(csrf());
		for (int i = 0; i < params.length; i += 2) {
			request = request.param(params[i], params[i + 1]);
		}
		return mvc.perform(request).andReturn();
	}

	@Test
	void hrSetsUpTypesAndBudgetsAndTheEmptyStatesSayWhatToDo() throws Exception {
		assertThat(page(company.hr(), "/admin/recognition/award-types").getResponse().getContentAsString())
			.contains("Add the first one below");
		assertThat(page(company.manager(), "/admin/recognition/award-types").getResponse().getStatus()).isEqualTo(403);
		assertThat(send(company.hr(), "/admin/recognition/award-types", "name", " ").getResponse().getContentAsString())
			.contains("Enter a name.");
		assertThat(send(company.hr(), "/admin/recognition/award-types", "name", "Best service").getResponse()
			.getRedirectedUrl()).isEqualTo("/admin/recognition/award-types");
		assertThat(send(company.hr(), "/admin/recognition/award-types", "name", "best service").getResponse()
			.getContentAsString()).contains("There already is an award type");

		assertThat(page(company.manager(), "/recognition/budgets").getResponse().getContentAsString())
			.contains("HR has not set an award budget for you");
		String refused = send(company.hr(), "/recognition/budgets", "managerId", company.manager().employeeId().toString(),
				"allocated", "12.345").getResponse().getContentAsString();
		assertThat(refused).contains("at most two decimal places");
		assertThat(jdbc.sql("select count(*) from recognition_budget where tenant_id = :t").param("t", company.id())
			.query(Long.class).single()).isZero();
		assertThat(send(company.hr(), "/recognition/budgets", "managerId", company.manager().employeeId().toString(),
				"allocated", "5000").getResponse().getRedirectedUrl()).startsWith("/recognition/budgets?year=");
		assertThat(page(company.manager(), "/recognition/budgets").getResponse().getContentAsString())
			.contains("5,000.00");
		assertThat(page(company.employee(), "/recognition/budgets").getResponse().getContentAsString())
			.doesNotContain("5,000.00");
	}

	@Test
	void aManagerGivesAnAwardThroughTheFormAndBadInputIsShownAtItsField() throws Exception {
		assertThat(page(company.manager(), "/recognition/awards/new").getResponse().getContentAsString())
			.contains("No award types yet");
		UUID type = RecognitionScenario.awardType(types, company, "Outstanding employee");
		String form = page(company.manager(), "/recognition/awards/new?recipient=" + company.employee().employeeId())
			.getResponse().getContentAsString();
		assertThat(form).contains("Emma Employee").contains("Outstanding employee").doesNotContain("Hana HR");
		String refused = send(company.manager(), "/recognition/awards", "recipientId",
				company.employee().employeeId().toString(), "awardTypeId", type.toString(), "reason", "Great",
				"rewardKind", "BONUS", "bonusAmount", "100").getResponse().getContentAsString();
		assertThat(refused).contains("You have no award budget");
		assertThat(send(company.manager(), "/recognition/awards", "recipientId",
				company.employee().employeeId().toString(), "awardTypeId", type.toString(), "reason", "",
				"rewardKind", "TRAINING", "rewardDetail", "").getResponse().getContentAsString())
			.contains("Say why the award is given.");
		MvcResult given = send(company.manager(), "/recognition/awards", "recipientId",
				company.employee().employeeId().toString(), "awardTypeId", type.toString(), "reason", "Great quarter",
				"rewardKind", "TRAINING", "rewardDetail", "Customer-experience course");
		assertThat(given.getResponse().getRedirectedUrl()).startsWith("/recognition/awards/");
		assertThat(page(company.colleague(), given.getResponse().getRedirectedUrl()).getResponse().getContentAsString())
			.contains("Customer-experience course").contains("Training opportunity");
		// only HR revokes
		assertThat(send(company.manager(), given.getResponse().getRedirectedUrl() + "/revoke", "reason", "x")
			.getResponse().getStatus()).isEqualTo(403);
		assertThat(send(company.hr(), given.getResponse().getRedirectedUrl() + "/revoke", "reason", "")
			.getResponse().getContentAsString()).contains("Say why the award is revoked.");
		assertThat(send(company.hr(), given.getResponse().getRedirectedUrl() + "/revoke", "reason", "Duplicate")
			.getResponse().getRedirectedUrl()).isEqualTo(given.getResponse().getRedirectedUrl());
		assertThat(page(company.colleague(), "/recognition").getResponse().getContentAsString())
			.doesNotContain("Great quarter");
	}

	@Test
	void anEmployeePraisesAColleagueThroughTheForm() throws Exception {
		assertThat(page(company.employee(), "/recognition/praise/new").getResponse().getContentAsString())
			.contains("Carl Colleague").doesNotContain("Emma Employee ·");
		assertThat(send(company.employee(), "/recognition/praise", "recipientId",
				company.colleague().employeeId().toString(), "message", "").getResponse().getContentAsString())
			.contains("Write a few words of praise.");
		assertThat(send(company.employee(), "/recognition/praise", "recipientId",
				company.colleague().employeeId().toString(), "message", "<script>alert(1)</script> Thanks!")
			.getResponse().getRedirectedUrl()).isEqualTo("/recognition");
		String feed = page(company.manager(), "/recognition").getResponse().getContentAsString();
		assertThat(feed).contains("Emma Employee praised Carl Colleague").contains("&lt;script&gt;alert(1)&lt;/script&gt;")
			.doesNotContain("<script>alert(1)");
		assertThat(page(company.employee(), "/recognition/awards/new").getResponse().getContentAsString())
			.contains("Nobody reports to you");
	}

}
