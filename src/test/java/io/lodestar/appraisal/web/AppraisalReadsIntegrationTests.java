package io.lodestar.appraisal.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import io.lodestar.goals.PeriodCalendar;
import io.lodestar.kpi.KpiManagement;
import io.lodestar.kpi.Measurements;
import io.lodestar.test.Fixtures;
import io.lodestar.test.Fixtures.Person;
import io.lodestar.test.IntegrationTest;

/**
 * Reading another person's appraisal (its page, the team list, the HR cycle page, the API) is recorded as a read
 * of appraisal results, one entry per request naming everyone shown; reading one's own, or a colleague's name as
 * their peer, is not.
 */
@IntegrationTest
class AppraisalReadsIntegrationTests {

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
	void anotherPersonsAppraisalIsRecordedOncePerRequestButOnesOwnAndAPeersViewAreNot() throws Exception {
		String template = AppraisalApi.read(api.send(post("/api/v1/appraisal/templates"), api.hr,
				AppraisalApi.template("With peers", "{\"KPI\": 60, \"MANAGER\": 30, \"PEER\": 10}", ""))
			.andExpect(status().isCreated()), "$.id");
		String cycle = api.salesCycle(template, "null");
		api.advance(cycle, "SELF_REVIEW");
		String emma = api.appraisalOf(cycle, api.company.employee().employeeId());
		UUID emmaId = api.company.employee().employeeId();

		open("/appraisals/" + emma, api.company.employee());
		assertThat(reads(api.company.employee())).isEmpty();

		open("/appraisals/" + emma, api.company.manager());
		assertThat(reads(api.company.manager())).containsExactly("appraisal-results|" + emmaId);
		api.get("/api/v1/appraisals/" + emma, api.manager).andExpect(status().isOk());
		assertThat(reads(api.company.manager())).hasSize(2).allMatch(entry -> entry.endsWith("|" + emmaId));

		// the team list: one entry for everyone on it
		open("/appraisals/team", api.company.manager());
		assertThat(reads(api.company.manager())).hasSize(3);
		assertThat(lastReadDetails(api.company.manager())).contains(emmaId.toString(),
				api.company.colleague().employeeId().toString());

		// a colleague asked for peer feedback sees only Emma's name: not a read of her appraisal
		api.send(post("/api/v1/appraisals/" + emma + "/peers"), api.manager,
				"{\"peerIds\": [\"" + api.company.colleague().employeeId() + "\"]}").andExpect(status().is2xxSuccessful());
		open("/appraisals/" + emma, api.company.colleague());
		assertThat(reads(api.company.colleague())).isEmpty();
	}

	@Test
	void theHrCyclePageIsOneEntryNamingThePeopleListed() throws Exception {
		String cycle = api.salesCycle(api.standardTemplate(), "null");
		api.advance(cycle, "SELF_REVIEW");
		int before = reads(api.company.hr()).size();
		open("/admin/appraisal/cycles/" + cycle, api.company.hr());
		List<String> after = reads(api.company.hr());
		assertThat(after).hasSize(before + 1);
		assertThat(after.get(after.size() - 1)).startsWith("appraisal-results|");
		assertThat(lastReadDetails(api.company.hr())).contains(api.company.employee().employeeId().toString(),
				api.company.colleague().employeeId().toString(), api.company.manager().employeeId().toString());
	}

	private void open(String path, Person viewer) throws Exception {
		mvc.perform(get(path).with(Fixtures.as(viewer))).andExpect(status().isOk());
	}

	private List<String> reads(Person viewer) {
		return jdbc.sql("select entity_type, entity_id from platform_audit_event where tenant_id = :t "
				+ "and actor_user_id = :u and action = 'READ' order by occurred_at")
			.param("t", api.company.id())
			.param("u", viewer.userId())
			.query((row, n) -> row.getString(1) + "|" + (row.getString(2) == null ? "" : row.getString(2)))
			.list();
	}

	private String lastReadDetails(Person viewer) {
		return jdbc.sql("select after_state from platform_audit_event where tenant_id = :t and actor_user_id = :u "
				+ "and action = 'READ' order by occurred_at desc")
			.param("t", api.company.id())
			.param("u", viewer.userId())
			.query(String.class)
			.list()
			.get(0);
	}

}
