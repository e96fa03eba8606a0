package io.lodestar.goals.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import io.lodestar.company.CompanyManagement;
import io.lodestar.goals.PeriodCalendar;
import io.lodestar.test.Fixtures;
import io.lodestar.test.IntegrationTest;

/** HR's goal settings and the locking of periods. */
@IntegrationTest
class GoalSettingsPagesIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	PeriodCalendar calendar;

	@Autowired
	CompanyManagement companies;

	@Autowired
	JdbcClient jdbc;

	@Test
	void employeesAndManagersGetForbiddenOnTheSettingsAndPeriodsPages() throws Exception {
		var company = fixtures.company();
		UUID period = calendar.year(company.id(), 2024).get(3).id();
		for (Fixtures.Person person : new Fixtures.Person[] { company.employee(), company.manager() }) {
			mvc.perform(get("/admin/goal-settings").with(Fixtures.as(person))).andExpect(status().isForbidden());
			mvc.perform(get("/admin/periods").with(Fixtures.as(person))).andExpect(status().isForbidden());
			mvc.perform(post("/admin/goal-settings").param("fiscalYearStartMonth", "4").with(Fixtures.as(person))
				.with(csrf())).andExpect(status().isForbidden());
			mvc.perform(post("/admin/periods/" + period + "/lock").param("reason", "x").with(Fixtures.as(person))
				.with(csrf())).andExpect(status().isForbidden());
		}
		assertThat(companies.settings(company.id()).fiscalYearStartMonth()).isEqualTo(1);
		assertThat(calendar.lockedAmong(company.id(), java.util.List.of(period))).isEmpty();
		// and the navigation does not offer them
		assertThat(page(get("/").with(Fixtures.as(company.employee())))).doesNotContain("/admin/goal-settings")
			.contains("href=\"/goals\"", "href=\"/my/goals\"");
	}

	@Test
	void theFiscalYearStartChangesUntilPeriodsExistAndIsThenRefusedWithTheReason() throws Exception {
		var company = fixtures.company();
		String form = page(get("/admin/goal-settings").with(Fixtures.as(company.hr())));
		assertThat(form).contains("January", "April", "name=\"kpiActualsPublic\"");
		long version = companies.settings(company.id()).version();
		mvc.perform(post("/admin/goal-settings").param("fiscalYearStartMonth", "4").param("kpiActualsPublic", "true")
			.param("version", String.valueOf(version)).with(Fixtures.as(company.hr())).with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/admin/goal-settings"))
			.andExpect(flash().attributeExists("notice"));
		assertThat(companies.settings(company.id()).fiscalYearStartMonth()).isEqualTo(4);
		assertThat(companies.settings(company.id()).kpiActualsPublic()).isTrue();

		calendar.year(company.id(), 2024);
		String refused = page(post("/admin/goal-settings").param("fiscalYearStartMonth", "7")
			.param("version", String.valueOf(companies.settings(company.id()).version()))
			.with(Fixtures.as(company.hr())).with(csrf()));
		assertThat(refused).containsPattern("<select id=\"fiscalYearStartMonth\"[\\s\\S]*?</select>\\s*"
				+ "<p class=\"error\" id=\"fiscalYearStartMonth-error\">The fiscal year start cannot change any more");
		assertThat(companies.settings(company.id()).fiscalYearStartMonth()).isEqualTo(4);
		// public actuals can still be switched off
		mvc.perform(post("/admin/goal-settings").param("fiscalYearStartMonth", "4")
			.param("version", String.valueOf(companies.settings(company.id()).version()))
			.with(Fixtures.as(company.hr())).with(csrf()))
			.andExpect(status().is3xxRedirection());
		assertThat(companies.settings(company.id()).kpiActualsPublic()).isFalse();
		// fiscal years are now named FY…
		assertThat(page(get("/admin/periods").param("year", "2024").with(Fixtures.as(company.hr())))).contains("FY2024 Q1",
				"2024-04-01 – 2024-06-30");
	}

	@Test
	void hrLocksAndUnlocksAPeriodWithAReasonThatIsAudited() throws Exception {
		var company = fixtures.company();
		String periods = page(get("/admin/periods").param("year", "2024").with(Fixtures.as(company.hr())));
		assertThat(periods.split("<tr id=\"period-").length - 1).isEqualTo(19);
		UUID march = calendar.year(company.id(), 2024).stream()
			.filter(period -> period.kind() == io.lodestar.goals.PeriodKind.MONTH && period.sequence() == 3)
			.findFirst()
			.orElseThrow()
			.id();

		String refused = page(post("/admin/periods/" + march + "/lock").param("reason", " ")
			.with(Fixtures.as(company.hr())).with(csrf()));
		assertThat(refused).contains("Say why (it is kept in the audit trail).");
		assertThat(calendar.lockedAmong(company.id(), java.util.List.of(march))).isEmpty();

		mvc.perform(post("/admin/periods/" + march + "/lock").param("reason", "March approved for payroll")
			.with(Fixtures.as(company.hr())).with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/admin/periods?year=2024"));
		assertThat(calendar.lockedAmong(company.id(), java.util.List.of(march))).containsExactly(march);
		assertThat(page(get("/admin/periods").param("year", "2024").with(Fixtures.as(company.hr()))))
			.contains("March approved for payroll", "action=\"/admin/periods/" + march + "/unlock\"");

		mvc.perform(post("/admin/periods/" + march + "/unlock").param("reason", "").with(Fixtures.as(company.hr()))
			.with(csrf())).andExpect(status().isOk());
		assertThat(calendar.lockedAmong(company.id(), java.util.List.of(march))).containsExactly(march);
		mvc.perform(post("/admin/periods/" + march + "/unlock").param("reason", "late delivery notes")
			.with(Fixtures.as(company.hr())).with(csrf()))
			.andExpect(status().is3xxRedirection());
		assertThat(calendar.lockedAmong(company.id(), java.util.List.of(march))).isEmpty();
		assertThat(jdbc.sql("select count(*) from platform_audit_event where tenant_id = :t and action in "
				+ "('PERIOD_LOCKED', 'PERIOD_UNLOCKED')").param("t", company.id()).query(Long.class).single())
			.isEqualTo(2);
	}

	@Test
	void theSettingsAndPeriodsPagesRenderInChinese() throws Exception {
		var company = fixtures.company();
		assertThat(page(get("/admin/goal-settings").header("Accept-Language", "zh-CN").with(Fixtures.as(company.hr()))))
			.contains("目标设置", "财年起始月", "一月");
		assertThat(page(get("/admin/periods").param("year", "2024").header("Accept-Language", "zh-CN")
			.with(Fixtures.as(company.hr())))).contains("考核期间", "2024年第1季度", "2024年第2季度", "2024年上半年", "2024年3月", "锁定")
			.doesNotContain("财年");
	}

	private String page(MockHttpServletRequestBuilder request) throws Exception {
		return mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
	}

}
