package io.lodestar.okr.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import io.lodestar.okr.OkrCycle;
import io.lodestar.okr.OkrCycles;
import io.lodestar.okr.UnitMode;
import io.lodestar.platform.security.SystemActor;
import io.lodestar.test.Fixtures;
import io.lodestar.test.IntegrationTest;

/** HR runs OKR cycles and org units' goal modes through the administration pages; nobody else may. */
@IntegrationTest
class OkrCycleAdminIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	OkrCycles cycles;

	@Autowired
	ApplicationContext context;

	/** The new-cycle form as HR fills it in, with some fields replaced ("name", "", ...). */
	private MockHttpServletRequestBuilder form(String path, Fixtures.Person as, String... replaced) {
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("name", "2027 Q1");
		fields.put("cadence", "QUARTER");
		fields.put("startsOn", "2027-01-01");
		fields.put("endsOn", "");
		fields.put("draftingEndsOn", "");
		fields.put("closingStartsOn", "");
		fields.put("checkInDays", "14");
		fields.put("atRiskPoints", "15");
		fields.put("progressCapPercent", "150");
		for (int i = 0; i < replaced.length; i += 2) {
			fields.put(replaced[i], replaced[i + 1]);
		}
		MockHttpServletRequestBuilder request = post(path);
		fields.forEach(request::param);
		return request.with(Fixtures.as(as)).with(csrf());
	}

	@Test
	void hrCreatesACycleWithDefaultsFromTheCadenceAndSeesItListed() throws Exception {
		var company = fixtures.company();
		assertThat(page(get("/admin/okr/cycles"), company.hr())).contains("No OKR cycles yet", "/admin/okr/cycles/new");
		String location = mvc.perform(form("/admin/okr/cycles", company.hr()))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attributeExists("notice"))
			.andReturn().getResponse().getRedirectedUrl();
		OkrCycle cycle = only(company);
		assertThat(location).isEqualTo("/admin/okr/cycles/" + cycle.id());
		assertThat(cycle.endsOn()).isEqualTo(LocalDate.of(2027, 3, 31));
		assertThat(cycle.draftingEndsOn()).isEqualTo(LocalDate.of(2027, 1, 14));
		assertThat(cycle.closingStartsOn()).isEqualTo(LocalDate.of(2027, 3, 25));
		assertThat(cycle.checkInDays()).isEqualTo(14);
		// typed in points and percent, kept as fractions
		assertThat(cycle.atRiskMargin()).isEqualByComparingTo("0.15");
		assertThat(cycle.progressCap()).isEqualByComparingTo("1.5");
		String list = page(get("/admin/okr/cycles"), company.hr());
		assertThat(list).contains("2027 Q1", "Quarter", "2027-01-01 – 2027-03-31", "data-phase=\"DRAFTING\"",
				"/okr/cycles/" + cycle.id() + "/retrospective");
		assertThat(page(get(location), company.hr())).contains("value=\"15\"", "value=\"150\"", "Close cycle");
	}

	@Test
	void badInputComesBackWithFieldErrorsAndStoresNothing() throws Exception {
		var company = fixtures.company();
		String html = mvc.perform(form("/admin/okr/cycles", company.hr(), "name", " ", "startsOn", "",
				"atRiskPoints", "150", "checkInDays", "0"))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(html).contains("Give the cycle a name", "Enter the date the cycle starts.",
				"The at-risk margin is between 0 and 100 points.", "Check-ins are due every 1 to 31 days.");
		// business rules come back next to their field too, in the user's language
		String rule = mvc.perform(form("/admin/okr/cycles", company.hr(), "endsOn", "2026-12-01")
			.header("Accept-Language", "zh-CN"))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(rule).contains("id=\"endsOn-error\"", "新建 OKR 周期");
		assertThat(count(company)).isZero();
	}

	@Test
	void hrEditsACycleAndAStaleVersionIsAConflictThatChangesNothing() throws Exception {
		var company = fixtures.company();
		mvc.perform(form("/admin/okr/cycles", company.hr())).andExpect(status().is3xxRedirection());
		OkrCycle cycle = only(company);
		String path = "/admin/okr/cycles/" + cycle.id();
		mvc.perform(form(path, company.hr(), "name", "2027 first quarter", "version", String.valueOf(cycle.version()),
				"checkInDays", "7"))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl(path));
		OkrCycle saved = only(company);
		assertThat(saved.name()).isEqualTo("2027 first quarter");
		assertThat(saved.checkInDays()).isEqualTo(7);
		String html = mvc.perform(form(path, company.hr(), "name", "Stale", "version", String.valueOf(cycle.version())))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(html).contains("Someone else changed this cycle", "value=\"Stale\"");
		assertThat(only(company).name()).isEqualTo("2027 first quarter");
	}

	@Test
	void hrMovesClosesAndReopensACycleWithAReason() throws Exception {
		var scenario = RetrospectiveScenario.build(context, fixtures.company(), false);
		var company = scenario.company();
		String path = "/admin/okr/cycles/" + scenario.cycle();
		mvc.perform(post(path + "/phase").param("phase", "ACTIVE").with(Fixtures.as(company.hr())).with(csrf()))
			.andExpect(status().is3xxRedirection());
		assertThat(phase(scenario.cycle())).isEqualTo("ACTIVE");
		mvc.perform(post(path + "/phase").param("phase", "CLOSING").with(Fixtures.as(company.hr())).with(csrf()))
			.andExpect(status().is3xxRedirection());
		assertThat(phase(scenario.cycle())).isEqualTo("CLOSING");
		// closing cannot be reached by a phase move
		assertThat(page(post(path + "/phase").param("phase", "CLOSED").with(csrf()), company.hr()))
			.contains("data-action-error", "Close or reopen a cycle with");
		mvc.perform(post(path + "/close").with(Fixtures.as(company.hr())).with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attributeExists("notice"));
		assertThat(phase(scenario.cycle())).isEqualTo("CLOSED");
		assertThat(goalStatus(scenario.publicObjective())).isEqualTo("CLOSED");
		// the objective to carry over was drafted in the next cycle
		assertThat(jdbc.sql("select count(*) from okr_objective where tenant_id = :t and cycle_id = :c")
			.param("t", company.id()).param("c", scenario.nextCycle()).query(Long.class).single()).isEqualTo(1);
		String closed = page(get(path), company.hr());
		assertThat(closed).contains("Reopen the cycle", "The cycle is closed, so its settings can no longer change.")
			.doesNotContain("Close cycle</button>");
		String refused = page(post(path + "/reopen").param("reason", " ").with(csrf()), company.hr());
		assertThat(refused).contains("Say why the cycle is reopened");
		assertThat(phase(scenario.cycle())).isEqualTo("CLOSED");
		mvc.perform(post(path + "/reopen").param("reason", "Scores of Sales East were entered late")
			.with(Fixtures.as(company.hr())).with(csrf()))
			.andExpect(status().is3xxRedirection());
		assertThat(phase(scenario.cycle())).isEqualTo("CLOSING");
		assertThat(goalStatus(scenario.publicObjective())).isEqualTo("ACTIVE");
		assertThat(jdbc.sql("select reason from okr_event where tenant_id = :t and objective_id = :o "
				+ "and event = 'CYCLE_REOPENED'").param("t", company.id()).param("o", scenario.publicObjective())
			.query(String.class).single()).isEqualTo("Scores of Sales East were entered late");
	}

	@Test
	void hrSetsTheGoalModeOfOrgUnitsAndUnitsBelowInheritIt() throws Exception {
		var company = fixtures.company();
		String html = page(get("/admin/okr/unit-modes"), company.hr());
		assertThat(html).contains("Sales East", "name=\"mode-" + company.teamUnit() + "\"", "KPI and OKR");
		mvc.perform(post("/admin/okr/unit-modes").param("mode-" + company.salesUnit(), "KPI")
			.param("mode-" + company.teamUnit(), "").param("mode-" + company.rootUnit(), "")
			.with(Fixtures.as(company.hr())).with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attributeExists("notice"));
		assertThat(cycles.explicitModes(company.id())).containsExactly(Map.entry(company.salesUnit(), UnitMode.KPI));
		assertThat(cycles.modeOf(company.id(), company.teamUnit())).isEqualTo(UnitMode.KPI);
		assertThat(page(get("/admin/okr/unit-modes"), company.hr()))
			.containsPattern("<option value=\"KPI\" selected=\"selected\">KPI only</option>");
		mvc.perform(post("/admin/okr/unit-modes").param("mode-" + company.salesUnit(), "")
			.param("mode-" + company.teamUnit(), "OKR").with(Fixtures.as(company.hr())).with(csrf()))
			.andExpect(status().is3xxRedirection());
		assertThat(cycles.explicitModes(company.id())).containsExactly(Map.entry(company.teamUnit(), UnitMode.OKR));
	}

	@Test
	void nobodyButHrMayOpenOrChangeCycles() throws Exception {
		var company = fixtures.company();
		UUID cycle = SystemActor.runAs(company.id(), () -> cycles.create(company.hr().principal(),
				new io.lodestar.okr.NewCycle("Q", io.lodestar.okr.Cadence.QUARTER, LocalDate.of(2026, 10, 1), null, null,
						null, null, null, null, null)).id());
		for (Fixtures.Person person : new Fixtures.Person[] { company.employee(), company.manager(), company.executive() }) {
			for (String page : new String[] { "/admin/okr/cycles", "/admin/okr/cycles/new", "/admin/okr/cycles/" + cycle,
					"/admin/okr/unit-modes" }) {
				mvc.perform(get(page).with(Fixtures.as(person))).andExpect(status().isForbidden());
			}
			mvc.perform(form("/admin/okr/cycles", person)).andExpect(status().isForbidden());
			mvc.perform(form("/admin/okr/cycles/" + cycle, person, "name", "Mine")).andExpect(status().isForbidden());
			for (String action : new String[] { "/phase", "/close", "/reopen" }) {
				mvc.perform(post("/admin/okr/cycles/" + cycle + action).param("phase", "CLOSING").param("reason", "x")
					.with(Fixtures.as(person)).with(csrf())).andExpect(status().isForbidden());
			}
			mvc.perform(post("/admin/okr/unit-modes").param("mode-" + company.teamUnit(), "KPI")
				.with(Fixtures.as(person)).with(csrf())).andExpect(status().isForbidden());
		}
		assertThat(only(company).name()).isEqualTo("Q");
		assertThat(phase(cycle)).isIn("DRAFTING", "ACTIVE");
		assertThat(cycles.explicitModes(company.id())).isEmpty();
		// nor is the menu entry shown to them
		assertThat(page(get("/"), company.employee())).doesNotContain("/admin/okr/cycles");
		assertThat(page(get("/"), company.hr())).contains("/admin/okr/cycles", "/okr/retrospective");
	}

	private String page(MockHttpServletRequestBuilder request, Fixtures.Person as) throws Exception {
		return mvc.perform(request.with(Fixtures.as(as)))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
	}

	private OkrCycle only(Fixtures.Company company) {
		var all = cycles.list(company.id());
		assertThat(all).hasSize(1);
		return all.get(0);
	}

	private long count(Fixtures.Company company) {
		return jdbc.sql("select count(*) from okr_cycle where tenant_id = :t").param("t", company.id())
			.query(Long.class).single();
	}

	private String phase(UUID cycle) {
		return jdbc.sql("select phase from okr_cycle where id = :id").param("id", cycle).query(String.class).single();
	}

	private String goalStatus(UUID goal) {
		return jdbc.sql("select status from goal where id = :id").param("id", goal).query(String.class).single();
	}

}
