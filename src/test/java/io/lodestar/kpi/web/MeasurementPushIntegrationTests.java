package io.lodestar.kpi.web;

import static io.lodestar.kpi.web.KpiApi.batch;
import static io.lodestar.kpi.web.KpiApi.body;
import static io.lodestar.kpi.web.KpiApi.item;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import com.jayway.jsonpath.JsonPath;

import io.lodestar.platform.security.TokenScope;
import io.lodestar.test.Fixtures;
import io.lodestar.test.IntegrationTest;

/**
 * Pushing batches of actuals: idempotent by the sender's keys, all or nothing with every bad item named by
 * its index and field (or partial when asked), bounded in size, and only with a token that may write.
 */
@IntegrationTest
class MeasurementPushIntegrationTests {

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
	void sendingTheSameBatchAgainChangesNothing() throws Exception {
		var factory = api.factory(fixtures);
		String push = batch(false, item(factory.workerKpi(), "5", factory.day(1), "erp-1"),
				item(factory.workerKpi(), "4.5", factory.day(2), "erp-2"),
				item(factory.lossRate(), "4.8", factory.day(1), "erp-3"));
		String first = body(api.send(post(BATCH), factory.hr(), push)
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.recorded", hasSize(3)))
			.andExpect(jsonPath("$.duplicates").value(0))
			.andExpect(jsonPath("$.refused", hasSize(0))));
		String rows = rows(factory);
		api.send(post(BATCH), factory.hr(), push)
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.recorded", hasSize(0)))
			.andExpect(jsonPath("$.duplicates").value(3));
		assertThat(rows(factory)).isEqualTo(rows);
		assertThat(count(factory)).isEqualTo(3);
		assertThat(jdbc.sql("select count(*) from kpi_measurement where tenant_id = :t and source = 'API' and id in (:ids)")
			.param("t", factory.company().id())
			.param("ids", JsonPath.<List<String>>read(first, "$.recorded").stream().map(UUID::fromString).toList())
			.query(Long.class)
			.single()).isEqualTo(3);
		// (7 − 5) / 3 = 0.6667 and (7 − 4.5) / 3 = 0.8333; the year averages 4.75: (7 − 4.75) / 3 = 0.75
		api.get("/api/v1/kpis/" + factory.workerKpi(), factory.hr())
			.andExpect(jsonPath("$.byPeriod[0].completion").value(0.6667))
			.andExpect(jsonPath("$.byPeriod[1].completion").value(0.8333))
			.andExpect(jsonPath("$.overall.completion").value(0.75));

		// the same key with another value is a mistake, named by its index
		api.send(post(BATCH), factory.hr(), batch(false, item(factory.workerKpi(), "3", factory.day(3), "erp-4"),
				item(factory.workerKpi(), "4.4", factory.day(2), "erp-2")))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors", hasSize(1)))
			.andExpect(jsonPath("$.errors[0].index").value(1))
			.andExpect(jsonPath("$.errors[0].field").value("idempotencyKey"))
			.andExpect(jsonPath("$.errors[0].code").value("kpi.measurement.key.reused"));
		assertThat(rows(factory)).isEqualTo(rows);
	}

	@Test
	void oneBadItemRefusesTheWholeBatchNamingEachBadItemByIndexAndField() throws Exception {
		var factory = api.factory(fixtures);
		UUID february = factory.months().get(1);
		api.send(post("/api/v1/periods/" + february + "/lock"), factory.hr(), "{\"reason\": \"2月数据已审定\"}")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.locked").value(true));
		LocalDate tomorrow = LocalDate.now(ZoneId.of("Asia/Shanghai")).plusDays(2);
		LocalDate thisYear = factory.monthStarts().get(11).plusMonths(1);
		UUID worker = factory.workerKpi();
		String push = batch(false, item(worker, "5", factory.day(1), "ok-1"), item(UUID.randomUUID(), "5", factory.day(1), null),
				item(worker, "5", null, null), item(worker, "5", tomorrow, null), item(worker, "5", thisYear, null),
				item(worker, "5", factory.day(2), null), item(null, "5", factory.day(3), null),
				item(worker, "5.1234567", factory.day(3), null), item(worker, "4", factory.day(4), "ok-2"));
		String problem = body(mvc.perform(post(BATCH).contentType("application/json").content(push)
			.header("Accept-Language", "zh-CN")
			.with(io.lodestar.test.Api.bearer(factory.hr())))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.type").value("https://lodestar.dev/problems/items-rejected"))
			.andExpect(jsonPath("$.detail").value(containsString("7"))));
		List<String> refused = new ArrayList<>();
		List<Integer> indexes = JsonPath.read(problem, "$.errors[*].index");
		List<String> fields = JsonPath.read(problem, "$.errors[*].field");
		for (int i = 0; i < indexes.size(); i++) {
			refused.add(indexes.get(i) + ":" + fields.get(i));
		}
		assertThat(refused).containsExactlyInAnyOrder("1:kpiId", "2:measuredOn", "3:measuredOn", "4:measuredOn",
				"5:measuredOn", "6:kpiId", "7:value");
		assertThat(JsonPath.<List<String>>read(problem, "$.errors[*].code")).contains("kpi.measurement.kpi.unknown",
				"kpi.measurement.date.required", "kpi.measurement.date.future", "kpi.measurement.date.outside-period",
				"kpi.measurement.period-locked", "kpi.measurement.kpi.required", "kpi.measurement.value.range");
		// localized, with the KPI period filled in
		assertThat(JsonPath.<List<String>>read(problem, "$.errors[?(@.index == 4)].message").get(0))
			.contains(factory.monthStarts().get(0).toString())
			.contains("KPI");
		assertThat(JsonPath.<List<String>>read(problem, "$.errors[?(@.index == 5)].message").get(0)).contains("锁定");
		assertThat(count(factory)).isZero();
		assertThat(jdbc.sql("select count(*) from kpi_result where tenant_id = :t").param("t", factory.company().id())
			.query(Long.class).single()).isZero();
		api.get("/api/v1/kpis/" + worker, factory.hr()).andExpect(jsonPath("$.overall.actual").doesNotExist());
	}

	@Test
	void aValueThatIsNotANumberIsMalformedAndStoresNothing() throws Exception {
		var factory = api.factory(fixtures);
		api.send(post(BATCH), factory.hr(), batch(false, item(factory.workerKpi(), "5", factory.day(1), null),
				item(factory.workerKpi(), "\"abc\"", factory.day(2), null)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.type").value("https://lodestar.dev/problems/malformed-request"))
			.andExpect(jsonPath("$.errors[0].field").value("items[1].value"))
			.andExpect(jsonPath("$.errors[0].code").value("wrong-type"));
		api.send(post(BATCH), factory.hr(), batch(false, item(factory.workerKpi(), "5", factory.day(1), null))
			.replace("\"partial\"", "\"unknown\": 1, \"partial\""))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("unknown"));
		assertThat(count(factory)).isZero();
	}

	@Test
	void partialAcceptanceStoresTheGoodItemsAndListsTheOthers() throws Exception {
		var factory = api.factory(fixtures);
		LocalDate future = LocalDate.now(ZoneId.of("Asia/Shanghai")).plusDays(2);
		String result = body(api.send(post(BATCH), factory.hr(), batch(true,
				item(factory.workerKpi(), "5", factory.day(1), "p-1"), item(factory.workerKpi(), "5", future, "p-2"),
				item(factory.lossRate(), "4.5", factory.day(1), "p-3")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.recorded", hasSize(2)))
			.andExpect(jsonPath("$.refused", hasSize(1)))
			.andExpect(jsonPath("$.refused[0].index").value(1))
			.andExpect(jsonPath("$.refused[0].field").value("measuredOn"))
			.andExpect(jsonPath("$.refused[0].code").value("kpi.measurement.date.future"))
			.andExpect(jsonPath("$.refused[0].message").value("The date cannot be in the future.")));
		assertThat(count(factory)).isEqualTo(2);
		// the refused item can be sent again once fixed; the stored ones count as duplicates
		api.send(post(BATCH), factory.hr(), batch(true, item(factory.workerKpi(), "5", factory.day(1), "p-1"),
				item(factory.workerKpi(), "4", factory.day(2), "p-2"), item(factory.lossRate(), "4.5", factory.day(1), "p-3")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.recorded", hasSize(1)))
			.andExpect(jsonPath("$.duplicates").value(2));
		assertThat(count(factory)).isEqualTo(3);
		assertThat(JsonPath.<List<String>>read(result, "$.recorded")).hasSize(2);
		// 4.5 / 5 at most: 5 / 4.5 = 1.1111
		api.get("/api/v1/kpis/" + factory.lossRate(), factory.hr()).andExpect(jsonPath("$.overall.completion").value(1.1111));
	}

	@Test
	void aBatchOfMoreThan5000ItemsIsRefusedWhole() throws Exception {
		var factory = api.factory(fixtures);
		List<String> items = new ArrayList<>();
		for (int i = 0; i < 5001; i++) {
			items.add(item(factory.workerKpi(), "5", factory.day(1 + i % 12), "big-" + i));
		}
		api.send(post(BATCH), factory.hr(), batch(false, items.toArray(String[]::new)))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("items"))
			.andExpect(jsonPath("$.detail").value(containsString("5,000")))
			.andExpect(jsonPath("$.detail").value(containsString("5,001")));
		api.send(post(BATCH), factory.hr(), "{\"items\": []}")
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("items"));
		assertThat(count(factory)).isZero();
	}

	@Test
	void readOnlyTokensCannotWrite() throws Exception {
		var factory = api.factory(fixtures);
		String readOnly = fixtures.token(factory.company().hr(), TokenScope.READ);
		String push = batch(false, item(factory.workerKpi(), "5", factory.day(1), null));
		api.send(post(BATCH), readOnly, push)
			.andExpect(status().isForbidden())
			.andExpect(jsonPath("$.type").value("https://lodestar.dev/problems/insufficient-scope"));
		api.send(post("/api/v1/kpis/" + factory.workerKpi() + "/measurements"), readOnly,
				"{\"value\": 5, \"measuredOn\": \"" + factory.day(1) + "\"}").andExpect(status().isForbidden());
		api.send(put("/api/v1/company/settings"), readOnly, "{\"fiscalYearStartMonth\": 1, \"kpiActualsPublic\": true, \"version\": 0}")
			.andExpect(status().isForbidden());
		api.send(post("/api/v1/periods/" + factory.months().get(0) + "/lock"), readOnly, "{\"reason\": \"x\"}")
			.andExpect(status().isForbidden());
		api.get("/api/v1/kpis/" + factory.workerKpi(), readOnly).andExpect(status().isOk());
		assertThat(count(factory)).isZero();
		// the same person with a writing token may
		api.send(post(BATCH), factory.hr(), push).andExpect(status().isOk());
	}

	@Test
	void aLockedPeriodTakesActualsOnlyWithAnHrOverrideAndAReason() throws Exception {
		var factory = api.factory(fixtures);
		UUID march = factory.months().get(2);
		api.send(post("/api/v1/periods/" + march + "/lock"), factory.hr(), "{\"reason\": \"3月数据已确认\"}")
			.andExpect(status().isOk());
		String override = "{\"items\": [{\"kpiId\": \"" + factory.workerKpi() + "\", \"value\": 4, \"measuredOn\": \""
				+ factory.day(3) + "\", \"lockOverride\": true, \"reason\": %s}]}";
		api.send(post(BATCH), fixtures.token(factory.company().manager(), TokenScope.WRITE), override.formatted("\"late\""))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("lockOverride"));
		api.send(post(BATCH), factory.hr(), override.formatted("null"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("reason"));
		api.send(post(BATCH), factory.hr(), override.formatted("\"迟报的报废单\""))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.recorded", hasSize(1)));
		assertThat(jdbc.sql("select count(*) from platform_audit_event where tenant_id = :t and action = 'LOCK_OVERRIDE'")
			.param("t", factory.company().id())
			.query(Long.class)
			.single()).isEqualTo(1);
		api.send(post("/api/v1/periods/" + march + "/unlock"), factory.hr(), null)
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.locked").value(false));
		api.send(post(BATCH), fixtures.token(factory.company().manager(), TokenScope.WRITE),
				batch(false, item(factory.workerKpi(), "4.2", factory.day(3), null))).andExpect(status().isOk());
		assertThat(count(factory)).isEqualTo(2);
	}

	private long count(KpiApi.Factory factory) {
		return jdbc.sql("select count(*) from kpi_measurement where tenant_id = :t")
			.param("t", factory.company().id())
			.query(Long.class)
			.single();
	}

	/** Every stored measurement and result, to prove a request changed nothing. */
	private String rows(KpiApi.Factory factory) {
		StringBuilder all = new StringBuilder();
		for (String table : List.of("kpi_measurement", "kpi_result")) {
			jdbc.sql("select * from " + table + " where tenant_id = :t order by 1, 2, 3").param("t", factory.company().id())
				.query(rs -> {
					for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
						all.append(rs.getString(i)).append(';');
					}
					all.append('\n');
				});
		}
		return all.toString();
	}

}
