package io.lodestar.okr.web;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;

import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import com.jayway.jsonpath.JsonPath;

import io.lodestar.platform.security.TokenScope;
import io.lodestar.test.Api;
import io.lodestar.test.Fixtures;

/** Calls the OKR API as the people of a test company (each with a read-write token). */
class OkrApi {

	final MockMvc mvc;

	final Fixtures.Company company;

	final String hr;

	final String executive;

	final String manager;

	final String employee;

	final String colleague;

	OkrApi(MockMvc mvc, Fixtures fixtures) {
		this.mvc = mvc;
		this.company = fixtures.company();
		this.hr = fixtures.token(company.hr(), TokenScope.READ, TokenScope.WRITE);
		this.executive = fixtures.token(company.executive(), TokenScope.READ, TokenScope.WRITE);
		this.manager = fixtures.token(company.manager(), TokenScope.READ, TokenScope.WRITE);
		this.employee = fixtures.token(company.employee(), TokenScope.READ, TokenScope.WRITE);
		this.colleague = fixtures.token(company.colleague(), TokenScope.READ, TokenScope.WRITE);
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
		return result.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
	}

	static <T> T read(ResultActions result, String path) throws Exception {
		return JsonPath.read(body(result), path);
	}

	/** A quarter containing today (2026-10-01 to 12-31 when run in Q4), active since drafting ended. */
	String quarter(String name, String startsOn) throws Exception {
		return read(send(post("/api/v1/okr/cycles"), hr, """
				{"name": "%s", "cadence": "QUARTER", "startsOn": "%s"}""".formatted(name, startsOn))
			.andExpect(status().isCreated()), "$.id");
	}

	/** The R&D engineer's objective of PRODUCT.md: response time −20 %, bugs −30 % (weights 50 + 30). */
	String rdObjective(String cycle) throws Exception {
		return read(send(post("/api/v1/okr/objectives"), employee, """
				{"cycleId": "%s", "ownerType": "EMPLOYEE", "ownerId": "%s",
				 "title": "Optimise product performance", "why": "Customers wait too long",
				 "keyResults": [
				   {"title": "Response time 800 ms → 640 ms", "type": "METRIC", "start": 800, "target": 640,
				    "unit": "ms", "weight": 50},
				   {"title": "Open bugs 100 → 70", "type": "METRIC", "direction": "DECREASE", "start": 100,
				    "target": 70, "weight": 30}]}""".formatted(cycle, company.employee().employeeId()))
			.andExpect(status().isCreated()), "$.id");
	}

}
