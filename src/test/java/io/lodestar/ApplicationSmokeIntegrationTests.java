package io.lodestar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import io.lodestar.test.Fixtures;
import io.lodestar.test.IntegrationTest;

@IntegrationTest
class ApplicationSmokeIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Test
	void startsAndServesTheHomePageToASignedInEmployee() throws Exception {
		var company = fixtures.company();
		var page = mvc.perform(get("/").with(Fixtures.as(company.employee()))).andExpect(status().isOk()).andReturn();
		assertThat(page.getResponse().getContentAsString()).contains("Emma Employee");
	}

	@Test
	void sendsAnonymousVisitorsToTheLoginPage() throws Exception {
		mvc.perform(get("/people")).andExpect(status().is3xxRedirection());
		mvc.perform(get("/login")).andExpect(status().isOk());
	}

}
