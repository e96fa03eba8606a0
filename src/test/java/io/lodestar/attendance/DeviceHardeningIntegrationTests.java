package io.lodestar.attendance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

import io.lodestar.platform.security.SystemActor;
import io.lodestar.platform.security.TokenScope;
import io.lodestar.test.Api;
import io.lodestar.test.Fixtures;
import io.lodestar.test.IntegrationTest;

/** A device's shared secret and address rule, and commands handed out again when no result came. */
@IntegrationTest
class DeviceHardeningIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	DeviceRegistry registry;

	@Autowired
	JdbcClient jdbc;

	private static final String LINE = "1001\t" + LocalDate.now().minusDays(1) + " 08:30:00\t0\t1\n";

	private static String serial() {
		return "HRD" + UUID.randomUUID().toString().replace("-", "").substring(0, 12).toUpperCase();
	}

	private MockHttpServletResponse upload(String serial, String key, String address) throws Exception {
		var request = post("/iclock/cdata").queryParam("SN", serial).queryParam("table", "ATTLOG")
			.queryParam("Stamp", "1").contentType("text/plain").content(LINE.getBytes(StandardCharsets.UTF_8))
			.with(r -> {
				r.setRemoteAddr(address);
				return r;
			});
		if (key != null) {
			request.queryParam("ComKey", key);
		}
		return mvc.perform(request).andReturn().getResponse();
	}

	private long punches(UUID tenant) {
		return jdbc.sql("select count(*) from attendance_punch where tenant_id = :t").param("t", tenant)
			.query(Long.class).single();
	}

	@Test
	void withASharedSecretCallsWithoutItOrWithAWrongOneAreRefusedCountedAndNeverStored() throws Exception {
		var company = fixtures.company();
		String serial = serial();
		UUID id = SystemActor.runAs(company.id(), () -> registry.approve(company.hr().principal(), serial, "Gate",
				"+08:00")).id();
		String token = fixtures.token(company.hr(), TokenScope.WRITE);
		mvc.perform(post("/api/v1/attendance/devices/" + id + "/security").with(Api.bearer(token))
			.contentType("application/json").content("{\"secret\":\"88888888\"}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.sharedSecret").value(true));

		assertThat(upload(serial, null, "10.0.0.5").getStatus()).isEqualTo(403);
		assertThat(upload(serial, "12345678", "10.0.0.5").getStatus()).isEqualTo(403);
		var handshake = mvc.perform(get("/iclock/cdata").queryParam("SN", serial).queryParam("options", "all"))
			.andReturn().getResponse();
		assertThat(handshake.getStatus()).isEqualTo(403);
		assertThat(punches(company.id())).isZero();
		DeviceView refused = SystemActor.runAs(company.id(), () -> registry.device(company.hr().principal(), id));
		assertThat(refused.errorCount()).isEqualTo(3);
		assertThat(refused.lastError()).contains("shared secret");

		var accepted = upload(serial, "88888888", "10.0.0.5");
		assertThat(accepted.getStatus()).isEqualTo(200);
		assertThat(accepted.getContentAsString()).isEqualTo("OK:1\n");
		assertThat(punches(company.id())).isEqualTo(1);
		assertThat(jdbc.sql("select secret_sha256 from attendance_device where id = :id").param("id", id)
			.query(String.class).single()).doesNotContain("88888888").hasSize(64);
	}

	@Test
	void withAnAddressRuleCallsFromOtherNetworksAreRefusedAndTheRuleIsSetOnTheDevicePage() throws Exception {
		var company = fixtures.company();
		String serial = serial();
		UUID id = SystemActor.runAs(company.id(), () -> registry.approve(company.hr().principal(), serial, "Gate",
				"+08:00")).id();
		mvc.perform(post("/admin/attendance/devices/" + id + "/security").with(Fixtures.as(company.hr())).with(csrf())
			.param("allowedNetworks", "192.168.1.0/24, example.com"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("192.168.1.0/24")));
		mvc.perform(post("/admin/attendance/devices/" + id + "/security").with(Fixtures.as(company.hr())).with(csrf())
			.param("allowedNetworks", "192.168.1.0/24, 2001:db8::/32"))
			.andExpect(redirectedUrlPattern("/admin/attendance/devices/*"));

		assertThat(upload(serial, null, "10.1.2.3").getStatus()).isEqualTo(403);
		assertThat(punches(company.id())).isZero();
		assertThat(SystemActor.runAs(company.id(), () -> registry.device(company.hr().principal(), id)).lastError())
			.contains("10.1.2.3");
		assertThat(upload(serial, null, "192.168.1.77").getStatus()).isEqualTo(200);
		assertThat(upload(serial, null, "2001:db8::1").getStatus()).isEqualTo(200);
		assertThat(punches(company.id())).isEqualTo(1);

		var other = fixtures.company();
		mvc.perform(post("/admin/attendance/devices/" + id + "/security").with(Fixtures.as(other.hr())).with(csrf())
			.param("allowedNetworks", "0.0.0.0/0")).andExpect(status().isNotFound());
	}

	@Test
	void aCommandWithoutAResultIsHandedOutAgainAfterTheTimeoutThenMarkedFailed() throws Exception {
		var company = fixtures.company();
		DeviceSimulator device = new DeviceSimulator(mvc, serial());
		var hr = company.hr().principal();
		UUID id = SystemActor.runAs(company.id(), () -> registry.approve(hr, device.serial, "Gate", "+08:00")).id();
		CommandView command = SystemActor.runAs(company.id(), () -> registry.pushUser(hr, id, "1001", "Ann"));
		String line = "C:" + command.number() + ":DATA UPDATE USERINFO PIN=1001\tName=Ann\tPri=0";

		assertThat(device.poll(null).body().lines().toList()).containsExactly(line);
		assertThat(device.poll(null).body()).as("not again before the timeout").isEqualTo("OK\n");
		for (int attempt = 2; attempt <= 3; attempt++) {
			expire(id);
			assertThat(device.poll(null).body().lines().toList()).as("attempt " + attempt).containsExactly(line);
		}
		expire(id);
		assertThat(device.poll(null).body()).isEqualTo("OK\n");
		List<CommandView> commands = SystemActor.runAs(company.id(), () -> registry.commands(hr, id));
		assertThat(commands).singleElement().satisfies(c -> {
			assertThat(c.state()).isEqualTo(CommandState.FAILED);
			assertThat(c.attempts()).isEqualTo(3);
			assertThat(c.failedAt()).isNotNull();
		});
		mvc.perform(get("/admin/attendance/devices/" + id).with(Fixtures.as(company.hr())))
			.andExpect(content().string(containsString("Failed (no result)")));

		// a second command answered after one re-send is done, not failed
		CommandView second = SystemActor.runAs(company.id(), () -> registry.reupload(hr, id, LocalDate.now(), LocalDate.now()));
		device.poll(null);
		expire(id);
		device.poll(null);
		device.commandResult("ID=" + second.number() + "&Return=0&CMD=DATA");
		assertThat(SystemActor.runAs(company.id(), () -> registry.commands(hr, id)).get(0))
			.satisfies(c -> assertThat(c.state()).isEqualTo(CommandState.DONE))
			.satisfies(c -> assertThat(c.attempts()).isEqualTo(2));
	}

	/** As if the command timeout (10 minutes by default) had passed since the commands were sent. */
	private void expire(UUID device) {
		jdbc.sql("update attendance_command set sent_at = sent_at - interval '11' minute where device_id = :d "
				+ "and state = 'SENT'").param("d", device).update();
	}

}
