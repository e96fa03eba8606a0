package io.lodestar.people.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import io.lodestar.people.PositionManagement;
import io.lodestar.people.PositionView;
import io.lodestar.platform.security.SystemActor;
import io.lodestar.test.Fixtures;
import io.lodestar.test.Fixtures.Company;
import io.lodestar.test.IntegrationTest;

@IntegrationTest
class PositionAdminIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	PositionManagement positions;

	@Test
	void theListShowsEachPositionWithHowManyPeopleHoldIt() throws Exception {
		var company = fixtures.company();
		String html = mvc.perform(get("/admin/positions").with(Fixtures.as(company.hr())))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(html).contains("Sales representative", "REP", "2 people",
				"href=\"/admin/positions/" + company.position() + "/edit\"",
				"action=\"/admin/positions/" + company.position() + "/delete\"");
	}

	@Test
	void positionsAreCreatedEditedAndDeletedWhenUnused() throws Exception {
		var company = fixtures.company();
		mvc.perform(post("/admin/positions/new").with(Fixtures.as(company.hr())).with(csrf())
			.param("code", "WS-HEAD").param("name", "车间主任").param("description", "Runs a workshop"))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/admin/positions"));
		PositionView created = find(company, "WS-HEAD");
		assertThat(created.name()).isEqualTo("车间主任");

		String duplicate = mvc.perform(post("/admin/positions/new").with(Fixtures.as(company.hr())).with(csrf())
			.param("code", "WS-HEAD").param("name", "Again"))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(duplicate).contains("id=\"code-error\"", "Position code WS-HEAD is already used.");

		String form = mvc.perform(get("/admin/positions/{id}/edit", created.id()).with(Fixtures.as(company.hr())))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(form).contains("name=\"version\" value=\"" + created.version() + "\"", "value=\"WS-HEAD\"");
		mvc.perform(post("/admin/positions/{id}/edit", created.id()).with(Fixtures.as(company.hr())).with(csrf())
			.param("code", "WS-HEAD").param("name", "Workshop head").param("version", created.version().toString()))
			.andExpect(status().is3xxRedirection());
		assertThat(find(company, "WS-HEAD").name()).isEqualTo("Workshop head");

		String stale = mvc.perform(post("/admin/positions/{id}/edit", created.id()).with(Fixtures.as(company.hr()))
			.with(csrf()).param("code", "WS-HEAD").param("name", "Stale").param("version", created.version().toString()))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(stale).contains("Someone else changed this record while you were editing it");

		mvc.perform(post("/admin/positions/{id}/delete", created.id()).with(Fixtures.as(company.hr())).with(csrf()))
			.andExpect(status().is3xxRedirection());
		assertThat(positions.all(SystemActor.in(company.id()))).noneMatch(p -> p.code().equals("WS-HEAD"));
	}

	@Test
	void deletingAPositionSomeoneHoldsIsRefusedWithTheReason() throws Exception {
		var company = fixtures.company();
		String html = mvc.perform(post("/admin/positions/{id}/delete", company.position())
			.with(Fixtures.as(company.hr())).with(csrf()))
			.andExpect(status().isConflict()).andReturn().getResponse().getContentAsString();
		assertThat(html).contains("alert-error",
				"Sales representative is held by employees (including people who left) and cannot be deleted.");
		assertThat(find(company, "REP")).isNotNull();
	}

	@Test
	void anotherCompanysPositionIsNotFound() throws Exception {
		var company = fixtures.company();
		var other = fixtures.company();
		UUID foreign = other.position();
		mvc.perform(get("/admin/positions/{id}/edit", foreign).with(Fixtures.as(company.hr())))
			.andExpect(status().isNotFound());
		mvc.perform(post("/admin/positions/{id}/edit", foreign).with(Fixtures.as(company.hr())).with(csrf())
			.param("code", "X").param("name", "X")).andExpect(status().isNotFound());
		mvc.perform(post("/admin/positions/{id}/delete", foreign).with(Fixtures.as(company.hr())).with(csrf()))
			.andExpect(status().isNotFound());
		assertThat(find(other, "REP").name()).isEqualTo("Sales representative");
	}

	@Test
	void positionPagesSpeakChinese() throws Exception {
		var company = fixtures.company();
		String html = mvc.perform(get("/admin/positions").header("Accept-Language", "zh-CN")
			.with(Fixtures.as(company.hr()))).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(html).contains("岗位管理", "岗位名称", "在岗人数", "2 人");
	}

	private PositionView find(Company company, String code) {
		return positions.all(SystemActor.in(company.id()))
			.stream()
			.filter(position -> position.code().equals(code))
			.findFirst()
			.orElseThrow();
	}

}
