package io.lodestar.security;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import java.util.Map;
import java.util.UUID;

import org.springframework.http.HttpMethod;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Makes one call of the matrix: the path's variables filled with company A's objects (fresh ones for calls that
 * change something, when asked), a plausible body, and the actor's credentials.
 */
final class MatrixCalls {

	/** Path prefixes whose {id} names something other than what the isolation matrix maps it to. */
	private static final Map<String, String> ENTITIES = Map.of("/api/v1/goals/{id}", "kpi",
			"/api/v1/okr/unit-modes/{id}", "org-unit", "/api/v1/attendance/kpi-bindings/{id}", "bound-kpi");

	private final MockMvc mvc;

	private final MatrixObjects objects;

	private final MatrixBodies bodies;

	MatrixCalls(MockMvc mvc, MatrixActors actors, MatrixObjects objects, String document) {
		this.mvc = mvc;
		this.objects = objects;
		this.bodies = new MatrixBodies(actors.a, objects, document);
	}

	/** The status of the call; with {@code fresh}, a changing call works on new objects. */
	int call(AccessMatrixTable.Row row, RequestPostProcessor credentials, boolean fresh) throws Exception {
		HttpMethod method = HttpMethod.valueOf(row.method());
		boolean changing = method != HttpMethod.GET;
		String path = row.path();
		if (path.contains("{id}")) {
			String entity = entityOf(path);
			UUID id = fresh && changing ? objects.fresh(entity) : objects.shared(entity);
			if (path.contains("{commentId}")) {
				// a comment on that very objective
				UUID comment = fresh && changing ? objects.commentOn(id) : objects.shared("okr-comment");
				path = path.replace("{commentId}", comment.toString());
			}
			path = path.replace("{id}", id.toString());
		}
		path = path.replace("{supportedGoalId}", objects.shared("other-goal").toString())
			.replace("{number}", "1");
		if (path.contains("/imports/{kind}")) {
			path = path.replace("{kind}", "employees");
		}
		path = path.replace("{kind}", "CONTACT_DETAILS")
			.replace("{day}", "2026-10-08")
			.replace("{pin}", "1001")
			.replace("{year}", "2026");
		AbstractMockHttpServletRequestBuilder<?> request = bodies.request(row, method, path, request(method, path));
		// required query parameters
		if (row.path().equals("/api/v1/attendance/calendar")) {
			request.param("year", "2026");
		}
		if (row.path().equals("/api/v1/okr/objectives") && method == HttpMethod.GET) {
			request.param("cycleId", objects.shared("okr-cycle").toString());
		}
		return mvc.perform(request.with(credentials)).andReturn().getResponse().getStatus();
	}

	private static String entityOf(String path) {
		String entity = ENTITIES.entrySet()
			.stream()
			.filter(entry -> path.startsWith(entry.getKey()))
			.map(Map.Entry::getValue)
			.findFirst()
			.orElseGet(() -> IsolationChecks.entityOf(path));
		if (entity == null) {
			throw new IllegalStateException("which object does the {id} of " + path + " name?");
		}
		return entity;
	}

}
