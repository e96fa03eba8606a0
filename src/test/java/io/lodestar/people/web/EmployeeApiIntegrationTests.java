package io.lodestar.people.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import com.jayway.jsonpath.JsonPath;

import io.lodestar.platform.security.TokenScope;
import io.lodestar.test.Api;
import io.lodestar.test.Fixtures;
import io.lodestar.test.IntegrationTest;

/** Reading employees over the API: search, paging, sorting, and who sees which fields. */
@IntegrationTest
class EmployeeApiIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Test
	void hrSeesRestrictedFieldsOfEveryoneInTheList() throws Exception {
		var company = fixtures.company();
		String token = fixtures.token(company.hr(), TokenScope.READ);
		mvc.perform(get("/api/v1/employees").param("q", "Emma").with(Api.bearer(token)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.totalItems").value(1))
			.andExpect(jsonPath("$.items[0].id").value(company.employee().employeeId().toString()))
			.andExpect(jsonPath("$.items[0].name").value("Emma Employee"))
			.andExpect(jsonPath("$.items[0].orgUnit.name").value("Sales East"))
			.andExpect(jsonPath("$.items[0].position.name").value("Sales representative"))
			.andExpect(jsonPath("$.items[0].manager.name").value("Max Manager"))
			.andExpect(jsonPath("$.items[0].restricted").value(false))
			.andExpect(jsonPath("$.items[0].phone").value(phoneOf("E-1")))
			.andExpect(jsonPath("$.items[0].hireDate").value("2020-03-01"))
			.andExpect(jsonPath("$.items[0].version").isNumber());
	}

	@Test
	void colleagueSeesThePublicProfileButRestrictedFieldsAreNull() throws Exception {
		var company = fixtures.company();
		String token = fixtures.token(company.colleague(), TokenScope.READ);
		String emma = company.employee().employeeId().toString();
		var list = mvc.perform(get("/api/v1/employees").param("q", "Emma").with(Api.bearer(token)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.items[0].name").value("Emma Employee"))
			.andExpect(jsonPath("$.items[0].email").value(company.employee().email()))
			.andExpect(jsonPath("$.items[0].restricted").value(true))
			.andExpect(jsonPath("$.items[0].phone").value(nullValue()))
			.andExpect(jsonPath("$.items[0].hireDate").value(nullValue()))
			.andExpect(jsonPath("$.items[0].leftOn").value(nullValue()))
			.andExpect(jsonPath("$.items[0].version").value(nullValue()))
			.andReturn();
		// documented choice: restricted keys are present with the value null
		Map<String, Object> first = JsonPath.read(list.getResponse().getContentAsString(), "$.items[0]");
		assertThat(first).containsEntry("phone", null)
			.containsEntry("hireDate", null)
			.containsEntry("leftOn", null)
			.containsEntry("version", null);
		assertThat(list.getResponse().getContentAsString()).doesNotContain(phoneOf("E-1")).doesNotContain("2020-03-01");
		var single = mvc.perform(get("/api/v1/employees/{id}", emma).with(Api.bearer(token)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.restricted").value(true))
			.andExpect(jsonPath("$.phone").value(nullValue()))
			.andExpect(jsonPath("$.hireDate").value(nullValue()))
			.andReturn();
		assertThat(single.getResponse().getContentAsString()).doesNotContain(phoneOf("E-1"));
		// their own record and, for a manager, the reports' records are shown in full
		mvc.perform(get("/api/v1/employees/{id}", company.colleague().employeeId()).with(Api.bearer(token)))
			.andExpect(jsonPath("$.restricted").value(false))
			.andExpect(jsonPath("$.phone").value(phoneOf("E-2")));
		mvc.perform(get("/api/v1/employees/{id}", emma).with(Api.bearer(fixtures.token(company.manager(), TokenScope.READ))))
			.andExpect(jsonPath("$.restricted").value(false))
			.andExpect(jsonPath("$.hireDate").value("2020-03-01"));
	}

	@Test
	void pagesThroughTheCompanySortedByAnAllowedField() throws Exception {
		var company = fixtures.company();
		String token = fixtures.token(company.hr(), TokenScope.READ);
		mvc.perform(get("/api/v1/employees").param("size", "2").param("sort", "name,desc").with(Api.bearer(token)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.page").value(0))
			.andExpect(jsonPath("$.size").value(2))
			.andExpect(jsonPath("$.totalItems").value(5))
			.andExpect(jsonPath("$.totalPages").value(3))
			.andExpect(jsonPath("$.items[*].name").value(contains("Max Manager", "Hana HR")));
		mvc.perform(get("/api/v1/employees").param("page", "2").param("size", "2").param("sort", "name,desc")
			.with(Api.bearer(token)))
			.andExpect(jsonPath("$.items[*].name").value(contains("Carl Colleague")));
		mvc.perform(get("/api/v1/employees").param("sort", "hireDate,asc").with(Api.bearer(token)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.totalItems").value(5));
	}

	@Test
	void sortingByHireDateIsRefusedToThoseWhoCannotSeeEveryonesHireDate() throws Exception {
		var company = fixtures.company();
		String token = fixtures.token(company.colleague(), TokenScope.READ);
		mvc.perform(get("/api/v1/employees").param("sort", "hireDate,asc").with(Api.bearer(token)))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.type").value("https://lodestar.dev/problems/validation"))
			.andExpect(jsonPath("$.errors[0].field").value("sort"))
			.andExpect(jsonPath("$.detail").value(containsString("name, employeeNo, orgUnit, position")))
			.andExpect(jsonPath("$.detail").value(not(containsString("Allowed: name, employeeNo, orgUnit, position, hireDate"))));
		mvc.perform(get("/api/v1/employees").param("sort", "salary").with(Api.bearer(token)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("sort"));
		mvc.perform(get("/api/v1/employees").param("sort", "name,sideways").with(Api.bearer(token)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("sort"));
	}

	@Test
	void refusesPageSizesAndParametersOutOfRange() throws Exception {
		var company = fixtures.company();
		String token = fixtures.token(company.hr(), TokenScope.READ);
		mvc.perform(get("/api/v1/employees").param("size", "201").with(Api.bearer(token)))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.errors[0].field").value("size"))
			.andExpect(jsonPath("$.detail").value(containsString("200")));
		mvc.perform(get("/api/v1/employees").param("size", "200").with(Api.bearer(token))).andExpect(status().isOk());
		mvc.perform(get("/api/v1/employees").param("page", "-1").with(Api.bearer(token)))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("page"));
		mvc.perform(get("/api/v1/employees").param("size", "many").with(Api.bearer(token)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("size"));
		mvc.perform(get("/api/v1/employees").param("status", "GONE").with(Api.bearer(token)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("status"));
	}

	@Test
	void filtersByUnitWithItsSubUnitsAndByPosition() throws Exception {
		var company = fixtures.company();
		String token = fixtures.token(company.employee(), TokenScope.READ);
		mvc.perform(get("/api/v1/employees").param("orgUnitId", company.salesUnit().toString()).with(Api.bearer(token)))
			.andExpect(jsonPath("$.items[*].name").value(containsInAnyOrder("Max Manager", "Emma Employee", "Carl Colleague")));
		mvc.perform(get("/api/v1/employees").param("positionId", company.position().toString()).with(Api.bearer(token)))
			.andExpect(jsonPath("$.items[*].name").value(containsInAnyOrder("Emma Employee", "Carl Colleague")));
		var other = fixtures.company();
		mvc.perform(get("/api/v1/employees").param("orgUnitId", other.salesUnit().toString()).with(Api.bearer(token)))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("orgUnitId"));
		mvc.perform(get("/api/v1/employees").param("positionId", other.position().toString()).with(Api.bearer(token)))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("positionId"));
	}

	@Test
	void listsDirectReportsOfAManager() throws Exception {
		var company = fixtures.company();
		String token = fixtures.token(company.colleague(), TokenScope.READ);
		mvc.perform(get("/api/v1/employees/{id}/direct-reports", company.manager().employeeId()).with(Api.bearer(token)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[*].name").value(contains("Carl Colleague", "Emma Employee")))
			.andExpect(jsonPath("$[?(@.name == 'Emma Employee')].restricted").value(contains(true)))
			.andExpect(jsonPath("$[?(@.name == 'Carl Colleague')].restricted").value(contains(false)));
		mvc.perform(get("/api/v1/employees/{id}/direct-reports", company.employee().employeeId()).with(Api.bearer(token)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$").isEmpty());
	}

	@Test
	void placementHistoryIsOnlyForThoseWhoSeeRestrictedFields() throws Exception {
		var company = fixtures.company();
		String emma = company.employee().employeeId().toString();
		mvc.perform(get("/api/v1/employees/{id}/history", emma)
			.with(Api.bearer(fixtures.token(company.colleague(), TokenScope.READ))))
			.andExpect(status().isForbidden())
			.andExpect(jsonPath("$.type").value("https://lodestar.dev/problems/forbidden"));
		for (var person : List.of(company.employee(), company.manager(), company.hr(), company.executive())) {
			mvc.perform(get("/api/v1/employees/{id}/history", emma).with(Api.bearer(fixtures.token(person, TokenScope.READ))))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$[0].orgUnit.name").value("Sales East"))
				.andExpect(jsonPath("$[0].from").value("2020-03-01"))
				.andExpect(jsonPath("$[0].to").value(nullValue()));
		}
	}

	@Test
	void anotherCompanysEmployeesAreNotFoundAndNeverListed() throws Exception {
		var company = fixtures.company();
		var other = fixtures.company();
		String token = fixtures.token(company.hr(), TokenScope.READ);
		String foreign = other.employee().employeeId().toString();
		for (String path : List.of("/api/v1/employees/{id}", "/api/v1/employees/{id}/history",
				"/api/v1/employees/{id}/direct-reports")) {
			mvc.perform(get(path, foreign).with(Api.bearer(token)))
				.andExpect(status().isNotFound())
				.andExpect(jsonPath("$.type").value("https://lodestar.dev/problems/not-found"));
		}
		var body = mvc.perform(get("/api/v1/employees").param("status", "ALL").param("size", "200").with(Api.bearer(token)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.totalItems").value(5))
			.andReturn()
			.getResponse()
			.getContentAsString();
		List<String> ids = JsonPath.read(body, "$.items[*].id");
		assertThat(ids).contains(company.employee().employeeId().toString())
			.doesNotContain(foreign, other.hr().employeeId().toString(), other.manager().employeeId().toString());
	}

	/** The phone number {@link Fixtures} gives each person. */
	static String phoneOf(String employeeNo) {
		return "+86 138 0000 " + employeeNo.hashCode() % 10000;
	}

}
