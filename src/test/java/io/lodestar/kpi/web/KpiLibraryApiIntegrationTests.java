package io.lodestar.kpi.web;

import static io.lodestar.kpi.web.KpiApi.body;
import static io.lodestar.kpi.web.KpiApi.config;
import static io.lodestar.kpi.web.KpiApi.id;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

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
 * The KPI library over the API: maintained by HR and executives, read by everyone, and assigned to many
 * employees at once with per-person targets, all or nothing with every bad row named.
 */
@IntegrationTest
class KpiLibraryApiIntegrationTests {

	static final String LIBRARY = "/api/v1/kpi-definitions";

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

	static String definition(String code, String name, String config) {
		return """
				{"code": "%s", "name": "%s", "description": "每月平均操作损耗率", "config": %s}
				""".formatted(code, name, config);
	}

	private UUID lossRate(String token) throws Exception {
		return id(api.send(post(LIBRARY), token, definition("LOSS-RATE", "个人操作损耗率",
				config("DECREASE", "PROGRESS", "7", "4", "1.2", "AVERAGE").replace("\"weight\": 50", "\"weight\": 30")))
			.andExpect(status().isCreated()));
	}

	@Test
	void hrAndExecutivesMaintainTheLibraryAndEveryoneReadsIt() throws Exception {
		var company = fixtures.company();
		String hr = token(company.hr());
		String good = definition("LOSS-RATE", "个人操作损耗率", config("DECREASE", "PROGRESS", "7", "4", "1.2", "AVERAGE"));
		api.send(post(LIBRARY), token(company.manager()), good).andExpect(status().isForbidden());
		api.send(post(LIBRARY), token(company.employee()), good).andExpect(status().isForbidden());
		String created = body(api.send(post(LIBRARY), hr, good)
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.code").value("LOSS-RATE"))
			.andExpect(jsonPath("$.config.baseline").value(7))
			.andExpect(jsonPath("$.config.target").value(4))
			.andExpect(jsonPath("$.archived").value(false)));
		UUID id = UUID.fromString(JsonPath.read(created, "$.id"));
		api.send(post(LIBRARY), token(company.executive()), good)
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.errors[0].field").value("code"));
		api.send(post(LIBRARY), hr, definition("BAD", "x", config("DECREASE", "PROGRESS", "4", "4", "null", "LAST")))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("config.target"))
			.andExpect(jsonPath("$.errors[0].message").value(containsString("4")));
		api.send(post(LIBRARY), hr, definition("bad code", "x", config("AT_MOST", "RATIO", "null", "4", "null", "LAST")))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("code"));
		api.get(LIBRARY, token(company.employee()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[*].code").value("LOSS-RATE"));
		api.get(LIBRARY + "/" + id, token(company.employee())).andExpect(jsonPath("$.name").value("个人操作损耗率"));

		int version = JsonPath.read(created, "$.version");
		String change = """
				{"code": "LOSS-RATE", "name": "操作损耗率", "config": %s, "version": %d}
				""".formatted(config("DECREASE", "PROGRESS", "7", "3.8", "1.2", "AVERAGE"), version);
		api.send(put(LIBRARY + "/" + id), token(company.employee()), change).andExpect(status().isForbidden());
		api.send(put(LIBRARY + "/" + id), token(company.executive()), change)
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.name").value("操作损耗率"))
			.andExpect(jsonPath("$.config.target").value(3.8));
		api.send(put(LIBRARY + "/" + id), hr, change).andExpect(status().isConflict());

		api.send(post(LIBRARY + "/" + id + "/archive"), hr, null).andExpect(jsonPath("$.archived").value(true));
		api.get(LIBRARY, hr).andExpect(jsonPath("$", hasSize(0)));
		api.get(LIBRARY + "?includeArchived=true", hr).andExpect(jsonPath("$", hasSize(1)));
		api.send(post(LIBRARY + "/" + id + "/restore"), hr, null).andExpect(jsonPath("$.archived").value(false));
		api.get(LIBRARY + "/" + UUID.randomUUID(), hr).andExpect(status().isNotFound());
		assertThat(jdbc.sql("select target from kpi_definition where tenant_id = :t and id = :id")
			.param("t", company.id())
			.param("id", id)
			.query(java.math.BigDecimal.class)
			.single()).isEqualByComparingTo("3.8");
	}

	@Test
	void theDraftGridListsTheEmployeesTheCallerSetsGoalsFor() throws Exception {
		var company = fixtures.company();
		String hr = token(company.hr());
		UUID definition = lossRate(hr);
		String grid = body(api.get(LIBRARY + "/" + definition + "/draft?unitId=" + company.teamUnit(), hr)
			.andExpect(status().isOk())
			.andExpect(jsonPath("$", hasSize(2))));
		assertThat(JsonPath.<List<String>>read(grid, "$[*].name")).containsExactlyInAnyOrder("Emma Employee",
				"Carl Colleague");
		assertThat(JsonPath.<List<Object>>read(grid, "$[*].target")).containsOnly(4);
		assertThat(JsonPath.<List<Object>>read(grid, "$[*].weight")).containsOnly(30);
		assertThat(JsonPath.<List<String>>read(grid, "$[*].employeeNo")).containsExactlyInAnyOrder("E-1", "E-2");
		// the manager's grid for the whole sales department: their reports, not themselves
		String managers = body(api.get(LIBRARY + "/" + definition + "/draft?unitId=" + company.salesUnit(),
				token(company.manager())));
		assertThat(JsonPath.<List<String>>read(managers, "$[*].name")).containsExactlyInAnyOrder("Emma Employee",
				"Carl Colleague");
		api.get(LIBRARY + "/" + definition + "/draft?positionId=" + company.position(), token(company.employee()))
			.andExpect(jsonPath("$", hasSize(0)));
		api.get(LIBRARY + "/" + definition + "/draft?unitId=" + UUID.randomUUID(), hr)
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("unitId"));
	}

	@Test
	void bulkAssignmentCreatesOnePersonalKpiPerRowOrNothing() throws Exception {
		var company = fixtures.company();
		String hr = token(company.hr());
		UUID definition = lossRate(hr);
		KpiApi.Year year = api.lastYear(hr);
		UUID parent = id(api.send(post("/api/v1/kpis"), hr, KpiApi.kpi("车间损耗率≤4.5%", "EMPLOYEE",
				company.manager().employeeId(), year.id(), null, config("AT_MOST", "RATIO", "null", "4.5", "1.2", "AVERAGE")))
			.andExpect(status().isCreated()));
		String path = LIBRARY + "/" + definition + "/assignments";

		String bad = assignment(year.id(), parent, row(company.employee().employeeId(), "4", "30"),
				row(UUID.randomUUID(), "4", "30"), row(company.employee().employeeId(), "4", "30"),
				row(company.colleague().employeeId(), "4", "150"), row(company.executive().employeeId(), "7", "30"));
		String problem = body(api.send(post(path), token(company.manager()), bad)
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.type").value("https://lodestar.dev/problems/items-rejected")));
		List<String> refused = new ArrayList<>();
		List<Integer> indexes = JsonPath.read(problem, "$.errors[*].index");
		List<String> fields = JsonPath.read(problem, "$.errors[*].field");
		for (int i = 0; i < indexes.size(); i++) {
			refused.add(indexes.get(i) + ":" + fields.get(i));
		}
		// unknown employee, employee twice, weight above 100, someone the manager does not set goals for whose
		// target equals the baseline
		assertThat(refused).containsExactlyInAnyOrder("1:employeeId", "2:employeeId", "3:weight", "4:employeeId",
				"4:target");
		assertThat(JsonPath.<List<String>>read(problem, "$.errors[?(@.index == 4 && @.field == 'target')].message").get(0))
			.contains("7");
		assertThat(kpis(company.id())).isEqualTo(1);

		String result = body(api.send(post(path), token(company.manager()), assignment(year.id(), parent,
				row(company.employee().employeeId(), "4", "30"), row(company.colleague().employeeId(), "4.5", null)))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$", hasSize(2))));
		assertThat(JsonPath.<List<String>>read(result, "$[*].title")).containsOnly("个人操作损耗率");
		assertThat(JsonPath.<List<String>>read(result, "$[*].parentId")).containsOnly(parent.toString());
		assertThat(JsonPath.<List<Object>>read(result, "$[*].config.target")).containsExactly(4, 4.5);
		assertThat(JsonPath.<List<Object>>read(result, "$[*].config.weight")).containsExactly(30, 30);
		assertThat(JsonPath.<List<String>>read(result, "$[*].config.definitionId")).containsOnly(definition.toString());
		assertThat(JsonPath.<List<String>>read(result, "$[*].ownerId")).containsExactly(
				company.employee().employeeId().toString(), company.colleague().employeeId().toString());
		assertThat(kpis(company.id())).isEqualTo(3);
		// the new KPIs hang below the parent and score with the library's rule and their own target
		assertThat(JsonPath.<List<String>>read(body(api.get("/api/v1/goals/" + parent + "/children", hr)), "$[*].id"))
			.containsExactlyInAnyOrderElementsOf(JsonPath.<List<String>>read(result, "$[*].id"));
		UUID emma = UUID.fromString(JsonPath.read(result, "$[0].id"));
		api.send(post("/api/v1/kpis/" + emma + "/measurements"), token(company.manager()),
				"{\"value\": 3.5, \"measuredOn\": \"" + year.monthStarts().get(0).plusDays(9) + "\"}")
			.andExpect(status().isCreated());
		api.get("/api/v1/kpis/" + emma, hr).andExpect(jsonPath("$.progress").value(1.1667));
		// an archived definition cannot be assigned
		api.send(post(LIBRARY + "/" + definition + "/archive"), hr, null).andExpect(status().isOk());
		api.send(post(path), hr, assignment(year.id(), null, row(company.executive().employeeId(), "4", "30")))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("definitionId"));
		api.send(post(path), hr, assignment(year.id(), null)).andExpect(status().isUnprocessableContent());
		assertThat(kpis(company.id())).isEqualTo(3);
	}

	private static String row(UUID employee, String target, String weight) {
		return "{\"employeeId\": \"" + employee + "\", \"target\": " + target + ", \"weight\": " + weight + "}";
	}

	private static String assignment(UUID period, UUID parent, String... rows) {
		return "{\"periodId\": \"" + period + "\", \"parentId\": " + KpiApi.quoted(parent) + ", \"targets\": ["
				+ String.join(",", rows) + "]}";
	}

	private long kpis(UUID tenant) {
		return jdbc.sql("select count(*) from kpi where tenant_id = :t").param("t", tenant).query(Long.class).single();
	}

}
