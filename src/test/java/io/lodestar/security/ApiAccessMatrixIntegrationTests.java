package io.lodestar.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.boot.webmvc.test.autoconfigure.MockMvcBuilderCustomizer;
import org.springframework.boot.webmvc.test.autoconfigure.MockMvcPrint;
import org.springframework.boot.webmvc.test.autoconfigure.SpringBootMockMvcBuilderCustomizer;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.DefaultMockMvcBuilder;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

import com.jayway.jsonpath.JsonPath;

import io.lodestar.test.Fixtures;
import io.lodestar.test.IntegrationTest;

/**
 * Issue 7's access matrix: every operation of the OpenAPI document × every actor (nobody, the employee, a
 * colleague, another team's manager, the line manager, HR, an executive, a system administrator, HR of another
 * company, an integration API key) against the reviewed table {@code security/api-access-matrix.csv}. A call the
 * table denies must be answered 401, 403 or 404 — anything else is an unexpected success; a call it allows must get
 * past authorization (not 401/403/404, and no server error). Refused calls must leave every row of company A as it
 * was. All mismatches are collected and reported together.
 */
@IntegrationTest
class ApiAccessMatrixIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ApplicationContext context;

	@Test
	void everyOperationTimesEveryActorAnswersAsTheTableSays() throws Exception {
		long started = System.nanoTime();
		Map<String, AccessMatrixTable.Row> table = AccessMatrixTable.load();
		MatrixActors actors = new MatrixActors(context, fixtures);
		String document = mvc.perform(get("/v3/api-docs").with(Fixtures.as(actors.a.hr())))
			.andReturn()
			.getResponse()
			.getContentAsString();
		Set<String> documented = documentedOperations(document);
		List<String> problems = new ArrayList<>(coverage(table, documented));
		MatrixObjects objects = new MatrixObjects(context, actors.a);
		objects.add("import", importJob(actors.a));
		MatrixCalls calls = new MatrixCalls(quietMockMvc(), actors, objects, document);
		List<AccessMatrixTable.Row> rows = table.values().stream().filter(row -> documented.contains(row.operation()))
			.toList();

		long setUp = System.nanoTime();
		// refused calls first, all on the shared objects: afterwards company A must be exactly as before
		Map<String, String> before = CompanySnapshot.of(jdbc, actors.a.id());
		int denied = callAll(rows, false, actors, calls, problems);
		Map<String, String> after = CompanySnapshot.of(jdbc, actors.a.id());
		before.forEach((tableName, rowsBefore) -> {
			if (!rowsBefore.equals(after.get(tableName))) {
				problems.add("refused calls changed table " + tableName + ": " + rowsBefore + " → " + after.get(tableName));
			}
		});
		long refusals = System.nanoTime();
		// then the allowed calls, each changing call on a fresh object
		int allowed = callAll(rows, true, actors, calls, problems);
		long end = System.nanoTime();
		Files.writeString(Path.of("target", "api-access-matrix-result.txt"), "operations=" + rows.size() + " denied="
				+ denied + " allowed=" + allowed + " seconds: set-up=" + (setUp - started) / 1_000_000_000 + " refusals="
				+ (refusals - setUp) / 1_000_000_000 + " allowed=" + (end - refusals) / 1_000_000_000 + "\n"
				+ String.join("\n", problems) + "\n");
		Files.write(Path.of("target", "api-access-matrix-answers.txt"), answers);
		assertThat(denied + allowed).isEqualTo(rows.size() * (AccessMatrixTable.ACTORS.size() + 1));
		assertThat(problems).as("access matrix mismatches (" + rows.size() + " operations, " + denied + " refusals, "
				+ allowed + " allowed calls)").isEmpty();
	}

	/** Makes every call the table expects to be allowed (or refused), judges each answer; the number of calls. */
	private int callAll(List<AccessMatrixTable.Row> rows, boolean allow, MatrixActors actors, MatrixCalls calls,
			List<String> problems) throws Exception {
		int count = 0;
		for (AccessMatrixTable.Row row : rows) {
			for (String actor : AccessMatrixTable.ACTORS) {
				if (row.allowed().get(actor) == allow) {
					count++;
					judge(problems, row, actor, allow, calls.call(row, actors.session(actor), allow));
				}
			}
			if ((row.keyScope() != null) == allow) {
				count++;
				// a refusal is tried with a key holding every key scope, an allowed call with just the one it needs
				judge(problems, row, "api-key", allow, calls.call(row, actors.key(allow ? row.keyScope() : "ALL"), allow));
			}
		}
		return count;
	}

	/**
	 * MockMvc as the application's test configuration builds it (every filter, Spring Security), but without
	 * recording each exchange for printing on failure: 2,310 exchanges would be formatted for nothing, since the
	 * failure lists the mismatches itself.
	 */
	private MockMvc quietMockMvc() {
		DefaultMockMvcBuilder builder = MockMvcBuilders.webAppContextSetup((WebApplicationContext) context);
		SpringBootMockMvcBuilderCustomizer filters = new SpringBootMockMvcBuilderCustomizer((WebApplicationContext) context);
		filters.setAddFilters(true);
		filters.setPrint(MockMvcPrint.NONE);
		filters.customize(builder);
		context.getBeanProvider(MockMvcBuilderCustomizer.class)
			.orderedStream()
			.filter(customizer -> !(customizer instanceof SpringBootMockMvcBuilderCustomizer))
			.forEach(customizer -> customizer.customize(builder));
		return builder.build();
	}

	/** A dry-run employee import of company A's, which only the API starts. */
	private UUID importJob(Fixtures.Company a) throws Exception {
		String job = mvc.perform(multipart("/api/v1/imports/employees")
			.file(new MockMultipartFile("file", "a.csv", "text/csv",
					"Employee no.,Name,Org unit code\nA-77,Ada,SALES\n".getBytes(StandardCharsets.UTF_8)))
			.param("dryRun", "true")
			.with(Fixtures.as(a.hr()))
			.with(csrf())).andReturn().getResponse().getContentAsString();
		return UUID.fromString(JsonPath.read(job, "$.id"));
	}

	/** Every answer, for the record in target/: an allowed call answered 400 got no further than validation. */
	private final List<String> answers = new ArrayList<>();

	private void judge(List<String> problems, AccessMatrixTable.Row row, String actor, boolean allow, int status) {
		answers.add(status + " " + (allow ? "allow " : "deny ") + row.operation() + " " + actor);
		boolean refused = status == 401 || status == 403 || status == 404
				|| (!allow && row.denyAlso() != null && row.denyAlso() == status);
		if (!allow && !refused) {
			problems.add(row.operation() + " " + actor + ": expected deny, got " + status
					+ (status < 400 ? " (UNEXPECTED SUCCESS)" : ""));
		}
		else if (allow && (refused || status >= 500)) {
			problems.add(row.operation() + " " + actor + ": expected allow, got " + status);
		}
	}

	private static Set<String> documentedOperations(String document) {
		Map<String, Map<String, Object>> paths = JsonPath.read(document, "$.paths");
		Set<String> operations = new TreeSet<>();
		paths.forEach((path, item) -> item.keySet()
			.stream()
			.filter(method -> Set.of("get", "post", "put", "patch", "delete").contains(method))
			.forEach(method -> operations.add(method.toUpperCase(Locale.ROOT) + " " + path)));
		return operations;
	}

	/** Operations the table lacks (a new endpoint) and rows the document lacks (a removed one). */
	private static List<String> coverage(Map<String, AccessMatrixTable.Row> table, Set<String> documented)
			throws Exception {
		List<String> problems = new ArrayList<>();
		List<String> missing = documented.stream().filter(operation -> !table.containsKey(operation)).toList();
		missing.forEach(operation -> problems.add(operation + ": not in api-access-matrix.csv"));
		table.keySet().stream().filter(operation -> !documented.contains(operation))
			.forEach(operation -> problems.add(operation + ": in api-access-matrix.csv but not in the OpenAPI document"));
		// a starting point for the new rows: every cell must still be decided by reading the code
		Files.createDirectories(Path.of("target"));
		Files.write(Path.of("target", "api-access-matrix-missing.csv"),
				missing.stream().map(operation -> operation.replace(' ', ',') + ",TODO").toList());
		return problems;
	}
}
