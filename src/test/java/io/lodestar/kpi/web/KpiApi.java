package io.lodestar.kpi.web;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import com.jayway.jsonpath.JsonPath;

import io.lodestar.platform.security.TokenScope;
import io.lodestar.test.Api;
import io.lodestar.test.Fixtures;

/**
 * Test support: calls the goals and KPI API with real tokens, and builds the factory decomposition of the
 * product brief through it ("降低生产成本10%" → the department's loss rate and utilisation → the workshop
 * head's loss rate → the worker's loss rate), in last fiscal year so every month lies in the past.
 */
final class KpiApi {

	private final MockMvc mvc;

	KpiApi(MockMvc mvc) {
		this.mvc = mvc;
	}

	record Factory(Fixtures.Company company, String hr, UUID year, List<UUID> months, List<LocalDate> monthStarts,
			UUID strategy, UUID lossRate, UUID utilisation, UUID headKpi, UUID workerKpi) {

		/** The 15th of a month (1-based) of the factory's fiscal year. */
		LocalDate day(int month) {
			return monthStarts.get(month - 1).plusDays(14);
		}

	}

	ResultActions send(MockHttpServletRequestBuilder request, String token, String json) throws Exception {
		if (json != null) {
			request = request.contentType(MediaType.APPLICATION_JSON).content(json);
		}
		return mvc.perform(request.with(Api.bearer(token)));
	}

	ResultActions get(String path, String token) throws Exception {
		return send(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get(path), token, null);
	}

	static String body(ResultActions result) throws Exception {
		return result.andReturn().getResponse().getContentAsString();
	}

	static UUID id(ResultActions result) throws Exception {
		return UUID.fromString(JsonPath.read(body(result), "$.id"));
	}

	static String config(String direction, String method, String baseline, String target, String cap,
			String aggregation) {
		return """
				{"unit": "%%", "direction": "%s", "method": "%s", "aggregation": "%s", "frequency": "MONTH",
				 "baseline": %s, "target": %s, "cap": %s, "floor": 0, "weight": 50, "inclusive": true}
				""".formatted(direction, method, aggregation, baseline, target, cap);
	}

	static String kpi(String title, String ownerType, UUID ownerId, UUID period, UUID parent, String config) {
		return """
				{"title": "%s", "ownerType": "%s", "ownerId": %s, "periodId": "%s", "parentId": %s, "config": %s}
				""".formatted(title, ownerType, quoted(ownerId), period, quoted(parent), config);
	}

	static String quoted(Object value) {
		return value == null ? "null" : "\"" + value + "\"";
	}

	/** Last fiscal year's periods: its id, and its months' ids and first days in order. */
	record Year(UUID id, List<UUID> months, List<LocalDate> monthStarts) {
	}

	Year lastYear(String token) throws Exception {
		String current = body(get("/api/v1/periods/current?kind=YEAR", token));
		int fiscalYear = JsonPath.<Integer>read(current, "$.fiscalYear") - 1;
		String periods = body(get("/api/v1/periods?fiscalYear=" + fiscalYear, token));
		UUID year = UUID.fromString(JsonPath.<List<String>>read(periods, "$[?(@.kind == 'YEAR')].id").get(0));
		List<UUID> months = JsonPath.<List<String>>read(periods, "$[?(@.kind == 'MONTH')].id")
			.stream()
			.map(UUID::fromString)
			.toList();
		List<LocalDate> starts = JsonPath.<List<String>>read(periods, "$[?(@.kind == 'MONTH')].startsOn")
			.stream()
			.map(LocalDate::parse)
			.toList();
		return new Year(year, months, starts);
	}

	/** The factory decomposition, built by HR entirely through the API. */
	Factory factory(Fixtures fixtures) throws Exception {
		Fixtures.Company company = fixtures.company();
		String hr = fixtures.token(company.hr(), TokenScope.READ, TokenScope.WRITE);
		Year year = lastYear(hr);
		UUID strategy = id(send(post("/api/v1/goals"), hr, """
				{"kind": "STRATEGY", "title": "降低生产成本10%%", "ownerType": "COMPANY", "periodId": "%s"}
				""".formatted(year.id())).andExpect(status().isCreated()));
		UUID loss = created(hr, kpi("生产损耗率≤5%", "ORG_UNIT", company.salesUnit(), year.id(), strategy,
				config("AT_MOST", "RATIO", "null", "5", "1.2", "AVERAGE")));
		UUID utilisation = created(hr, kpi("产能利用率≥90%", "ORG_UNIT", company.salesUnit(), year.id(), strategy,
				config("AT_LEAST", "RATIO", "null", "90", "1.2", "AVERAGE")));
		UUID head = created(hr, kpi("车间损耗率≤4.5%", "EMPLOYEE", company.manager().employeeId(), year.id(), loss,
				config("AT_MOST", "RATIO", "null", "4.5", "1.2", "AVERAGE")));
		UUID worker = created(hr, kpi("个人操作损耗率≤4%", "EMPLOYEE", company.employee().employeeId(), year.id(), head,
				config("DECREASE", "PROGRESS", "7", "4", "1.2", "AVERAGE")));
		return new Factory(company, hr, year.id(), year.months(), year.monthStarts(), strategy, loss, utilisation, head,
				worker);
	}

	private UUID created(String token, String json) throws Exception {
		ResultActions result = send(post("/api/v1/kpis"), token, json);
		org.assertj.core.api.Assertions.assertThat(result.andReturn().getResponse().getStatus()).as(body(result))
			.isEqualTo(201);
		return id(result);
	}

	static String item(UUID kpi, String value, LocalDate day, String key) {
		return """
				{"kpiId": %s, "value": %s, "measuredOn": %s, "sourceRef": "erp", "idempotencyKey": %s}
				""".formatted(quoted(kpi), value, quoted(day), quoted(key));
	}

	static String batch(boolean partial, String... items) {
		return "{\"items\": [" + String.join(",", items) + "], \"partial\": " + partial + "}";
	}

}
