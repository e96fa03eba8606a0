package io.lodestar.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import io.lodestar.platform.privacy.DataKind;
import io.lodestar.platform.security.TokenScope;
import io.lodestar.test.Api;
import io.lodestar.test.Fixtures;
import io.lodestar.test.IntegrationTest;

/** Audited reads, download my data and the retention job (PIPL). */
@IntegrationTest
class PrivacyIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	RetentionJob retention;

	private long reads(UUID tenant, UUID actor) {
		return new PrivacyTestData(jdbc).count("select count(*) from platform_audit_event where tenant_id = ? "
				+ "and actor_user_id = ? and action = 'READ'", tenant, actor);
	}

	@Test
	void readingAColleaguesProfileIsAuditedButReadingOnesOwnIsNot() throws Exception {
		var company = fixtures.company();
		var me = company.employee();
		mvc.perform(get("/people/" + me.employeeId()).with(Fixtures.as(me))).andExpect(status().isOk());
		mvc.perform(get("/api/v1/employees/" + me.employeeId()).with(Fixtures.as(me))).andExpect(status().isOk());
		assertThat(reads(company.id(), me.userId())).isZero();

		mvc.perform(get("/people/" + company.colleague().employeeId()).with(Fixtures.as(me))).andExpect(status().isOk());
		assertThat(reads(company.id(), me.userId())).isEqualTo(1);
		var entry = jdbc.sql("select entity_type, entity_id, actor_name from platform_audit_event "
				+ "where tenant_id = :t and actor_user_id = :u and action = 'READ'")
			.param("t", company.id()).param("u", me.userId())
			.query((row, n) -> row.getString(1) + "|" + row.getString(2) + "|" + row.getString(3)).single();
		assertThat(entry).isEqualTo("contact-details|" + company.colleague().employeeId() + "|" + me.email());

		// HR reading someone's attendance month over the API: one more entry, about that person
		mvc.perform(get("/api/v1/attendance/people/" + company.colleague().employeeId()).with(Fixtures.as(company.hr())))
			.andExpect(status().isOk());
		assertThat(jdbc.sql("select entity_type from platform_audit_event where tenant_id = :t and actor_user_id = :u "
				+ "and action = 'READ'").param("t", company.id()).param("u", company.hr().userId())
			.query(String.class).list()).containsExactly("attendance-days");
	}

	@Test
	void aListOfManyPeopleIsOneAuditEntryNamingThemAll() throws Exception {
		var company = fixtures.company();
		mvc.perform(get("/api/v1/attendance/team").with(Fixtures.as(company.manager()))).andExpect(status().isOk());
		var after = jdbc.sql("select after_state from platform_audit_event where tenant_id = :t and actor_user_id = :u "
				+ "and action = 'READ'").param("t", company.id()).param("u", company.manager().userId())
			.query(String.class).list();
		assertThat(after).hasSize(1);
		assertThat(after.get(0)).contains(company.employee().employeeId().toString(),
				company.colleague().employeeId().toString());
	}

	@Test
	void myDataHoldsMyRowsAndNobodyElses() throws Exception {
		var a = fixtures.company();
		var b = fixtures.company();
		var data = new PrivacyTestData(jdbc);
		UUID deviceA = data.device(a.id());
		UUID deviceB = data.device(b.id());
		data.map(a.id(), "1001", a.employee().employeeId());
		data.map(a.id(), "1002", a.colleague().employeeId());
		data.map(b.id(), "1001", b.employee().employeeId());
		data.punch(a.id(), deviceA, "1001", 2, "mine");
		data.punch(a.id(), deviceA, "1002", 2, "colleague");
		data.punch(b.id(), deviceB, "1001", 2, "other company");

		byte[] zip = mvc.perform(get("/privacy/my-data.zip").with(Fixtures.as(a.employee())))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsByteArray();
		Map<String, String> files = unzip(zip);
		assertThat(files).containsKeys("manifest.json", "contact-details.json", "contact-details.csv",
				"attendance-punches.json", "goals.json", "performance-scores.json", "appraisal-results.json",
				"feedback.json", "recognition.json");
		assertThat(files.get("contact-details.json")).contains(a.employee().email())
			.doesNotContain(a.colleague().email());
		assertThat(files.get("attendance-punches.csv").lines().count()).as("header and my one punch").isEqualTo(2);
		String everything = String.join("\n", files.values());
		for (var other : new Fixtures.Person[] { a.colleague(), b.employee(), b.colleague() }) {
			assertThat(everything).doesNotContain(other.email()).doesNotContain(other.employeeId().toString());
		}
		// my manager appears only as the id in my reporting line, never with their details
		assertThat(everything).doesNotContain(a.manager().email()).doesNotContain(a.manager().name());
		assertThat(everything).doesNotContain(b.id().toString());

		// the same over the API with a token; every download is audited
		byte[] viaApi = mvc.perform(get("/api/v1/me/personal-data")
			.with(Api.bearer(fixtures.token(a.employee(), TokenScope.READ)))).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsByteArray();
		assertThat(unzip(viaApi).get("contact-details.json")).contains(a.employee().email());
		assertThat(new PrivacyTestData(jdbc).count("select count(*) from platform_audit_event where tenant_id = ? "
				+ "and action = 'DOWNLOAD_MY_DATA' and entity_id = ?", a.id(), a.employee().employeeId().toString()))
			.isEqualTo(2);
	}

	@Test
	void retentionAnonymisesLongDepartedPeopleDeletesOldPunchesAndASecondRunChangesNothing() throws Exception {
		var a = fixtures.company();
		var b = fixtures.company();
		var data = new PrivacyTestData(jdbc);
		LocalDate today = LocalDate.now();
		data.departed(a.id(), a.colleague().employeeId(), today.minusYears(4));
		data.departed(a.id(), a.employee().employeeId(), today.minusYears(1));
		data.departed(b.id(), b.colleague().employeeId(), today.minusYears(4));
		UUID device = data.device(a.id());
		data.punch(a.id(), device, "1001", 4 * 365, "old");
		data.punch(a.id(), device, "1001", 5, "recent");

		var preview = retention.run(a.id(), true, Instant.now());
		assertThat(outcome(preview, DataKind.CONTACT_DETAILS)).isEqualTo(1);
		assertThat(outcome(preview, DataKind.ATTENDANCE_PUNCHES)).isEqualTo(1);
		assertThat(name(a.id(), a.colleague().employeeId())).as("a dry run changes nothing").isEqualTo("Carl Colleague");

		var applied = retention.run(a.id(), false, Instant.now());
		assertThat(outcome(applied, DataKind.CONTACT_DETAILS)).isEqualTo(1);
		assertThat(outcome(applied, DataKind.ATTENDANCE_PUNCHES)).isEqualTo(1);
		var anonymised = jdbc.sql("select name, employee_no, email, phone, anonymised_at from people_employee "
				+ "where tenant_id = :t and id = :id").param("t", a.id()).param("id", a.colleague().employeeId())
			.query((row, n) -> new Object[] { row.getString(1), row.getString(2), row.getString(3), row.getString(4),
					row.getTimestamp(5) }).single();
		assertThat((String) anonymised[0]).startsWith("X-").doesNotContain("Carl");
		assertThat(anonymised[2]).isNull();
		assertThat(anonymised[3]).isNull();
		assertThat(anonymised[4]).isNotNull();
		assertThat(jdbc.sql("select email from account_user where id = :u").param("u", a.colleague().userId())
			.query(String.class).single()).doesNotContain("carl");
		assertThat(name(a.id(), a.employee().employeeId())).as("left only a year ago").isEqualTo("Emma Employee");
		assertThat(name(a.id(), a.manager().employeeId())).isEqualTo("Max Manager");
		assertThat(name(b.id(), b.colleague().employeeId())).as("another company's run").isEqualTo("Carl Colleague");
		assertThat(jdbc.sql("select raw_line from attendance_punch where tenant_id = :t").param("t", a.id())
			.query(String.class).list()).containsExactly("recent");
		assertThat(data.count("select count(*) from platform_audit_event where tenant_id = ? and action = 'RETENTION'",
				a.id())).isEqualTo(2);

		var again = retention.run(a.id(), false, Instant.now());
		assertThat(again).allMatch(outcome -> outcome.count() == 0);
		assertThat(data.count("select count(*) from platform_audit_event where tenant_id = ? and action = 'RETENTION'",
				a.id())).as("nothing to do, nothing audited").isEqualTo(2);
	}

	@Test
	void hrSetsRetentionWithinTheLegalMinimumAndTheJobFollowsIt() throws Exception {
		var company = fixtures.company();
		String token = fixtures.token(company.hr(), TokenScope.READ, TokenScope.WRITE);
		mvc.perform(put("/api/v1/privacy/retention/ATTENDANCE_PUNCHES").with(Api.bearer(token))
			.contentType("application/json").content("{\"keepDays\": 30}"))
			.andExpect(status().isUnprocessableContent());
		mvc.perform(put("/api/v1/privacy/retention/ATTENDANCE_PUNCHES").with(Api.bearer(fixtures.token(
				company.employee(), TokenScope.READ, TokenScope.WRITE)))
			.contentType("application/json").content("{\"keepDays\": 800}")).andExpect(status().isForbidden());
		assertThat(new PrivacyTestData(jdbc).count("select count(*) from privacy_retention_rule where tenant_id = ?",
				company.id())).isZero();

		mvc.perform(put("/api/v1/privacy/retention/ATTENDANCE_PUNCHES").with(Api.bearer(token))
			.contentType("application/json").content("{\"keepDays\": 800}")).andExpect(status().isOk());
		var data = new PrivacyTestData(jdbc);
		UUID device = data.device(company.id());
		data.punch(company.id(), device, "1001", 900, "past 800 days");
		assertThat(outcome(retention.run(company.id(), false, Instant.now()), DataKind.ATTENDANCE_PUNCHES)).isEqualTo(1);

		mvc.perform(get("/admin/privacy").with(Fixtures.as(company.hr()))).andExpect(status().isOk());
		mvc.perform(get("/admin/privacy?preview=true").with(Fixtures.as(company.hr()))).andExpect(status().isOk());
		mvc.perform(get("/admin/privacy").with(Fixtures.as(company.employee()))).andExpect(status().isForbidden());
	}

	private String name(UUID tenant, UUID employee) {
		return jdbc.sql("select name from people_employee where tenant_id = :t and id = :id").param("t", tenant)
			.param("id", employee).query(String.class).single();
	}

	private static int outcome(java.util.List<RetentionJob.Outcome> outcomes, DataKind kind) {
		return outcomes.stream().filter(outcome -> outcome.kind() == kind).findFirst().orElseThrow().count();
	}

	private static Map<String, String> unzip(byte[] zip) throws IOException {
		Map<String, String> files = new HashMap<>();
		try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip), StandardCharsets.UTF_8)) {
			for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
				files.put(entry.getName(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
			}
		}
		return files;
	}

}
