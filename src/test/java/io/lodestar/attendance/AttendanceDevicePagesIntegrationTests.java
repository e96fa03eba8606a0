package io.lodestar.attendance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import io.lodestar.test.Fixtures;
import io.lodestar.test.IntegrationTest;

/** HR's device pages: a pending device is approved by its serial number, its status shown, commands queued. */
@IntegrationTest
class AttendanceDevicePagesIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	JdbcClient jdbc;

	@Test
	void hrApprovesAPendingDeviceSeesItsStatusAndQueuesCommands() throws Exception {
		var company = fixtures.company();
		String serial = "PG" + UUID.randomUUID().toString().replace("-", "").substring(0, 10).toUpperCase();
		DeviceSimulator device = new DeviceSimulator(mvc, serial);
		device.handshake();

		mvc.perform(get("/admin/attendance/devices").with(Fixtures.as(company.hr())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(serial.substring(serial.length() - 4))))
			.andExpect(content().string(org.hamcrest.Matchers.not(containsString(serial))));
		mvc.perform(post("/admin/attendance/devices").with(Fixtures.as(company.hr())).with(csrf())
			.param("serialNumber", serial).param("name", "Gate").param("utcOffset", "+5:30"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("+08:00 or +05:30")));
		mvc.perform(post("/admin/attendance/devices").with(Fixtures.as(company.hr())).with(csrf())
			.param("serialNumber", serial).param("name", "Gate").param("utcOffset", "+05:30"))
			.andExpect(redirectedUrlPattern("/admin/attendance/devices/*"));
		UUID id = jdbc.sql("select id from attendance_device where tenant_id = :t").param("t", company.id())
			.query(UUID.class).single();

		device.attlog("1", "1001\t2026-01-10 09:00:00\t0\t1");
		mvc.perform(post("/admin/attendance/devices/" + id + "/commands/user").with(Fixtures.as(company.hr()))
			.with(csrf()).param("pin", "1001").param("name", "张三"))
			.andExpect(redirectedUrlPattern("/admin/attendance/devices/*"));
		mvc.perform(post("/admin/attendance/devices/" + id + "/commands/reupload").with(Fixtures.as(company.hr()))
			.with(csrf()).param("from", "2026-01-01").param("to", "2026-01-31"))
			.andExpect(redirectedUrlPattern("/admin/attendance/devices/*"));
		mvc.perform(get("/admin/attendance/devices/" + id).with(Fixtures.as(company.hr())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("2026-01-10 09:00:00 (+05:30)")))
			.andExpect(content().string(containsString("DATA QUERY ATTLOG")));
		assertThat(device.poll(null).body()).contains("Name=张三");

		var other = fixtures.company();
		mvc.perform(get("/admin/attendance/devices/" + id).with(Fixtures.as(other.hr()))).andExpect(status().isNotFound());
		mvc.perform(get("/admin/attendance/devices").with(Fixtures.as(company.employee()))).andExpect(status().isForbidden());
	}

	@Test
	void theDeviceApiIsDocumentedWithProblemDetailErrors() throws Exception {
		var company = fixtures.company();
		String doc = mvc.perform(get("/v3/api-docs").with(Fixtures.as(company.hr()))).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		for (String path : java.util.List.of("/api/v1/attendance/devices", "/api/v1/attendance/devices/{id}/commands")) {
			java.util.Map<String, Object> responses = com.jayway.jsonpath.JsonPath.read(doc,
					"$.paths['" + path + "'].post.responses");
			assertThat(responses).containsKeys("401", "403");
		}
		assertThat(doc).doesNotContain("/iclock");
	}

}
