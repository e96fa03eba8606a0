package io.lodestar.kpi.web;

import static io.lodestar.kpi.web.KpiApi.batch;
import static io.lodestar.kpi.web.KpiApi.item;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import io.lodestar.test.Fixtures;
import io.lodestar.test.IntegrationTest;

/**
 * A batch larger than {@code lodestar.kpi.results.inline-limit} (200) is stored at once and its results,
 * rollup and scores follow from the background queue; a small one is current when it returns. A queued KPI
 * whose claim was left behind by a dead node is computed once the claim times out.
 */
@IntegrationTest
class LargeBatchResultsIntegrationTests {

	static final String BATCH = "/api/v1/measurements/batch";

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	JdbcClient jdbc;

	KpiApi api;

	@BeforeEach
	void api() {
		api = new KpiApi(mvc);
	}

	@Test
	void aLargeBatchIsStoredAtOnceAndItsResultsFollowFromTheQueue() throws Exception {
		var factory = api.factory(fixtures);
		// 24 actuals in each month, alternating 5 and 4.5: every month and the year average 4.75, (7 − 4.75) / 3
		List<String> items = new ArrayList<>();
		for (int month = 0; month < 12; month++) {
			for (int day = 0; day < 24; day++) {
				items.add(item(factory.workerKpi(), day % 2 == 0 ? "5" : "4.5",
						factory.monthStarts().get(month).plusDays(day), "bulk-" + month + "-" + day));
			}
		}
		api.send(post(BATCH), factory.hr(), batch(false, items.toArray(String[]::new)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.recorded.length()").value(288))
			.andExpect(jsonPath("$.resultsPending").value(true));

		awaitEmptyQueue(factory.company().id());
		api.get("/api/v1/kpis/" + factory.workerKpi(), factory.hr())
			.andExpect(jsonPath("$.byPeriod.length()").value(12))
			.andExpect(jsonPath("$.byPeriod[0].completion").value(0.75))
			.andExpect(jsonPath("$.byPeriod[11].completion").value(0.75))
			.andExpect(jsonPath("$.overall.completion").value(0.75));
		// the goal graph has it too: the KPI goal's progress, which rolls up to the goals it contributes to
		assertThat(progressOf(factory.company().id(), factory.workerKpi())).isEqualByComparingTo("0.75");

		// a small batch computes before it answers
		api.send(post(BATCH), factory.hr(), batch(false, item(factory.lossRate(), "4.8", factory.day(1), "small-1")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.resultsPending").value(false));
	}

	@Test
	void aKpiClaimedByANodeThatDiedIsComputedWhenTheClaimTimesOut() throws Exception {
		var factory = api.factory(fixtures);
		UUID tenant = factory.company().id();
		api.send(post(BATCH), factory.hr(), batch(false, item(factory.workerKpi(), "5", factory.day(1), "one")))
			.andExpect(status().isOk());
		// wipe the result as if the batch had been large and its claimer had died ten minutes ago
		jdbc.sql("delete from kpi_result where tenant_id = :t and kpi_id = :k")
			.param("t", tenant)
			.param("k", factory.workerKpi())
			.update();
		Instant tenMinutesAgo = Instant.now().minus(Duration.ofMinutes(10));
		jdbc.sql("insert into kpi_result_pending (id, tenant_id, kpi_id, first_on, last_on, queued_at, claim_id, "
				+ "claimed_at) values (:id, :t, :k, :first, :last, :at, :claim, :at)")
			.param("id", UUID.randomUUID())
			.param("t", tenant)
			.param("k", factory.workerKpi())
			.param("first", Date.valueOf(factory.day(1)))
			.param("last", Date.valueOf(factory.day(1)))
			.param("at", Timestamp.from(tenMinutesAgo))
			.param("claim", UUID.randomUUID())
			.update();

		awaitEmptyQueue(tenant);
		api.get("/api/v1/kpis/" + factory.workerKpi(), factory.hr())
			.andExpect(jsonPath("$.byPeriod[0].completion").value(0.6667))
			.andExpect(jsonPath("$.overall.completion").value(0.6667));
	}

	/** The worker is woken after commit and every few seconds; 30 s is far beyond what either needs. */
	private void awaitEmptyQueue(UUID tenant) throws InterruptedException {
		long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
		while (waiting(tenant) > 0 && System.nanoTime() < deadline) {
			Thread.sleep(50);
		}
		assertThat(waiting(tenant)).as("KPIs still waiting for results").isZero();
	}

	private long waiting(UUID tenant) {
		return jdbc.sql("select count(*) from kpi_result_pending where tenant_id = :t")
			.param("t", tenant)
			.query(Long.class)
			.single();
	}

	private java.math.BigDecimal progressOf(UUID tenant, UUID goal) {
		return jdbc.sql("select progress from goal where tenant_id = :t and id = :id")
			.param("t", tenant)
			.param("id", goal)
			.query(java.math.BigDecimal.class)
			.single();
	}

}
