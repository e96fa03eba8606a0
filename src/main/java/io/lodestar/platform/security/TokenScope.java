package io.lodestar.platform.security;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.springframework.http.server.PathContainer;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * What an API credential may do. Personal access tokens use READ (safe methods only) and WRITE (changes too),
 * within their owner's rights. Integration API keys use the narrow scopes below: each allows exactly the listed
 * method and path patterns and nothing else (checked in {@link BearerTokenFilter} before any controller runs).
 * ATTENDANCE_WRITE serves both.
 */
public enum TokenScope {

	READ(Use.PERSONAL),

	WRITE(Use.PERSONAL),

	/** Employees, org units and positions, read only. */
	PEOPLE_READ(Use.KEYS, "GET /api/v1/employees/**", "GET /api/v1/org-units/**", "GET /api/v1/positions/**"),

	/** Periods, the goal graph, KPIs, the KPI library, stored actuals and OKRs, read only. */
	GOALS_READ(Use.KEYS, "GET /api/v1/periods/**", "GET /api/v1/goals/**", "GET /api/v1/kpis/**",
			"GET /api/v1/kpi-definitions/**", "GET /api/v1/measurements/*", "GET /api/v1/okr/**"),

	/** Recording KPI actuals: batches, single actuals and corrections. */
	MEASUREMENTS_WRITE(Use.KEYS, "POST /api/v1/measurements/batch", "POST /api/v1/measurements/*/correction",
			"POST /api/v1/kpis/*/measurements"),

	/** Pushing OKR check-ins (idempotent). */
	CHECK_INS_WRITE(Use.KEYS, "POST /api/v1/okr/key-results/*/check-ins"),

	/** Attendance devices, punches and results, read only. */
	ATTENDANCE_READ(Use.KEYS, "GET /api/v1/attendance/**"),

	/**
	 * Feeding attendance: pushing and importing punches, nothing else. Also a personal-token scope, for a machine
	 * that feeds attendance under a person's token.
	 */
	ATTENDANCE_WRITE(Use.BOTH, "POST /api/v1/attendance/punches", "POST /api/v1/attendance/imports");

	/** Which credentials take a scope. */
	private enum Use {

		PERSONAL, KEYS, BOTH

	}

	private record Rule(String method, PathPattern pattern) {
	}

	private final Use use;

	private final List<Rule> rules;

	TokenScope(Use use, String... rules) {
		this.use = use;
		this.rules = Arrays.stream(rules).map(rule -> {
			String[] parts = rule.split(" ", 2);
			return new Rule(parts[0], PathPatternParser.defaultInstance.parse(parts[1]));
		}).toList();
	}

	/** Whether integration API keys take this scope. */
	public boolean forKeys() {
		return use != Use.PERSONAL;
	}

	/** Whether personal access tokens take this scope. */
	public boolean forPersonalTokens() {
		return use != Use.KEYS;
	}

	public static List<TokenScope> personal() {
		return Arrays.stream(values()).filter(TokenScope::forPersonalTokens).toList();
	}

	public static List<TokenScope> forIntegrationKeys() {
		return Arrays.stream(values()).filter(TokenScope::forKeys).toList();
	}

	/** Whether this key scope allows the call; HEAD counts as GET. */
	public boolean allows(String method, String path) {
		String verb = method.toUpperCase(Locale.ROOT);
		String effective = "HEAD".equals(verb) ? "GET" : verb;
		PathContainer container = PathContainer.parsePath(path);
		return rules.stream().anyMatch(rule -> rule.method().equals(effective) && rule.pattern().matches(container));
	}

}
