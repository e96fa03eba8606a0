package io.lodestar.people.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import io.lodestar.people.OrgUnitKind;
import io.lodestar.people.OrgUnitManagement;
import io.lodestar.people.OrgUnitNode;
import io.lodestar.people.OrgUnitRequest;
import io.lodestar.platform.security.SystemActor;
import io.lodestar.test.Fixtures;
import io.lodestar.test.Fixtures.Company;
import io.lodestar.test.IntegrationTest;

@IntegrationTest
class OrgUnitAdminIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	OrgUnitManagement units;

	@Test
	void theAdminTreeOffersEditAddAndDeleteForEveryUnitButTheRoot() throws Exception {
		var company = fixtures.company();
		String html = page(get("/admin/org-units").with(Fixtures.as(company.hr())));
		assertThat(html).contains("Sales", "SALES-EAST", "href=\"/admin/org-units/" + company.teamUnit() + "/edit\"",
				"href=\"/admin/org-units/new?parent=" + company.teamUnit() + "\"",
				"action=\"/admin/org-units/" + company.teamUnit() + "/delete\"",
				"href=\"/admin/org-units/" + company.rootUnit() + "/edit\"");
		assertThat(html).doesNotContain("action=\"/admin/org-units/" + company.rootUnit() + "/delete\"");
	}

	@Test
	void addingASubUnitStoresItUnderTheChosenParent() throws Exception {
		var company = fixtures.company();
		String form = page(get("/admin/org-units/new").param("parent", company.salesUnit().toString())
			.with(Fixtures.as(company.hr())));
		assertThat(form).containsPattern("<option value=\"" + company.salesUnit() + "\" selected=\"selected\"");
		mvc.perform(save(company, "/admin/org-units/new", company.salesUnit(), "SALES-WEST", "Sales West", null))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/admin/org-units"))
			.andExpect(flash().attributeExists("notice"));
		OrgUnitNode west = find(company, "SALES-WEST");
		assertThat(west.parentId()).isEqualTo(company.salesUnit());
		assertThat(west.kind()).isEqualTo(OrgUnitKind.TEAM);

		String duplicate = page(save(company, "/admin/org-units/new", company.salesUnit(), "SALES-WEST", "Again", null));
		assertThat(duplicate).contains("id=\"code-error\"", "Unit code SALES-WEST is already used.");
	}

	@Test
	void movingAUnitUnderItsOwnSubUnitIsRejectedWithTheReason() throws Exception {
		var company = fixtures.company();
		long version = find(company, "SALES").version();
		String html = page(save(company, "/admin/org-units/" + company.salesUnit() + "/edit", company.teamUnit(), "SALES",
				"Sales", version));
		// shown next to the parent field
		assertThat(html).containsPattern("<select id=\"parentId\"[\\s\\S]*</select>\\s*<p class=\"error\"[^>]*>"
				+ "A unit cannot be placed under itself or under one of its own sub-units.</p>");
		assertThat(find(company, "SALES").parentId()).isEqualTo(company.rootUnit());
	}

	@Test
	void editingRenamesAndAppointsAHeadButAStaleVersionIsRefused() throws Exception {
		var company = fixtures.company();
		String form = page(get("/admin/org-units/{id}/edit", company.salesUnit()).with(Fixtures.as(company.hr())));
		long version = find(company, "SALES").version();
		assertThat(form).contains("name=\"version\" value=\"" + version + "\"", "value=\"SALES\"");
		mvc.perform(save(company, "/admin/org-units/" + company.salesUnit() + "/edit", company.rootUnit(), "SALES",
				"Sales & Marketing", version).param("headEmployeeId", company.manager().employeeId().toString()))
			.andExpect(status().is3xxRedirection());
		OrgUnitNode sales = find(company, "SALES");
		assertThat(sales.name()).isEqualTo("Sales & Marketing");
		assertThat(sales.head().id()).isEqualTo(company.manager().employeeId());

		String stale = page(save(company, "/admin/org-units/" + company.salesUnit() + "/edit", company.rootUnit(), "SALES",
				"Old name", version));
		assertThat(stale).contains("Someone else changed this record while you were editing it");
		assertThat(find(company, "SALES").name()).isEqualTo("Sales & Marketing");
	}

	@Test
	void deletingAUnitThatStillHasEmployeesOrSubUnitsIsRefusedButAnEmptyOneGoes() throws Exception {
		var company = fixtures.company();
		String withPeople = mvc.perform(delete(company, company.teamUnit()))
			.andExpect(status().isConflict())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(withPeople).contains("alert-error", "Sales East still has employees (including people who left).");
		assertThat(find(company, "SALES-EAST")).isNotNull();

		String withChildren = mvc.perform(delete(company, company.salesUnit()))
			.andExpect(status().isConflict())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(withChildren).contains("Sales still has sub-units. Move or delete them first.");

		UUID empty = SystemActor.runAs(company.id(), () -> units.create(SystemActor.in(company.id()),
				new OrgUnitRequest(company.rootUnit(), "EMPTY", "Empty", OrgUnitKind.OTHER, null, 9)).id());
		mvc.perform(delete(company, empty)).andExpect(status().is3xxRedirection());
		assertThat(units.tree(SystemActor.in(company.id())).get(0).flatten()).noneMatch(node -> node.id().equals(empty));
	}

	@Test
	void anotherCompanysUnitIsNotFound() throws Exception {
		var company = fixtures.company();
		var other = fixtures.company();
		UUID foreign = other.teamUnit();
		var as = Fixtures.as(company.hr());
		mvc.perform(get("/admin/org-units/{id}/edit", foreign).with(as)).andExpect(status().isNotFound());
		mvc.perform(get("/admin/org-units/new").param("parent", foreign.toString()).with(as))
			.andExpect(status().isNotFound());
		mvc.perform(save(company, "/admin/org-units/" + foreign + "/edit", company.rootUnit(), "X", "X", 0L))
			.andExpect(status().isNotFound());
		mvc.perform(delete(company, foreign)).andExpect(status().isNotFound());
		assertThat(find(other, "SALES-EAST").name()).isEqualTo("Sales East");
	}

	@Test
	void orgUnitPagesSpeakChinese() throws Exception {
		var company = fixtures.company();
		String list = page(get("/admin/org-units").header("Accept-Language", "zh-CN").with(Fixtures.as(company.hr())));
		assertThat(list).contains("组织单元", "添加下级单元", "部门");
		String form = page(get("/admin/org-units/{id}/edit", company.teamUnit()).header("Accept-Language", "zh-CN")
			.with(Fixtures.as(company.hr())));
		assertThat(form).contains("上级单元", "负责人", "排序号");
	}

	private MockHttpServletRequestBuilder save(Company company, String path, UUID parent, String code, String name,
			Long version) {
		var request = post(path).with(Fixtures.as(company.hr()))
			.with(csrf())
			.param("parentId", parent.toString())
			.param("code", code)
			.param("name", name)
			.param("kind", "TEAM")
			.param("sortOrder", "1");
		return version == null ? request : request.param("version", version.toString());
	}

	private MockHttpServletRequestBuilder delete(Company company, UUID unit) {
		return post("/admin/org-units/{id}/delete", unit).with(Fixtures.as(company.hr())).with(csrf());
	}

	private OrgUnitNode find(Company company, String code) {
		return units.tree(SystemActor.in(company.id()))
			.get(0)
			.flatten()
			.stream()
			.filter(node -> node.code().equals(code))
			.findFirst()
			.orElseThrow();
	}

	private String page(MockHttpServletRequestBuilder request) throws Exception {
		return mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
	}

}
