package io.lodestar.kpi.web;

import static io.lodestar.kpi.web.KpiApi.body;
import static io.lodestar.kpi.web.KpiApi.config;
import static io.lodestar.kpi.web.KpiApi.id;
import static io.lodestar.kpi.web.KpiApi.kpi;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

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
 * KPIs over the API with real tokens: the factory decomposition of the product brief built and scored
 * entirely through it, explanations, scoring changes, single actuals and corrections, and who may read and
 * record whose KPIs.
 */
@IntegrationTest
class KpiApiIntegrationTests {

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

	private String token(Fixtures.Person person) {
		return fixtures.token(person, TokenScope.READ, TokenScope.WRITE);
	}

	private String actual(String value, java.time.LocalDate day, String key) {
		return "{\"value\": " + value + ", \"measuredOn\": \"" + day + "\", \"sourceRef\": \"MES-7\", \"idempotencyKey\": "
				+ KpiApi.quoted(key) + "}";
	}

	@Test
	void theFactoryDecompositionBuiltThroughTheApiScoresTheWorkersMonthAt1_1667() throws Exception {
		var factory = api.factory(fixtures);
		String manager = token(factory.company().manager());
		api.send(post("/api/v1/kpis/" + factory.workerKpi() + "/measurements"), manager, actual("3.5", factory.day(3), null))
			.andExpect(status().isCreated())
			.andExpect(header().string("Location", containsString("/api/v1/measurements/")))
			.andExpect(jsonPath("$.value").value(3.5))
			.andExpect(jsonPath("$.source").value("API"))
			.andExpect(jsonPath("$.sourceRef").value("MES-7"))
			.andExpect(jsonPath("$.periodId").value(factory.months().get(2).toString()));
		// (7 − 3.5) / (7 − 4) = 1.1667: "你的操作损耗率是3.5%，完成了KPI的117%"
		api.get("/api/v1/kpis/" + factory.workerKpi(), manager)
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.title").value("个人操作损耗率≤4%"))
			.andExpect(jsonPath("$.ownerId").value(factory.company().employee().employeeId().toString()))
			.andExpect(jsonPath("$.parentId").value(factory.headKpi().toString()))
			.andExpect(jsonPath("$.config.direction").value("DECREASE"))
			.andExpect(jsonPath("$.config.baseline").value(7))
			.andExpect(jsonPath("$.byPeriod", hasSize(12)))
			.andExpect(jsonPath("$.byPeriod[2].period.id").value(factory.months().get(2).toString()))
			.andExpect(jsonPath("$.byPeriod[2].actual").value(3.5))
			.andExpect(jsonPath("$.byPeriod[2].completion").value(1.1667))
			.andExpect(jsonPath("$.byPeriod[1].completion").doesNotExist())
			.andExpect(jsonPath("$.overall.completion").value(1.1667))
			.andExpect(jsonPath("$.progress").value(1.1667))
			.andExpect(jsonPath("$.recordable").value(true));
		String ancestry = body(api.get("/api/v1/goals/" + factory.workerKpi() + "/ancestry", factory.hr())
			.andExpect(status().isOk()));
		assertThat(JsonPath.<List<String>>read(ancestry, "$[*].title")).containsExactly("车间损耗率≤4.5%", "生产损耗率≤5%",
				"降低生产成本10%");
		String children = body(api.get("/api/v1/goals/" + factory.strategy() + "/children", factory.hr()));
		assertThat(JsonPath.<List<String>>read(children, "$[*].title")).containsExactlyInAnyOrder("生产损耗率≤5%",
				"产能利用率≥90%");
		assertThat(jdbc.sql("select source from kpi_measurement where tenant_id = :t")
			.param("t", factory.company().id())
			.query(String.class)
			.list()).containsExactly("API");
	}

	@Test
	void explainGivesTheFormulaInTheCallersLanguageTheExpressionAndTheSources() throws Exception {
		var factory = api.factory(fixtures);
		api.send(post("/api/v1/kpis/" + factory.workerKpi() + "/measurements"), factory.hr(),
				actual("3.5", factory.day(3), "mes-3")).andExpect(status().isCreated());
		String march = factory.months().get(2).toString();
		api.get("/api/v1/kpis/" + factory.workerKpi() + "/explain?periodId=" + march, factory.hr())
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.result.completion").value(1.1667))
			.andExpect(jsonPath("$.formulaKey").value("scoring.formula.progress-decrease"))
			.andExpect(jsonPath("$.formula").value(containsString("baseline − actual")))
			.andExpect(jsonPath("$.expression").value(containsString("7 − 3.5")))
			.andExpect(jsonPath("$.expression").value(containsString("7 − 4")))
			.andExpect(jsonPath("$.expression").value(containsString("1.1667")))
			.andExpect(jsonPath("$.inputs[?(@.name == 'baseline')].value").value(7))
			.andExpect(jsonPath("$.inputs[?(@.name == 'baseline')].label").value("Baseline"))
			.andExpect(jsonPath("$.rule.target").value(4))
			.andExpect(jsonPath("$.measurements", hasSize(1)))
			.andExpect(jsonPath("$.measurements[0].source").value("API"))
			.andExpect(jsonPath("$.measurements[0].sourceRef").value("MES-7"));
		mvc.perform(get("/api/v1/kpis/" + factory.workerKpi() + "/explain").header("Accept-Language", "zh-CN")
			.with(io.lodestar.test.Api.bearer(factory.hr())))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.formula").value(containsString("基线 − 实际值")))
			.andExpect(jsonPath("$.inputs[?(@.name == 'baseline')].label").value("基线"))
			.andExpect(jsonPath("$.result.period.label").value(containsString("年")))
			.andExpect(jsonPath("$.result.completion").value(1.1667));
		// a period outside the KPI's is not one of its periods
		api.get("/api/v1/kpis/" + factory.workerKpi() + "/explain?periodId=" + UUID.randomUUID(), factory.hr())
			.andExpect(status().isNotFound());
	}

	@Test
	void personalActualsAreHiddenFromColleaguesUnlessTheCompanyMakesThemPublic() throws Exception {
		var factory = api.factory(fixtures);
		UUID measurement = id(api.send(post("/api/v1/kpis/" + factory.workerKpi() + "/measurements"), factory.hr(),
				actual("5", factory.day(1), null)).andExpect(status().isCreated()));
		String colleague = token(factory.company().colleague());
		String worker = factory.workerKpi().toString();
		api.get("/api/v1/kpis/" + worker, colleague).andExpect(status().isNotFound());
		api.get("/api/v1/kpis/" + worker + "/measurements", colleague).andExpect(status().isNotFound());
		api.get("/api/v1/kpis/" + worker + "/explain", colleague).andExpect(status().isNotFound());
		api.get("/api/v1/measurements/" + measurement, colleague).andExpect(status().isNotFound());
		api.get("/api/v1/goals/" + worker, colleague).andExpect(status().isNotFound());
		assertThat(JsonPath.<List<String>>read(body(api.get("/api/v1/kpis", colleague)), "$[*].id")).doesNotContain(worker)
			.contains(factory.lossRate().toString());
		// the person themselves sees it
		api.get("/api/v1/kpis/" + worker + "/measurements", token(factory.company().employee()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$", hasSize(1)));

		long version = JsonPath.<Number>read(body(api.get("/api/v1/company/settings", factory.hr())), "$.version")
			.longValue();
		api.send(put("/api/v1/company/settings"), factory.hr(),
				"{\"fiscalYearStartMonth\": 1, \"kpiActualsPublic\": true, \"version\": " + version + "}")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.kpiActualsPublic").value(true));
		api.get("/api/v1/kpis/" + worker, colleague)
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.overall.actual").value(5))
			.andExpect(jsonPath("$.recordable").value(false))
			.andExpect(jsonPath("$.manageable").value(false));
		api.get("/api/v1/kpis/" + worker + "/measurements", colleague)
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[0].id").value(measurement.toString()));
		api.get("/api/v1/measurements/" + measurement, colleague).andExpect(status().isOk());
		// seeing is not recording
		api.send(post("/api/v1/kpis/" + worker + "/measurements"), colleague, actual("4", factory.day(2), null))
			.andExpect(status().isForbidden());
		assertThat(count(factory)).isEqualTo(1);
	}

	@Test
	void aManagerReadsAndRecordsForTheirSubtreeOnly() throws Exception {
		var factory = api.factory(fixtures);
		var company = factory.company();
		UUID executiveKpi = id(api.send(post("/api/v1/kpis"), factory.hr(), kpi("利润率", "EMPLOYEE",
				company.executive().employeeId(), factory.year(), null,
				config("AT_LEAST", "RATIO", "null", "20", "1.2", "AVERAGE"))).andExpect(status().isCreated()));
		String manager = token(company.manager());
		api.get("/api/v1/kpis/" + factory.workerKpi(), manager).andExpect(status().isOk());
		api.get("/api/v1/kpis/" + factory.headKpi(), manager).andExpect(status().isOk());
		api.send(post("/api/v1/kpis/" + factory.workerKpi() + "/measurements"), manager, actual("4", factory.day(1), null))
			.andExpect(status().isCreated());
		// above the manager: invisible
		api.get("/api/v1/kpis/" + executiveKpi, manager).andExpect(status().isNotFound());
		api.send(post("/api/v1/kpis/" + executiveKpi + "/measurements"), manager, actual("25", factory.day(1), null))
			.andExpect(status().isNotFound());
		api.send(post("/api/v1/measurements/batch"), manager,
				KpiApi.batch(false, KpiApi.item(executiveKpi, "25", factory.day(1), null)))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].index").value(0))
			.andExpect(jsonPath("$.errors[0].field").value("kpiId"))
			.andExpect(jsonPath("$.errors[0].code").value("kpi.measurement.kpi.unknown"));
		// the department's KPI is visible to all but recorded by those who set it
		api.send(post("/api/v1/kpis/" + factory.lossRate() + "/measurements"), manager, actual("5", factory.day(1), null))
			.andExpect(status().isForbidden());
		List<String> listed = JsonPath.read(body(api.get("/api/v1/kpis?ownerType=EMPLOYEE", manager)), "$[*].id");
		assertThat(listed).contains(factory.workerKpi().toString(), factory.headKpi().toString())
			.doesNotContain(executiveKpi.toString());
		// a worker reads their KPI but does not record it: it is not self-reported
		String employee = token(company.employee());
		api.get("/api/v1/kpis/" + factory.workerKpi(), employee)
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.recordable").value(false));
		api.send(post("/api/v1/kpis/" + factory.workerKpi() + "/measurements"), employee, actual("3", factory.day(2), null))
			.andExpect(status().isForbidden());
		assertThat(count(factory)).isEqualTo(1);
	}

	@Test
	void changingTheScoringNeedsTheVersionReadAndRecomputesTheResults() throws Exception {
		var factory = api.factory(fixtures);
		String path = "/api/v1/kpis/" + factory.workerKpi();
		api.send(post(path + "/measurements"), factory.hr(), actual("3.5", factory.day(3), null))
			.andExpect(status().isCreated());
		int version = JsonPath.read(body(api.get(path, factory.hr())), "$.configVersion");
		String newTarget = config("DECREASE", "PROGRESS", "7", "5", "1.2", "AVERAGE");
		api.send(put(path + "/config"), token(factory.company().employee()),
				"{\"config\": " + newTarget + ", \"version\": " + version + "}")
			.andExpect(status().isForbidden());
		// (7 − 3.5) / (7 − 5) = 1.75, capped at 1.2
		api.send(put(path + "/config"), factory.hr(), "{\"config\": " + newTarget + ", \"version\": " + version + "}")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.config.target").value(5))
			.andExpect(jsonPath("$.configVersion").value(version + 1))
			.andExpect(jsonPath("$.overall.completion").value(1.2))
			.andExpect(jsonPath("$.overall.rawCompletion").value(1.75))
			.andExpect(jsonPath("$.progress").value(1.2));
		api.send(put(path + "/config"), factory.hr(), "{\"config\": " + newTarget + ", \"version\": " + version + "}")
			.andExpect(status().isConflict());
		api.send(put(path + "/config"), factory.hr(), "{\"config\": "
				+ config("DECREASE", "PROGRESS", "7", "7", "1.2", "AVERAGE") + ", \"version\": " + (version + 1) + "}")
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("config.target"));
		api.send(put(path + "/config"), factory.hr(), "{\"version\": " + (version + 1) + "}")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("config"));
		assertThat(jdbc.sql("select target from kpi where tenant_id = :t and goal_id = :id")
			.param("t", factory.company().id())
			.param("id", factory.workerKpi())
			.query(java.math.BigDecimal.class)
			.single()).isEqualByComparingTo("5");
	}

	@Test
	void aSingleActualIsIdempotentByKeyAndACorrectionSupersedesIt() throws Exception {
		var factory = api.factory(fixtures);
		String path = "/api/v1/kpis/" + factory.workerKpi() + "/measurements";
		UUID first = id(api.send(post(path), factory.hr(), actual("6", factory.day(1), "mes-1"))
			.andExpect(status().isCreated()));
		api.send(post(path), factory.hr(), actual("6", factory.day(1), "mes-1"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.id").value(first.toString()));
		api.send(post(path), factory.hr(), actual("6.5", factory.day(1), "mes-1"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.type").value("https://lodestar.dev/problems/items-rejected"))
			.andExpect(jsonPath("$.errors[0].index").value(0))
			.andExpect(jsonPath("$.errors[0].field").value("idempotencyKey"))
			.andExpect(jsonPath("$.errors[0].message").value(containsString("mes-1")));
		assertThat(count(factory)).isEqualTo(1);

		api.send(post("/api/v1/measurements/" + first + "/correction"), factory.hr(), "{\"value\": 5.5}")
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("reason"));
		api.send(post("/api/v1/measurements/" + first + "/correction"), token(factory.company().colleague()),
				"{\"value\": 5.5, \"reason\": \"typo\"}")
			.andExpect(status().isNotFound());
		UUID correction = id(api.send(post("/api/v1/measurements/" + first + "/correction"), factory.hr(),
				"{\"value\": 5.5, \"reason\": \"录入错误\"}")
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.correctsId").value(first.toString()))
			.andExpect(jsonPath("$.reason").value("录入错误")));
		api.get(path, factory.hr())
			.andExpect(jsonPath("$", hasSize(2)))
			.andExpect(jsonPath("$[?(@.id == '" + first + "')].superseded").value(true))
			.andExpect(jsonPath("$[?(@.id == '" + correction + "')].superseded").value(false));
		// (7 − 5.5) / 3 = 0.5
		api.get("/api/v1/kpis/" + factory.workerKpi(), factory.hr()).andExpect(jsonPath("$.overall.completion").value(0.5));
		api.send(post("/api/v1/measurements/" + first + "/correction"), factory.hr(), "{\"value\": 1, \"reason\": \"again\"}")
			.andExpect(status().isConflict());
		assertThat(count(factory)).isEqualTo(2);
	}

	@Test
	void creatingAKpiChecksTheOwnerTheSetterAndTheConfiguration() throws Exception {
		var factory = api.factory(fixtures);
		var company = factory.company();
		String good = config("AT_MOST", "RATIO", "null", "5", "1.2", "AVERAGE");
		api.send(post("/api/v1/kpis"), token(company.employee()), kpi("x", "EMPLOYEE", company.colleague().employeeId(),
				factory.year(), null, good)).andExpect(status().isForbidden());
		api.send(post("/api/v1/kpis"), token(company.manager()), kpi("出勤率", "EMPLOYEE", company.colleague().employeeId(),
				factory.year(), factory.headKpi(), good))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.ownerName").value(company.colleague().name()))
			.andExpect(jsonPath("$.configVersion").value(0));
		api.send(post("/api/v1/kpis"), factory.hr(), kpi("x", "EMPLOYEE", UUID.randomUUID(), factory.year(), null, good))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("ownerId"));
		api.send(post("/api/v1/kpis"), factory.hr(), kpi("x", "COMPANY", null, factory.year(), null,
				config("DECREASE", "PROGRESS", "4", "7", "null", "LAST")))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("config.baseline"));
		api.send(post("/api/v1/kpis"), factory.hr(), kpi("x", "COMPANY", null, factory.year(), null,
				good.replace("\"weight\": 50", "\"weight\": 150")))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("config.weight"));
		// a KPI of one month contributes to the strategic goal of its year
		api.send(post("/api/v1/kpis"), factory.hr(), kpi("x", "COMPANY", null, api.lastYear(factory.hr()).months().get(0),
				factory.strategy(), good)).andExpect(status().isCreated());
		assertThat(jdbc.sql("select count(*) from kpi where tenant_id = :t").param("t", company.id()).query(Long.class)
			.single()).isEqualTo(6);
	}

	private long count(KpiApi.Factory factory) {
		return jdbc.sql("select count(*) from kpi_measurement where tenant_id = :t")
			.param("t", factory.company().id())
			.query(Long.class)
			.single();
	}

}
