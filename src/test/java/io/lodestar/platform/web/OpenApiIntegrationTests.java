package io.lodestar.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import io.lodestar.test.Fixtures;
import io.lodestar.test.IntegrationTest;

@IntegrationTest
class OpenApiIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Test
	void dump() throws Exception {
		var company = fixtures.company();
		String doc = mvc.perform(get("/v3/api-docs").with(Fixtures.as(company.employee())))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		java.nio.file.Files.writeString(java.nio.file.Path.of("/tmp/restapi-doc.json"), doc);
		assertThat(doc).contains("/api/v1/employees");
	}

}
