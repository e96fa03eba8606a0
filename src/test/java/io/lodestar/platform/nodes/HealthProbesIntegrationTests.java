package io.lodestar.platform.nodes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import io.lodestar.test.Fixtures;
import io.lodestar.test.IntegrationTest;

/**
 * The liveness and readiness probes of a container platform or load balancer: reachable without signing in, and
 * answering the status only, even to a signed-in HR admin; details (database, disk) stay for system admins.
 */
@IntegrationTest
class HealthProbesIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@ParameterizedTest
	@ValueSource(strings = { "/actuator/health/liveness", "/actuator/health/readiness" })
	void probesAnswerAnyoneWithTheStatusOnly(String probe) throws Exception {
		String anonymous = mvc.perform(get(probe)).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString();
		assertThat(anonymous).isEqualTo("{\"status\":\"UP\"}");
		String hr = mvc.perform(get(probe).with(Fixtures.as(fixtures.company().hr())))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(hr).isEqualTo("{\"status\":\"UP\"}");
	}

	@ParameterizedTest
	@ValueSource(strings = { "/actuator/health/db", "/actuator/health/diskSpace", "/actuator/health/ping" })
	void otherHealthDetailsStayClosedToAnonymousVisitors(String path) throws Exception {
		assertThat(mvc.perform(get(path)).andReturn().getResponse().getStatus()).as(path).isIn(302, 401, 404);
	}

}
