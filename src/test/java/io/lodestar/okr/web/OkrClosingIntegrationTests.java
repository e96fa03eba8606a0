package io.lodestar.okr.web;

import static io.lodestar.okr.web.OkrApi.read;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import io.lodestar.okr.CheckInReminders;
import io.lodestar.platform.security.SystemActor;
import io.lodestar.test.Fixtures;
import io.lodestar.test.IntegrationTest;

/**
 * The end of a cycle and the weekly rhythm: scores suggested from progress (another score needs a reason),
 * reflections with carry-over, closing locks everything (HR may still correct with a reason) and drafts the
 * carried objectives in the next cycle; reminders reach people who have not checked in, once per interval.
 */
@IntegrationTest
class OkrClosingIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	CheckInReminders reminders;

	OkrApi api;

	String cycle;

	String objective;

	String keyResult;

	@BeforeEach
	void approvedObjective() throws Exception {
		api = new OkrApi(mvc, fixtures);
		cycle = api.quarter("2026 Q4", "2026-10-01");
		objective = read(api.send(post("/api/v1/okr/objectives"), api.employee, """
				{"cycleId": "%s", "ownerType": "EMPLOYEE", "ownerId": "%s", "title": "Raise user satisfaction 30 %%",
				 "keyResults": [{"title": "Survey score 4.2 → 4.8", "type": "METRIC", "start": 4.2, "target": 4.8,
				   "weight": 100}]}""".formatted(cycle, api.company.employee().employeeId()))
			.andExpect(status().isCreated()), "$.id");
		keyResult = read(api.get("/api/v1/okr/objectives/" + objective, api.employee), "$.keyResults[0].id");
		api.send(post("/api/v1/okr/objectives/" + objective + "/submit"), api.employee, "{}").andExpect(status().isOk());
		api.send(post("/api/v1/okr/objectives/" + objective + "/approve"), api.manager, "{}").andExpect(status().isOk());
	}

	@Test
	void scoresReflectionsCloseAndCarryOver() throws Exception {
		// 4.2 → 4.68 of 4.8: progress 0.8, the quarter ends at 80 %
		api.send(post("/api/v1/okr/key-results/" + keyResult + "/check-ins"), api.employee,
				"{\"value\": 4.68, \"confidence\": 8}")
			.andExpect(status().isCreated());
		api.send(put("/api/v1/okr/key-results/" + keyResult + "/score"), api.employee, "{\"score\": 0.8}")
			.andExpect(status().isConflict());
		api.send(post("/api/v1/okr/cycles/" + cycle + "/phase"), api.hr, "{\"phase\": \"CLOSING\"}")
			.andExpect(status().isOk());
		api.get("/api/v1/okr/objectives/" + objective, api.employee).andExpect(jsonPath("$.can.score").value(true));
		api.send(put("/api/v1/okr/key-results/" + keyResult + "/score"), api.employee, "{\"score\": 0.75}")
			.andExpect(status().isUnprocessableContent());
		api.send(put("/api/v1/okr/key-results/" + keyResult + "/score"), api.employee, "{\"score\": 0.9}")
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("reason"));
		api.send(put("/api/v1/okr/key-results/" + keyResult + "/score"), api.employee, "{\"score\": 0.8}")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.score").value(0.8));
		api.send(put("/api/v1/okr/objectives/" + objective + "/reflection"), api.employee, """
				{"wentWell": "Survey score rose to 4.68", "wentBadly": "Complaints did not drop",
				 "reasons": "Support was slow", "carryOver": "CARRY"}""")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.carryOver").value("CARRY"));
		// carrying over needs the next cycle
		api.send(post("/api/v1/okr/cycles/" + cycle + "/close"), api.hr, "{}")
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.code").value("okr.cycle.next-needed"));
		String next = api.quarter("2027 Q1", "2027-01-01");
		api.send(post("/api/v1/okr/cycles/" + cycle + "/close"), api.manager, "{}").andExpect(status().isForbidden());
		api.send(post("/api/v1/okr/cycles/" + cycle + "/close"), api.hr, "{}")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.phase").value("CLOSED"));
		// locked: the owner cannot check in any more; HR can, with a reason that is recorded
		api.send(post("/api/v1/okr/key-results/" + keyResult + "/check-ins"), api.employee,
				"{\"value\": 4.7, \"confidence\": 8}")
			.andExpect(status().isConflict());
		api.send(post("/api/v1/okr/key-results/" + keyResult + "/check-ins"), api.hr, "{\"value\": 4.7, \"confidence\": 8}")
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("overrideReason"));
		api.send(post("/api/v1/okr/key-results/" + keyResult + "/check-ins"), api.hr,
				"{\"value\": 4.7, \"confidence\": 8, \"overrideReason\": \"Survey vendor sent late results\"}")
			.andExpect(status().isCreated());
		// the carried objective is a draft in the next cycle, going on from where it ended
		api.get("/api/v1/okr/objectives?cycleId=" + next, api.employee)
			.andExpect(jsonPath("$", hasSize(1)))
			.andExpect(jsonPath("$[0].title").value("Raise user satisfaction 30 %"))
			.andExpect(jsonPath("$[0].reviewState").value("DRAFT"))
			.andExpect(jsonPath("$[0].carriedFromId").value(objective))
			.andExpect(jsonPath("$[0].keyResults[0].start").value(4.68));
		// reopening needs a reason
		api.send(post("/api/v1/okr/cycles/" + cycle + "/reopen"), api.hr, "{\"reason\": \"\"}")
			.andExpect(status().isUnprocessableContent());
		api.send(post("/api/v1/okr/cycles/" + cycle + "/reopen"), api.hr, "{\"reason\": \"Late survey\"}")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.phase").value("CLOSING"));
		assertThat(jdbc.sql("select count(*) from platform_audit_event where tenant_id = :t and action = 'REOPEN'")
			.param("t", api.company.id()).query(Long.class).single()).isEqualTo(1);
	}

	@Test
	void peopleWhoHaveNotCheckedInAreRemindedOncePerInterval() throws Exception {
		UUID tenant = api.company.id();
		assertThat(SystemActor.runAs(tenant, () -> reminders.run(tenant))).isEqualTo(1);
		assertThat(SystemActor.runAs(tenant, () -> reminders.run(tenant))).isZero();
		assertThat(jdbc.sql("select count(*) from engagement_notification where tenant_id = :t "
				+ "and recipient_employee_id = :e and message_key = 'okr.notice.check-in-due'")
			.param("t", tenant).param("e", api.company.employee().employeeId()).query(Long.class).single()).isEqualTo(1);
		// after a check-in nobody is due
		jdbc.sql("delete from okr_reminder where tenant_id = :t").param("t", tenant).update();
		api.send(post("/api/v1/okr/key-results/" + keyResult + "/check-ins"), api.employee,
				"{\"value\": 4.6, \"confidence\": 8}")
			.andExpect(status().isCreated());
		assertThat(SystemActor.runAs(tenant, () -> reminders.run(tenant))).isZero();
	}

}
