package io.lodestar.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import io.lodestar.test.Fixtures;
import io.lodestar.test.Fixtures.Person;
import io.lodestar.test.IntegrationTest;

/**
 * Reading another person's performance scores on the dashboards is recorded (PIPL Art. 51), one audit entry per
 * request naming everyone shown; reading one's own is not.
 */
@IntegrationTest
class PerformanceScoreReadsIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aPersonsDashboardAndTrendAreRecordedForOthersButNotForThemselves() throws Exception {
		var company = fixtures.company();
		Person emma = company.employee();
		open("/dashboard/people/" + emma.employeeId(), emma);
		open("/reporting/charts/people/" + emma.employeeId() + "/trend", emma);
		assertThat(reads(company.id(), emma)).isEmpty();

		Person manager = company.manager();
		open("/dashboard/people/" + emma.employeeId(), manager);
		assertThat(reads(company.id(), manager)).containsExactly("performance-scores|" + emma.employeeId());
		open("/reporting/charts/people/" + emma.employeeId() + "/trend", manager);
		assertThat(reads(company.id(), manager)).hasSize(2).allMatch(entry -> entry.endsWith("|" + emma.employeeId()));
	}

	@Test
	void aUnitDashboardListingPeopleIsOneEntryNamingEveryoneShown() throws Exception {
		var company = fixtures.company();
		Person manager = company.manager();
		open("/dashboard/units/" + company.teamUnit() + "?people=all", manager);

		List<String> entries = reads(company.id(), manager);
		assertThat(entries).hasSize(1);
		assertThat(entries.get(0)).startsWith("performance-scores|");
		String after = jdbc.sql("select after_state from platform_audit_event where tenant_id = :t and actor_user_id = :u "
				+ "and action = 'READ'")
			.param("t", company.id()).param("u", manager.userId()).query(String.class).single();
		assertThat(after).contains(company.employee().employeeId().toString(), company.colleague().employeeId().toString())
			.doesNotContain(manager.employeeId().toString());

		// an employee sees no one else's scores on the unit page: nothing to record
		open("/dashboard/units/" + company.teamUnit(), company.employee());
		assertThat(reads(company.id(), company.employee())).isEmpty();
		// the company dashboard shows units and an anonymous distribution, no one's own scores
		open("/dashboard", company.hr());
		assertThat(reads(company.id(), company.hr())).isEmpty();
	}

	private void open(String path, Person viewer) throws Exception {
		mvc.perform(get(path).with(Fixtures.as(viewer))).andExpect(status().isOk());
	}

	/** The viewer's read entries as "kind|subject" (subject empty when several people were read). */
	private List<String> reads(UUID tenant, Person viewer) {
		return jdbc.sql("select entity_type, entity_id from platform_audit_event where tenant_id = :t "
				+ "and actor_user_id = :u and action = 'READ' order by occurred_at")
			.param("t", tenant)
			.param("u", viewer.userId())
			.query((row, n) -> row.getString(1) + "|" + (row.getString(2) == null ? "" : row.getString(2)))
			.list();
	}

}
