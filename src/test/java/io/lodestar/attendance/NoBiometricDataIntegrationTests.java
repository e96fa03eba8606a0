package io.lodestar.attendance;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import io.lodestar.platform.security.SystemActor;
import io.lodestar.test.Fixtures;
import io.lodestar.test.IntegrationTest;

/**
 * PIPL: biometric data is never stored. No table has a column meant for it, and after a time clock uploads
 * fingerprint, face, palm and photo templates, no text column anywhere in the database holds their payload.
 */
@IntegrationTest
class NoBiometricDataIntegrationTests {

	/** Column names that would only exist to keep biometrics (appraisal "template" columns are forms, not biometrics). */
	private static final Pattern BIOMETRIC = Pattern.compile(
			"biometric|biodata|fingerprint|finger_|^fp_|_fp$|face|palm|iris|vein|retina|voiceprint|biophoto|userpic");

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	DeviceRegistry registry;

	@Test
	void noTableHasAColumnForBiometricData() {
		List<String> columns = jdbc.sql("""
				select lower(table_name) || '.' || lower(column_name) from information_schema.columns
				where lower(table_schema) = lower(current_schema())""").query(String.class).list();
		assertThat(columns).as("the schema was read").anyMatch(column -> column.startsWith("attendance_punch."));
		assertThat(columns).filteredOn(column -> BIOMETRIC.matcher(column.substring(column.indexOf('.') + 1)).find())
			.isEmpty();
		assertThat(columns).filteredOn(column -> column.startsWith("attendance_") && column.contains("template"))
			.isEmpty();
	}

	@Test
	void templatesUploadedByATimeClockAreNowhereInTheDatabase() throws Exception {
		var company = fixtures.company();
		String serial = "BIO" + UUID.randomUUID().toString().replace("-", "").substring(0, 12).toUpperCase();
		SystemActor.runAs(company.id(), () -> registry.approve(company.hr().principal(), serial, "Gate", "+08:00"));
		DeviceSimulator device = new DeviceSimulator(mvc, serial);
		String marker = "QmlvbWV0cmljTWFya2Vy" + UUID.randomUUID().toString().replace("-", "");
		var reply = device.operlog(StandardCharsets.UTF_8, "USER PIN=1001\tName=Zhang\tPri=0",
				"FP PIN=1001\tFID=1\tSize=680\tValid=1\tTMP=" + marker,
				"FACE PIN=1001\tFID=1\tSize=3052\tValid=1\tTMP=" + marker,
				"BIODATA Pin=1001\tNo=0\tIndex=0\tValid=1\tDuress=0\tType=9\tMajorVer=5\tTmp=" + marker,
				"FVEIN Pin=1001\tFID=1\tSize=100\tValid=1\tTmp=" + marker,
				"BIOPHOTO PIN=1001\tType=9\tSize=10\tContent=" + marker,
				"OPLOG 4\t0\t" + LocalDate.now().minusDays(1) + " 08:00:00\t0\t0\t0\t0");
		assertThat(reply.ok()).isTrue();
		List<String[]> textColumns = jdbc.sql("""
				select table_name, column_name from information_schema.columns
				where lower(table_schema) = lower(current_schema())
				  and (lower(data_type) like '%char%' or lower(data_type) like '%text%')""")
			.query((row, number) -> new String[] { row.getString(1), row.getString(2) }).list();
		assertThat(textColumns).isNotEmpty();
		for (String[] column : textColumns) {
			long hits = jdbc.sql("select count(*) from " + column[0] + " where " + column[1] + " like :marker")
				.param("marker", "%" + marker + "%").query(Long.class).single();
			assertThat(hits).as(column[0] + "." + column[1]).isZero();
		}
	}

}
