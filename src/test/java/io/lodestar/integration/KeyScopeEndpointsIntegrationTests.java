package io.lodestar.integration;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import io.lodestar.platform.security.TokenScope;
import io.lodestar.test.IntegrationTest;

/**
 * Each API-key scope allows exactly its endpoints: every API handler is matched against every scope's rules
 * (with its path variables filled in), and the result is compared with the list below. A new endpoint that a
 * scope's pattern catches shows up here and must be agreed to. Attendance reads are matched by prefix only:
 * that module's API is still growing.
 */
@IntegrationTest
class KeyScopeEndpointsIntegrationTests {

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	@Test
	void eachScopeAllowsExactlyItsEndpoints() {
		Map<TokenScope, Set<String>> allowed = new EnumMap<>(TokenScope.class);
		for (RequestMappingInfo info : mappings.getHandlerMethods().keySet()) {
			for (String pattern : info.getPatternValues()) {
				if (!pattern.startsWith("/api/")) {
					continue;
				}
				String path = pattern.replaceAll("\\{[^}]+}", "0b9f3c56-8d1e-4a55-9a53-4f0f6a7de111");
				info.getMethodsCondition().getMethods().forEach(method -> {
					for (TokenScope scope : TokenScope.forIntegrationKeys()) {
						if (scope.allows(method.name(), path)) {
							allowed.computeIfAbsent(scope, key -> new TreeSet<>()).add(method + " " + pattern);
						}
					}
				});
			}
		}
		assertThat(allowed.get(TokenScope.PEOPLE_READ)).containsExactlyElementsOf(new TreeSet<>(Set.of(
				"GET /api/v1/employees", "GET /api/v1/employees/{id}", "GET /api/v1/employees/{id}/direct-reports",
				"GET /api/v1/employees/{id}/history", "GET /api/v1/employees/export.xlsx", "GET /api/v1/org-units",
				"GET /api/v1/org-units/{id}", "GET /api/v1/positions", "GET /api/v1/positions/{id}")));
		assertThat(allowed.get(TokenScope.MEASUREMENTS_WRITE)).containsExactlyElementsOf(new TreeSet<>(Set.of(
				"POST /api/v1/measurements/batch", "POST /api/v1/measurements/{id}/correction",
				"POST /api/v1/kpis/{id}/measurements")));
		assertThat(allowed.get(TokenScope.CHECK_INS_WRITE))
			.containsExactly("POST /api/v1/okr/key-results/{id}/check-ins");
		assertThat(allowed.get(TokenScope.GOALS_READ)).allMatch(call -> call.startsWith("GET /api/v1/periods")
				|| call.startsWith("GET /api/v1/goals") || call.startsWith("GET /api/v1/kpis")
				|| call.startsWith("GET /api/v1/kpi-definitions") || call.equals("GET /api/v1/measurements/{id}")
				|| call.startsWith("GET /api/v1/okr/"))
			.contains("GET /api/v1/goals", "GET /api/v1/kpis/{id}/measurements", "GET /api/v1/okr/objectives/{id}",
					"GET /api/v1/okr/cycles");
		assertThat(allowed.get(TokenScope.ATTENDANCE_READ)).allMatch(call -> call.startsWith("GET /api/v1/attendance/"))
			.contains("GET /api/v1/attendance/devices");
		// pushing and importing punches only (those endpoints arrive with the attendance intake work)
		assertThat(allowed.getOrDefault(TokenScope.ATTENDANCE_WRITE, Set.of()))
			.isSubsetOf("POST /api/v1/attendance/punches", "POST /api/v1/attendance/imports");
		// nothing about accounts, tokens, keys, webhooks, audit, appraisals, pay or companies, for any scope
		allowed.values().forEach(calls -> assertThat(calls).noneMatch(call -> call.matches(
				".* /api/v1/(me|users|tokens|integration|audit-events|appraisal|appraisals|companies|recognition|imports"
						+ "|connectors|notifications|notification-[a-z]+|feedback|support-requests)(/.*)?")));
	}

}
