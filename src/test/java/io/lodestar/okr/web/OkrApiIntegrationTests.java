package io.lodestar.okr.web;

import static io.lodestar.okr.web.OkrApi.body;
import static io.lodestar.okr.web.OkrApi.read;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import io.lodestar.test.Fixtures;
import io.lodestar.test.IntegrationTest;

/**
 * The OKR lifecycle over the API, as in the R&D engineer scenario: an employee drafts, the manager suggests a
 * key result and the employee accepts it, weights must make 100 % to submit, the manager approves (the level
 * above; nobody else), check-ins move progress (decreasing key results included) and are idempotent when
 * pushed, a mid-cycle change needs approval and keeps history, private objectives stay private, and a stale
 * version is a conflict that changes nothing.
 */
@IntegrationTest
class OkrApiIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	JdbcClient jdbc;

	OkrApi api;

	String cycle;

	@BeforeEach
	void company() throws Exception {
		api = new OkrApi(mvc, fixtures);
		cycle = api.quarter("2026 Q4", "2026-10-01");
	}

	@Test
	void coCreationSuggestionReviewAndApproval() throws Exception {
		String objective = api.rdObjective(cycle);
		api.get("/api/v1/okr/objectives/" + objective, api.employee)
			.andExpect(jsonPath("$.reviewState").value("DRAFT"))
			.andExpect(jsonPath("$.weightSum").value(80))
			.andExpect(jsonPath("$.keyResults[0].direction").value("DECREASE"))
			.andExpect(jsonPath("$.can.edit").value(true))
			.andExpect(jsonPath("$.can.review").value(false));
		// weights make 80 %: a warning while drafting, refused at submit
		api.send(post("/api/v1/okr/objectives/" + objective + "/submit"), api.employee, "{}")
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("keyResults"))
			.andExpect(jsonPath("$.errors[0].message", containsString("80")));
		// the manager suggests a key result; a colleague may comment but not suggest
		String suggestion = """
				{"body": "Add the user-test pass rate", "suggestion": "ADD_KEY_RESULT",
				 "suggestedTitle": "User-test pass rate 80 % → 95 %", "suggestedStart": 80, "suggestedTarget": 95,
				 "suggestedUnit": "%"}""";
		api.send(post("/api/v1/okr/objectives/" + objective + "/comments"), api.colleague, suggestion)
			.andExpect(status().isForbidden());
		String commentId = read(api.send(post("/api/v1/okr/objectives/" + objective + "/comments"), api.manager,
				suggestion).andExpect(status().isCreated()).andExpect(jsonPath("$.state").value("OPEN")), "$.id");
		api.send(post("/api/v1/okr/objectives/" + objective + "/comments/" + commentId + "/decision"), api.employee,
				"{\"accept\": true}")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.state").value("ACCEPTED"));
		api.get("/api/v1/okr/objectives/" + objective, api.employee)
			.andExpect(jsonPath("$.keyResults", hasSize(3)))
			.andExpect(jsonPath("$.keyResults[2].title").value("User-test pass rate 80 % → 95 %"))
			.andExpect(jsonPath("$.weightSum").value(100));
		// deciding twice is refused
		api.send(post("/api/v1/okr/objectives/" + objective + "/comments/" + commentId + "/decision"), api.employee,
				"{\"accept\": false}")
			.andExpect(status().isConflict());

		long version = ((Number) read(api.get("/api/v1/okr/objectives/" + objective, api.employee), "$.version"))
			.longValue();
		api.send(post("/api/v1/okr/objectives/" + objective + "/submit"), api.employee, "{\"version\": " + version + "}")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.reviewState").value("SUBMITTED"));
		// nobody approves their own objective; a colleague is not the level above
		api.send(post("/api/v1/okr/objectives/" + objective + "/approve"), api.employee, "{}")
			.andExpect(status().isForbidden());
		api.send(post("/api/v1/okr/objectives/" + objective + "/approve"), api.colleague, "{}")
			.andExpect(status().isForbidden());
		// returning needs a reason; an old version is a conflict
		api.send(post("/api/v1/okr/objectives/" + objective + "/return"), api.manager, "{\"note\": \" \"}")
			.andExpect(status().isUnprocessableContent());
		api.send(post("/api/v1/okr/objectives/" + objective + "/approve"), api.manager, "{\"version\": " + version + "}")
			.andExpect(status().isConflict());
		api.send(post("/api/v1/okr/objectives/" + objective + "/approve"), api.manager, "{\"note\": \"Good plan\"}")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.reviewState").value("APPROVED"));
		String history = body(api.get("/api/v1/okr/objectives/" + objective + "/history", api.employee));
		assertThat(com.jayway.jsonpath.JsonPath.<List<String>>read(history, "$[*].event")).contains("DRAFTED",
				"SUGGESTED", "SUGGESTION_ACCEPTED", "SUBMITTED", "APPROVED");
		assertThat(com.jayway.jsonpath.JsonPath.<List<String>>read(history, "$[?(@.event == 'APPROVED')].actorName"))
			.containsExactly("Max Manager");
		// the employee heard of the approval, the manager of the submission
		assertThat(notifications(api.company.employee().employeeId(), "okr.notice.approved")).isEqualTo(1);
		assertThat(notifications(api.company.manager().employeeId(), "okr.notice.submitted")).isEqualTo(1);
	}

	@Test
	void checkInsMoveProgressAndPushedOnesAreIdempotent() throws Exception {
		String objective = approved(api.rdObjective(cycle), "50", "50");
		String responseTime = read(api.get("/api/v1/okr/objectives/" + objective, api.employee), "$.keyResults[0].id");
		String bugs = read(api.get("/api/v1/okr/objectives/" + objective, api.employee), "$.keyResults[1].id");
		// 800 → 680 ms towards 640 ms: (680 − 800) / (640 − 800) = 0.75
		api.send(post("/api/v1/okr/key-results/" + responseTime + "/check-ins"), api.employee,
				"{\"value\": 680, \"confidence\": 7, \"narrative\": \"Caching landed\"}")
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.progress").value(0.75));
		// a push from the CI system, twice with the same key: one check-in
		// behind the expected pace (off track): a narrative is required
		String push = """
				{"value": 85, "confidence": 7, "narrative": "Nightly run", "idempotencyKey": "ci-run-4711",
				 "sourceRef": "ci/4711"}""";
		String first = read(api.send(post("/api/v1/okr/key-results/" + bugs + "/check-ins"), api.employee, push)
			.andExpect(status().isCreated()), "$.id");
		String again = read(api.send(post("/api/v1/okr/key-results/" + bugs + "/check-ins"), api.employee, push)
			.andExpect(status().isCreated()), "$.id");
		assertThat(again).isEqualTo(first);
		assertThat(jdbc.sql("select count(*) from okr_check_in where tenant_id = :t and key_result_id = :kr")
			.param("t", api.company.id()).param("kr", UUID.fromString(bugs)).query(Long.class).single()).isEqualTo(1);
		// (85 − 100) / (70 − 100) = 0.5; the objective is the weighted mean (0.75 + 0.5) / 2
		api.get("/api/v1/okr/objectives/" + objective, api.colleague)
			.andExpect(jsonPath("$.keyResults[1].progress").value(0.5))
			.andExpect(jsonPath("$.keyResults[1].current").value(85))
			.andExpect(jsonPath("$.progress").value(0.625));
		// confidence falls without a word: refused; a colleague cannot check in for someone else
		api.send(post("/api/v1/okr/key-results/" + bugs + "/check-ins"), api.employee, "{\"value\": 84, \"confidence\": 4}")
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("narrative"));
		api.send(post("/api/v1/okr/key-results/" + bugs + "/check-ins"), api.colleague, "{\"value\": 84, \"confidence\": 8}")
			.andExpect(status().isForbidden());
		api.send(post("/api/v1/okr/key-results/" + bugs + "/check-ins"), api.employee,
				"{\"value\": 84, \"confidence\": 4, \"narrative\": \"Two regressions\", \"helpNeeded\": \"A tester\"}")
			.andExpect(status().isCreated());
		api.get("/api/v1/okr/cycles/" + cycle + "/team", api.manager)
			.andExpect(jsonPath("$[1].name").value("Emma Employee"))
			.andExpect(jsonPath("$[1].keyResults[1].recent.helpNeeded").value("A tester"))
			.andExpect(jsonPath("$[1].keyResults[1].confidenceBefore").isEmpty())
			.andExpect(jsonPath("$[0].overdue").value(false));
	}

	@Test
	void aKeyResultChangedMidCycleKeepsEveryVersion() throws Exception {
		String objective = approved(api.rdObjective(cycle), "50", "50");
		String followers = read(api.get("/api/v1/okr/objectives/" + objective, api.employee), "$.keyResults[1].id");
		api.send(post("/api/v1/okr/key-results/" + followers + "/check-ins"), api.employee,
				"{\"value\": 85, \"confidence\": 6, \"narrative\": \"Slow month\"}")
			.andExpect(status().isCreated());
		String revision = """
				{"keyResult": {"title": "Offline-event participants +50,000", "type": "METRIC", "start": 0,
				 "target": 50000, "unit": "people", "weight": 50}, "effectiveFrom": "2026-11-01",
				 "currentValue": 10000, "reason": "Social media growth stalled"}""";
		api.send(post("/api/v1/okr/key-results/" + followers + "/revisions"), api.employee, revision)
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.number").value(2))
			.andExpect(jsonPath("$.state").value("PROPOSED"));
		// one change at a time; only the reviewer decides
		api.send(post("/api/v1/okr/key-results/" + followers + "/revisions"), api.employee, revision)
			.andExpect(status().isConflict());
		api.send(post("/api/v1/okr/key-results/" + followers + "/revisions/2/decision"), api.employee,
				"{\"approve\": true}")
			.andExpect(status().isForbidden());
		api.send(post("/api/v1/okr/key-results/" + followers + "/revisions/2/decision"), api.manager,
				"{\"approve\": true}")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.state").value("APPROVED"));
		api.get("/api/v1/okr/key-results/" + followers + "/versions", api.colleague)
			.andExpect(jsonPath("$", hasSize(2)))
			.andExpect(jsonPath("$[0].title").value("Open bugs 100 → 70"))
			.andExpect(jsonPath("$[1].reason").value("Social media growth stalled"));
		api.get("/api/v1/okr/objectives/" + objective, api.employee)
			.andExpect(jsonPath("$.keyResults[1].title").value("Offline-event participants +50,000"))
			.andExpect(jsonPath("$.keyResults[1].versionNumber").value(2));
		// progress counts each version over its days: v1 (0.5) from Oct 1, v2 (0.2) from Nov 1 to today
		Number progress = read(api.get("/api/v1/okr/objectives/" + objective, api.employee), "$.keyResults[1].progress");
		assertThat(progress.doubleValue()).isStrictlyBetween(0.2, 0.5);
	}

	@Test
	void privateObjectivesAreSeenOnlyByTheOwnerTheirManagersAndHr() throws Exception {
		String objective = read(api.send(post("/api/v1/okr/objectives"), api.employee, """
				{"cycleId": "%s", "ownerType": "EMPLOYEE", "ownerId": "%s", "title": "Find a new role",
				 "visibility": "PRIVATE", "keyResults": [{"title": "Two interviews", "type": "MILESTONE", "weight": 100}]}"""
			.formatted(cycle, api.company.employee().employeeId())).andExpect(status().isCreated()), "$.id");
		api.get("/api/v1/okr/objectives/" + objective, api.manager).andExpect(status().isOk());
		api.get("/api/v1/okr/objectives/" + objective, api.hr).andExpect(status().isOk());
		api.get("/api/v1/okr/objectives/" + objective, api.colleague).andExpect(status().isNotFound());
		// the executive heads the manager: in the chain
		api.get("/api/v1/okr/objectives/" + objective, api.executive).andExpect(status().isOk());
		api.get("/api/v1/okr/objectives?cycleId=" + cycle, api.colleague).andExpect(jsonPath("$", hasSize(0)));
		// a public objective is open to the whole company
		api.rdObjective(cycle);
		api.get("/api/v1/okr/objectives?cycleId=" + cycle, api.colleague).andExpect(jsonPath("$", hasSize(1)));
		api.get("/api/v1/okr/objectives?cycleId=" + cycle, api.manager).andExpect(jsonPath("$", hasSize(2)));
	}

	@Test
	void theSecondOfTwoConcurrentEditsIsAConflictAndChangesNothing() throws Exception {
		String objective = api.rdObjective(cycle);
		String read = body(api.get("/api/v1/okr/objectives/" + objective, api.employee));
		long version = ((Number) com.jayway.jsonpath.JsonPath.read(read, "$.version")).longValue();
		String edit = """
				{"cycleId": "%s", "ownerType": "EMPLOYEE", "ownerId": "%s", "title": "%s", "version": %d,
				 "keyResults": [{"title": "Response time 800 ms → 640 ms", "type": "METRIC", "start": 800,
				   "target": 640, "unit": "ms", "weight": 100}]}""";
		api.send(put("/api/v1/okr/objectives/" + objective), api.employee,
				edit.formatted(cycle, api.company.employee().employeeId(), "Faster product", version))
			.andExpect(status().isOk());
		api.send(put("/api/v1/okr/objectives/" + objective), api.manager,
				edit.formatted(cycle, api.company.employee().employeeId(), "Manager's wording", version))
			.andExpect(status().isConflict());
		api.get("/api/v1/okr/objectives/" + objective, api.employee)
			.andExpect(jsonPath("$.title").value("Faster product"))
			.andExpect(jsonPath("$.keyResults", hasSize(1)));
	}

	@Test
	void cyclesAreSetByHrAndRejectNonsense() throws Exception {
		api.send(post("/api/v1/okr/cycles"), api.manager, "{\"name\": \"X\", \"cadence\": \"MONTH\", \"startsOn\": \"2026-11-01\"}")
			.andExpect(status().isForbidden());
		api.send(post("/api/v1/okr/cycles"), api.hr, "{\"name\": \"Across\", \"cadence\": \"QUARTER\", \"startsOn\": \"2026-12-01\"}")
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("endsOn"));
		api.send(post("/api/v1/okr/cycles"), api.hr, "{\"name\": \"2026 Q4\", \"cadence\": \"QUARTER\", \"startsOn\": \"2026-10-01\"}")
			.andExpect(status().isConflict());
		api.get("/api/v1/okr/cycles/" + cycle, api.employee)
			.andExpect(jsonPath("$.endsOn").value("2026-12-31"))
			.andExpect(jsonPath("$.draftingEndsOn").value("2026-10-14"))
			.andExpect(jsonPath("$.closingStartsOn").value("2026-12-25"))
			.andExpect(jsonPath("$.checkInDays").value(7));
	}

	@Test
	void badDraftsAreRefusedWithTheFieldAndStoreNothing() throws Exception {
		String body = """
				{"cycleId": "%s", "ownerType": "EMPLOYEE", "ownerId": "%s", "title": "%s", "keyResults": [%s]}""";
		String owner = api.company.employee().employeeId().toString();
		String milestone = "{\"title\": \"%s\", \"type\": \"MILESTONE\", \"weight\": 20}";
		api.send(post("/api/v1/okr/objectives"), api.employee, body.formatted(cycle, owner, " ", milestone.formatted("A")))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("title"));
		api.send(post("/api/v1/okr/objectives"), api.employee, body.formatted(cycle, owner, "Six", String.join(",",
				java.util.stream.Stream.of("A", "B", "C", "D", "E", "F").map(milestone::formatted).toList())))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("keyResults"));
		api.send(post("/api/v1/okr/objectives"), api.employee, body.formatted(cycle, owner, "Twice",
				milestone.formatted("Same") + "," + milestone.formatted("same")))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("keyResults[1].title"));
		api.send(post("/api/v1/okr/objectives"), api.employee, body.formatted(cycle, owner, "Flat",
				"{\"title\": \"Flat\", \"type\": \"METRIC\", \"start\": 5, \"target\": 5, \"weight\": 100}"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.code").value("okr.kr.target.equals-start"));
		api.rdObjective(cycle);
		api.send(post("/api/v1/okr/objectives"), api.employee, body.formatted(cycle, owner,
				"optimise product performance", milestone.formatted("A")))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.errors[0].field").value("title"));
		// a colleague may not draft for the employee: refused as such, without learning that the title is taken
		api.send(post("/api/v1/okr/objectives"), api.colleague, body.formatted(cycle, owner,
				"optimise product performance", milestone.formatted("A")))
			.andExpect(status().isForbidden());
		assertThat(jdbc.sql("select count(*) from okr_objective where tenant_id = :t").param("t", api.company.id())
			.query(Long.class).single()).isEqualTo(1);
		// confidence outside 0-10, a check-in dated outside the cycle
		String approved = approved(objectiveIn(cycle, "Ship faster"), "100");
		String kr = read(api.get("/api/v1/okr/objectives/" + approved, api.employee), "$.keyResults[0].id");
		api.send(post("/api/v1/okr/key-results/" + kr + "/check-ins"), api.employee, "{\"value\": 700, \"confidence\": 11}")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("confidence"));
		api.send(post("/api/v1/okr/key-results/" + kr + "/check-ins"), api.employee,
				"{\"value\": 700, \"confidence\": 8, \"checkedOn\": \"2026-09-30\"}")
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("checkedOn"));
		assertThat(jdbc.sql("select count(*) from okr_check_in where tenant_id = :t").param("t", api.company.id())
			.query(Long.class).single()).isZero();
	}

	private String objectiveIn(String cycle, String title) throws Exception {
		return read(api.send(post("/api/v1/okr/objectives"), api.employee, """
				{"cycleId": "%s", "ownerType": "EMPLOYEE", "ownerId": "%s", "title": "%s",
				 "keyResults": [{"title": "Response time 800 ms → 640 ms", "type": "METRIC", "start": 800,
				   "target": 640, "weight": 100}]}""".formatted(cycle, api.company.employee().employeeId(), title))
			.andExpect(status().isCreated()), "$.id");
	}

	@Test
	void childObjectivesCountInTheParentOnlyWhenItSaysSo() throws Exception {
		String parent = read(api.send(post("/api/v1/okr/objectives"), api.executive, """
				{"cycleId": "%s", "ownerType": "COMPANY", "title": "Raise user satisfaction 30 %%",
				 "includeChildObjectives": %s,
				 "keyResults": [{"title": "Survey done", "type": "MILESTONE", "weight": 100}]}""".formatted(cycle, "false"))
			.andExpect(status().isCreated()), "$.id");
		String child = approved(api.rdObjective(cycle), "50", "50");
		api.send(put("/api/v1/okr/objectives/" + child + "/alignment"), api.employee,
				"{\"parentId\": \"" + parent + "\", \"weight\": 1}").andExpect(status().isOk());
		String speed = read(api.get("/api/v1/okr/objectives/" + child, api.employee), "$.keyResults[0].id");
		api.send(post("/api/v1/okr/key-results/" + speed + "/check-ins"), api.employee,
				"{\"value\": 640, \"confidence\": 9}").andExpect(status().isCreated());
		// the child is at 50 %; the parent counts only its own (unchecked) key result
		api.get("/api/v1/okr/objectives/" + child, api.employee).andExpect(jsonPath("$.progress").value(0.5));
		api.get("/api/v1/okr/objectives/" + parent, api.employee).andExpect(jsonPath("$.progress").isEmpty());
		long version = ((Number) read(api.get("/api/v1/okr/objectives/" + parent, api.executive), "$.version")).longValue();
		api.send(put("/api/v1/okr/objectives/" + parent), api.executive, """
				{"cycleId": "%s", "ownerType": "COMPANY", "title": "Raise user satisfaction 30 %%", "version": %d,
				 "includeChildObjectives": true,
				 "keyResults": [{"id": "%s", "title": "Survey done", "type": "MILESTONE", "weight": 100}]}"""
			.formatted(cycle, version, read(api.get("/api/v1/okr/objectives/" + parent, api.executive), "$.keyResults[0].id")))
			.andExpect(status().isOk());
		// now the child counts: it is the only contributor with progress
		api.get("/api/v1/okr/objectives/" + parent, api.employee).andExpect(jsonPath("$.progress").value(0.5));
	}

	@Test
	void eachOrgUnitChoosesKpisOkrsOrBoth() throws Exception {
		String team = api.company.teamUnit().toString();
		String period = read(api.get("/api/v1/okr/cycles/" + cycle, api.employee), "$.periodId");
		String kpi = """
				{"title": "Sales", "ownerType": "EMPLOYEE", "ownerId": "%s", "periodId": "%s",
				 "config": {"direction": "AT_LEAST", "method": "RATIO", "aggregation": "SUM", "frequency": "MONTH",
				            "target": 100, "weight": 100}}""".formatted(api.company.employee().employeeId(), period);
		// the sales department takes OKRs only; its team inherits that
		api.send(put("/api/v1/okr/unit-modes/" + api.company.salesUnit()), api.manager, "{\"mode\": \"OKR\"}")
			.andExpect(status().isForbidden());
		api.send(put("/api/v1/okr/unit-modes/" + api.company.salesUnit()), api.hr, "{\"mode\": \"OKR\"}")
			.andExpect(status().isOk());
		api.send(post("/api/v1/kpis"), api.hr, kpi)
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.code").value("goals.goal.unit-okr-only"));
		api.rdObjective(cycle);
		// the team itself switches to KPIs only: objectives are refused, KPIs taken
		api.send(put("/api/v1/okr/unit-modes/" + team), api.hr, "{\"mode\": \"KPI\"}").andExpect(status().isOk());
		api.send(post("/api/v1/okr/objectives"), api.employee, """
				{"cycleId": "%s", "ownerType": "EMPLOYEE", "ownerId": "%s", "title": "X",
				 "keyResults": [{"title": "X", "type": "MILESTONE", "weight": 100}]}"""
			.formatted(cycle, api.company.employee().employeeId()))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.code").value("okr.objective.unit-kpi-only"));
		api.send(post("/api/v1/kpis"), api.hr, kpi).andExpect(status().isCreated());
		// back to inheriting: OKR only again
		api.send(put("/api/v1/okr/unit-modes/" + team), api.hr, "{\"mode\": null}").andExpect(status().isOk());
		api.send(post("/api/v1/kpis"), api.hr, kpi).andExpect(status().isUnprocessableContent());
	}

	/** Drafts, sets the weights, submits and has the manager approve. */
	String approved(String objective, String... weights) throws Exception {
		String json = body(api.get("/api/v1/okr/objectives/" + objective, api.employee));
		List<String> ids = com.jayway.jsonpath.JsonPath.read(json, "$.keyResults[*].id");
		List<String> titles = com.jayway.jsonpath.JsonPath.read(json, "$.keyResults[*].title");
		List<Number> starts = com.jayway.jsonpath.JsonPath.read(json, "$.keyResults[*].start");
		List<Number> targets = com.jayway.jsonpath.JsonPath.read(json, "$.keyResults[*].target");
		StringBuilder krs = new StringBuilder();
		for (int i = 0; i < ids.size(); i++) {
			krs.append(i == 0 ? "" : ",").append("""
					{"id": "%s", "title": "%s", "type": "METRIC", "start": %s, "target": %s, "weight": %s}"""
				.formatted(ids.get(i), titles.get(i), starts.get(i), targets.get(i), weights[i]));
		}
		String title = com.jayway.jsonpath.JsonPath.read(json, "$.title");
		String cycleOf = com.jayway.jsonpath.JsonPath.read(json, "$.cycleId");
		api.send(put("/api/v1/okr/objectives/" + objective), api.employee, """
				{"cycleId": "%s", "ownerType": "EMPLOYEE", "ownerId": "%s", "title": "%s",
				 "keyResults": [%s]}""".formatted(cycleOf, api.company.employee().employeeId(), title, krs))
			.andExpect(status().isOk());
		api.send(post("/api/v1/okr/objectives/" + objective + "/submit"), api.employee, "{}").andExpect(status().isOk());
		api.send(post("/api/v1/okr/objectives/" + objective + "/approve"), api.manager, "{}").andExpect(status().isOk());
		return objective;
	}

	private long notifications(UUID employee, String key) {
		return jdbc.sql("select count(*) from engagement_notification where tenant_id = :t and recipient_employee_id = :e "
				+ "and message_key = :k")
			.param("t", api.company.id())
			.param("e", employee)
			.param("k", key)
			.query(Long.class)
			.single();
	}

}
