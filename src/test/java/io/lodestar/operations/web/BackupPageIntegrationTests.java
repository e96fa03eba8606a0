package io.lodestar.operations.web;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import io.lodestar.account.AccountManagement;
import io.lodestar.account.NewUser;
import io.lodestar.platform.security.Role;
import io.lodestar.platform.security.SystemActor;
import io.lodestar.test.Fixtures;
import io.lodestar.test.IntegrationTest;

/** The backup page is for system administrators only; it lists archives with their verification, in both languages. */
@IntegrationTest
class BackupPageIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	AccountManagement accounts;

	@Test
	void aSystemAdministratorBacksUpNowAndSeesTheVerifiedArchive() throws Exception {
		Fixtures.Person operator = systemAdministrator(fixtures.company());
		mvc.perform(post("/admin/backups").with(Fixtures.as(operator)).with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/admin/backups"));
		mvc.perform(get("/admin/backups").with(Fixtures.as(operator)).locale(Locale.ENGLISH))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("-manual.zip")))
			.andExpect(content().string(containsString("Verified ")));
		mvc.perform(get("/admin/backups").with(Fixtures.as(operator)).locale(Locale.SIMPLIFIED_CHINESE))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("校验通过")));
	}

	@Test
	void nobodyElseMayOpenOrUseIt() throws Exception {
		Fixtures.Company company = fixtures.company();
		for (Fixtures.Person person : new Fixtures.Person[] { company.hr(), company.executive(), company.employee() }) {
			mvc.perform(get("/admin/backups").with(Fixtures.as(person))).andExpect(status().isForbidden());
			mvc.perform(post("/admin/backups").with(Fixtures.as(person)).with(csrf()))
				.andExpect(status().isForbidden());
			mvc.perform(post("/admin/backups/verify").param("name", "x.zip").with(Fixtures.as(person)).with(csrf()))
				.andExpect(status().isForbidden());
		}
		mvc.perform(get("/admin/backups")).andExpect(status().is3xxRedirection());
	}

	private Fixtures.Person systemAdministrator(Fixtures.Company company) {
		String email = "ops@" + company.code().toLowerCase(Locale.ROOT) + ".test";
		var created = SystemActor.runAs(company.id(), () -> accounts.create(SystemActor.in(company.id()),
				new NewUser(null, email, "Olga Operator", EnumSet.of(Role.SYSTEM_ADMIN))));
		return new Fixtures.Person(null, created.user().id(), "Olga Operator", email, created.initialPassword(),
				Set.of(Role.SYSTEM_ADMIN), company.id());
	}

}
