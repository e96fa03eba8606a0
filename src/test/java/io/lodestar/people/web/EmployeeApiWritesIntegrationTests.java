package io.lodestar.people.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import com.jayway.jsonpath.JsonPath;

import io.lodestar.platform.security.TokenScope;
import io.lodestar.test.Api;
import io.lodestar.test.Fixtures;
import io.lodestar.test.IntegrationTest;

/** Hiring, correcting, moving, off-boarding and re-hiring over the API, and refusing bad or unauthorized writes. */
@IntegrationTest
class EmployeeApiWritesIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	JdbcClient jdbc;

	@Test
	void hrHiresAnEmployee() throws Exception {
		var company = fixtures.company();
		String token = fixtures.token(company.hr(), TokenScope.WRITE);
		var response = send(post("/api/v1/employees"), token, hire(company, "E-77", "李娜", "\"2024-05-06\""))
			.andExpect(status().isCreated())
			.andExpect(header().string("Location", containsString("/api/v1/employees/")))
			.andExpect(jsonPath("$.employeeNo").value("E-77"))
			.andExpect(jsonPath("$.name").value("李娜"))
			.andExpect(jsonPath("$.status").value("ACTIVE"))
			.andExpect(jsonPath("$.orgUnit.id").value(company.teamUnit().toString()))
			.andExpect(jsonPath("$.manager.id").value(company.manager().employeeId().toString()))
			.andExpect(jsonPath("$.hireDate").value("2024-05-06"))
			.andExpect(jsonPath("$.restricted").value(false))
			.andReturn();
		String id = JsonPath.read(response.getResponse().getContentAsString(), "$.id");
		assertThat(jdbc.sql("select name from people_employee where tenant_id = :tenant and id = :id")
			.param("tenant", company.id())
			.param("id", UUID.fromString(id))
			.query(String.class)
			.single()).isEqualTo("李娜");
		assertThat(audited(company.id(), "CREATE", id)).isEqualTo(1);
	}

	@Test
	void employeesCannotWriteAndReadOnlyTokensAreRefused() throws Exception {
		var company = fixtures.company();
		long before = employees(company.id());
		send(post("/api/v1/employees"), fixtures.token(company.employee(), TokenScope.WRITE), hire(company, "E-78", "X", "null"))
			.andExpect(status().isForbidden())
			.andExpect(jsonPath("$.type").value("https://lodestar.dev/problems/forbidden"));
		send(post("/api/v1/employees"), fixtures.token(company.manager(), TokenScope.WRITE), hire(company, "E-78", "X", "null"))
			.andExpect(status().isForbidden());
		send(post("/api/v1/employees"), fixtures.token(company.hr(), TokenScope.READ), hire(company, "E-78", "X", "null"))
			.andExpect(status().isForbidden())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.type").value("https://lodestar.dev/problems/insufficient-scope"));
		send(post("/api/v1/employees/{id}/departure", company.colleague().employeeId()),
				fixtures.token(company.manager(), TokenScope.WRITE), "{\"lastDay\": \"2024-01-01\"}")
			.andExpect(status().isForbidden());
		assertThat(employees(company.id())).isEqualTo(before);
		assertThat(activeStatus(company.colleague().employeeId())).isEqualTo("ACTIVE");
	}

	@Test
	void badInputGivesAProblemDetailNamingTheFieldAndChangesNothing() throws Exception {
		var company = fixtures.company();
		String token = fixtures.token(company.hr(), TokenScope.WRITE);
		long before = employees(company.id());
		long auditBefore = audited(company.id());
		send(post("/api/v1/employees"), token, "{\"employeeNo\": \"E-9\", ")
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.type").value("https://lodestar.dev/problems/malformed-request"))
			.andExpect(jsonPath("$.detail").isNotEmpty());
		send(post("/api/v1/employees"), token, hire(company, "E-9", "Wrong Date", "\"yesterday\""))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.type").value("https://lodestar.dev/problems/malformed-request"))
			.andExpect(jsonPath("$.errors[0].field").value("hireDate"))
			.andExpect(jsonPath("$.errors[0].code").value("wrong-type"));
		send(post("/api/v1/employees"), token, hire(company, "E-9", "Paid Well", "null").replace("}", ", \"salary\": 1}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("salary"))
			.andExpect(jsonPath("$.errors[0].code").value("unknown-field"));
		send(post("/api/v1/employees"), token, "{\"employeeNo\": \"E-9\", \"orgUnitId\": \"" + company.teamUnit() + "\"}")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.type").value("https://lodestar.dev/problems/validation"))
			.andExpect(jsonPath("$.errors[*].field").value(hasItem("name")))
			.andExpect(jsonPath("$.errors[?(@.field == 'name')].message").value(hasItem("Enter the name.")));
		send(post("/api/v1/employees"), token, "{\"employeeNo\": \"E-9\", \"name\": \"No Unit\"}")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field").value(hasItem("orgUnitId")));
		send(post("/api/v1/employees"), token, hire(company, "E-1", "Duplicate Number", "null"))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.errors[0].field").value("employeeNo"));
		send(post("/api/v1/employees").header("Accept-Language", "zh-CN"), token,
				"{\"employeeNo\": \"E-9\", \"orgUnitId\": \"" + company.teamUnit() + "\"}")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[?(@.field == 'name')].message").value(not(hasItem("Enter the name."))));
		assertThat(employees(company.id())).isEqualTo(before);
		assertThat(audited(company.id())).isEqualTo(auditBefore);
	}

	@Test
	void correctsDetailsOnlyWithTheCurrentVersion() throws Exception {
		var company = fixtures.company();
		String token = fixtures.token(company.hr(), TokenScope.WRITE);
		UUID emma = company.employee().employeeId();
		String read = mvc.perform(get("/api/v1/employees/{id}", emma).with(Api.bearer(token)))
			.andReturn()
			.getResponse()
			.getContentAsString();
		int version = JsonPath.read(read, "$.version");
		String correction = """
				{"employeeNo": "E-1", "name": "Emma Watson", "email": "%s", "phone": "+86 139 1111 2222",
				 "hireDate": "2020-03-02", "version": %d}
				""";
		send(put("/api/v1/employees/{id}", emma), token, correction.formatted(company.employee().email(), version))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.name").value("Emma Watson"))
			.andExpect(jsonPath("$.phone").value("+86 139 1111 2222"))
			.andExpect(jsonPath("$.version").value(version + 1));
		send(put("/api/v1/employees/{id}", emma), token, correction.formatted(company.employee().email(), version)
			.replace("Emma Watson", "Stale Write"))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.type").value("https://lodestar.dev/problems/conflict"));
		send(put("/api/v1/employees/{id}", emma), token, "{\"employeeNo\": \"E-1\", \"name\": \"No Version\"}")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("version"));
		assertThat(jdbc.sql("select name from people_employee where tenant_id = :tenant and id = :id")
			.param("tenant", company.id())
			.param("id", emma)
			.query(String.class)
			.single()).isEqualTo("Emma Watson");
	}

	@Test
	void movesAnEmployeeThenRecordsTheDepartureAndTheReturn() throws Exception {
		var company = fixtures.company();
		String token = fixtures.token(company.hr(), TokenScope.WRITE);
		String emmasToken = fixtures.token(company.employee(), TokenScope.READ);
		UUID emma = company.employee().employeeId();
		LocalDate yesterday = LocalDate.now(ZoneId.of("Asia/Shanghai")).minusDays(1);
		send(post("/api/v1/employees/{id}/moves", emma), token, """
				{"orgUnitId": "%s", "positionId": null, "managerId": "%s", "effectiveOn": "%s", "reason": "Promotion"}
				""".formatted(company.salesUnit(), company.manager().employeeId(), yesterday))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.orgUnit.id").value(company.salesUnit().toString()))
			.andExpect(jsonPath("$.position").doesNotExist());
		mvc.perform(get("/api/v1/employees/{id}/history", emma).with(Api.bearer(token)))
			.andExpect(jsonPath("$.length()").value(2))
			.andExpect(jsonPath("$[0].orgUnit.name").value("Sales"))
			.andExpect(jsonPath("$[0].reason").value("Promotion"))
			.andExpect(jsonPath("$[1].to").value(yesterday.toString()));
		send(post("/api/v1/employees/{id}/departure", emma), token, "{\"lastDay\": \"%s\"}".formatted(yesterday))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("LEFT"))
			.andExpect(jsonPath("$.leftOn").value(yesterday.toString()));
		// an employee who left can no longer use the API
		mvc.perform(get("/api/v1/me").with(Api.bearer(emmasToken))).andExpect(status().isUnauthorized());
		mvc.perform(get("/api/v1/employees").param("q", "Emma").with(Api.bearer(token)))
			.andExpect(jsonPath("$.totalItems").value(0));
		mvc.perform(get("/api/v1/employees").param("q", "Emma").param("status", "LEFT").with(Api.bearer(token)))
			.andExpect(jsonPath("$.totalItems").value(1));
		send(post("/api/v1/employees/{id}/departure", emma), token, "{\"lastDay\": \"%s\"}".formatted(yesterday))
			.andExpect(status().isConflict());
		mvc.perform(post("/api/v1/employees/{id}/rejoin", emma).with(Api.bearer(token)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("ACTIVE"));
		assertThat(activeStatus(emma)).isEqualTo("ACTIVE");
		// the account stays disabled until an administrator enables it again
		mvc.perform(get("/api/v1/me").with(Api.bearer(emmasToken))).andExpect(status().isUnauthorized());
		mvc.perform(post("/api/v1/users/{id}/enable", company.employee().userId()).with(Api.bearer(token)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("ACTIVE"));
		mvc.perform(get("/api/v1/me").with(Api.bearer(emmasToken))).andExpect(status().isOk());
	}

	@Test
	void writesToAnotherCompanysEmployeeAreNotFound() throws Exception {
		var company = fixtures.company();
		var other = fixtures.company();
		String token = fixtures.token(company.hr(), TokenScope.WRITE);
		UUID foreign = other.employee().employeeId();
		send(put("/api/v1/employees/{id}", foreign), token,
				"{\"employeeNo\": \"E-1\", \"name\": \"Taken Over\", \"version\": 0}")
			.andExpect(status().isNotFound());
		send(post("/api/v1/employees/{id}/moves", foreign), token, """
				{"orgUnitId": "%s", "effectiveOn": "2024-01-01"}
				""".formatted(company.salesUnit()))
			.andExpect(status().isNotFound());
		send(post("/api/v1/employees/{id}/departure", foreign), token, "{\"lastDay\": \"2024-01-01\"}")
			.andExpect(status().isNotFound());
		mvc.perform(post("/api/v1/employees/{id}/rejoin", foreign).with(Api.bearer(token)))
			.andExpect(status().isNotFound());
		// nor can another company's unit or manager be used for a hire
		send(post("/api/v1/employees"), token, hire(company, "E-80", "Cross Hire", "null")
			.replace(company.manager().employeeId().toString(), other.manager().employeeId().toString()))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("managerId"));
		assertThat(activeStatus(foreign)).isEqualTo("ACTIVE");
		assertThat(jdbc.sql("select name from people_employee where id = :id").param("id", foreign).query(String.class).single())
			.isEqualTo("Emma Employee");
	}

	private ResultActions send(org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request,
			String token, String json) throws Exception {
		return mvc.perform(request.with(Api.bearer(token)).contentType(MediaType.APPLICATION_JSON).content(json));
	}

	private static String hire(Fixtures.Company company, String number, String name, String hireDate) {
		return """
				{"employeeNo": "%s", "name": "%s", "email": null, "phone": "+86 138 0013 8000", "hireDate": %s,
				 "orgUnitId": "%s", "positionId": "%s", "managerId": "%s"}
				""".formatted(number, name, hireDate, company.teamUnit(), company.position(), company.manager().employeeId());
	}

	private long employees(UUID tenant) {
		return jdbc.sql("select count(*) from people_employee where tenant_id = :tenant")
			.param("tenant", tenant)
			.query(Long.class)
			.single();
	}

	private String activeStatus(UUID employee) {
		return jdbc.sql("select status from people_employee where id = :id").param("id", employee).query(String.class).single();
	}

	private long audited(UUID tenant) {
		return jdbc.sql("select count(*) from platform_audit_event where tenant_id = :tenant")
			.param("tenant", tenant)
			.query(Long.class)
			.single();
	}

	private long audited(UUID tenant, String action, String entityId) {
		return jdbc.sql("""
				select count(*) from platform_audit_event
				where tenant_id = :tenant and action = :action and entity_type = 'employee' and entity_id = :id
				""").param("tenant", tenant).param("action", action).param("id", entityId).query(Long.class).single();
	}

}
