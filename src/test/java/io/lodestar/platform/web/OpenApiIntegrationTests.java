package io.lodestar.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import com.jayway.jsonpath.JsonPath;

import io.lodestar.test.Fixtures;
import io.lodestar.test.IntegrationTest;

/** The OpenAPI document: for signed-in users only, and complete for every endpoint under /api. */
@IntegrationTest
class OpenApiIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	@Test
	void theDocumentAndTheBrowsableUiNeedASignIn() throws Exception {
		mvc.perform(get("/v3/api-docs"))
			.andExpect(status().isUnauthorized())
			.andExpect(jsonPath("$.type").value("https://lodestar.dev/problems/unauthorized"));
		mvc.perform(get("/swagger-ui.html")).andExpect(status().is3xxRedirection());
		mvc.perform(get("/swagger-ui/index.html")).andExpect(status().is3xxRedirection());
		var company = fixtures.company();
		mvc.perform(get("/v3/api-docs").with(Fixtures.as(company.employee())))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.info.title").value("Lodestar API"));
		mvc.perform(get("/swagger-ui/index.html").with(Fixtures.as(company.employee()))).andExpect(status().isOk());
	}

	@Test
	void documentsEveryApiEndpointWithItsAuthorizationTagsAndErrorShape() throws Exception {
		var company = fixtures.company();
		String doc = mvc.perform(get("/v3/api-docs").with(Fixtures.as(company.employee())))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		Map<String, Map<String, Map<String, Object>>> paths = JsonPath.read(doc, "$.paths");
		Set<String> documented = new TreeSet<>();
		paths.forEach((path, operations) -> operations.keySet()
			.forEach(method -> documented.add(method.toUpperCase(Locale.ROOT) + " " + path)));
		Set<String> implemented = new TreeSet<>();
		List<String> unguarded = new ArrayList<>();
		for (Map.Entry<RequestMappingInfo, HandlerMethod> mapping : mappings.getHandlerMethods().entrySet()) {
			for (String path : mapping.getKey().getPatternValues()) {
				if (!path.startsWith("/api/")) {
					continue;
				}
				mapping.getKey().getMethodsCondition().getMethods().forEach(method -> implemented.add(method + " " + path));
				if (!AnnotatedElementUtils.hasAnnotation(mapping.getValue().getMethod(), PreAuthorize.class)) {
					unguarded.add(mapping.getValue().toString());
				}
			}
		}
		assertThat(implemented).contains("GET /api/v1/me", "GET /api/v1/org-units", "DELETE /api/v1/org-units/{id}",
				"GET /api/v1/positions/{id}", "POST /api/v1/employees/{id}/moves", "POST /api/v1/employees/{id}/departure",
				"POST /api/v1/employees/{id}/rejoin", "GET /api/v1/employees/{id}/history",
				"GET /api/v1/employees/{id}/direct-reports", "PUT /api/v1/users/{id}/roles",
				"POST /api/v1/users/{id}/sessions/end", "POST /api/v1/users/{id}/password-reset", "DELETE /api/v1/tokens/{id}",
				"POST /api/v1/companies", "GET /api/v1/audit-events");
		assertThat(documented).isEqualTo(implemented);
		assertThat(unguarded).isEmpty();
		for (var operations : paths.values()) {
			for (var operation : operations.values()) {
				assertThat((List<?>) operation.get("tags")).hasSize(1);
				Map<String, Object> responses = castMap(operation.get("responses"));
				assertThat(responses).containsKeys("401", "403");
				assertThat(JsonPath.<String>read(responses.get("401"), "$.content['application/problem+json'].schema.$ref"))
					.isEqualTo("#/components/schemas/Problem");
			}
		}
		// at least one request and one response example for every resource that takes a body
		List<String> requestExamples = JsonPath.read(doc, "$.paths.*.*.requestBody.content['application/json'].examples");
		List<Object> responseExamples = JsonPath.read(doc, "$.paths.*.*.responses.*.content['application/json'].examples");
		assertThat(requestExamples).hasSizeGreaterThanOrEqualTo(12);
		assertThat(responseExamples).hasSizeGreaterThanOrEqualTo(25);
		assertThat(JsonPath.<List<String>>read(doc, "$.tags[*].name")).contains(ApiDocs.TAG_ME,
				ApiDocs.TAG_ORG_UNITS, ApiDocs.TAG_POSITIONS, ApiDocs.TAG_EMPLOYEES, ApiDocs.TAG_USERS, ApiDocs.TAG_TOKENS,
				ApiDocs.TAG_COMPANIES, ApiDocs.TAG_AUDIT);
		assertThat(JsonPath.<Map<String, Object>>read(doc, "$.components.securitySchemes")).containsKeys(ApiDocs.BEARER,
				ApiDocs.BASIC);
		assertThat(JsonPath.<Map<String, Object>>read(doc, "$.components.schemas.Problem.properties")).containsKeys("type",
				"title", "status", "detail", "instance", "errors");
		assertThat(JsonPath.<List<Object>>read(doc, "$.paths['/api/v1/tokens'].post.security[*]"))
			.containsExactly(Map.of(ApiDocs.BASIC, List.of()));
		// the employee schema documents the restricted fields as nullable
		assertThat(JsonPath.<List<String>>read(doc, "$.components.schemas.Employee.properties.phone.type")).contains("null");
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> castMap(Object value) {
		return (Map<String, Object>) value;
	}

}
