package io.lodestar.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import io.lodestar.platform.security.SystemActor;
import io.lodestar.platform.security.TokenScope;
import io.lodestar.test.Fixtures;
import io.lodestar.test.Fixtures.Person;
import io.lodestar.test.IntegrationTest;

@IntegrationTest
class PeopleExportIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	EmployeeManagement employees;

	@Test
	void onlyThoseWhoSeeEveryonesRestrictedFieldsGetPhoneHireDateAndLastDay() throws Exception {
		var company = fixtures.company();
		String phone = employees.get(SystemActor.in(company.id()), company.colleague().employeeId()).phone();

		List<List<String>> hr = ImportTestSupport.rows(export(company.hr(), "en"));
		List<List<String>> employee = ImportTestSupport.rows(export(company.employee(), "en"));
		List<List<String>> manager = ImportTestSupport.rows(export(company.manager(), "zh-CN"));

		assertThat(hr.get(0)).contains("Phone", "Hire date", "Last day");
		assertThat(row(hr, "E-2")).contains("'" + phone, "Active");
		assertThat(employee.get(0)).containsExactly("Employee no.", "Name", "E-mail", "Org unit code", "Org unit",
				"Position code", "Position", "Manager employee no.", "Manager", "Status");
		assertThat(employee.toString()).doesNotContain(phone.substring(4)).doesNotContain("2020-03-01");
		assertThat(row(employee, "E-2")).contains("Carl Colleague", "carl@" + company.code().toLowerCase() + ".test");
		assertThat(manager.get(0)).doesNotContain("手机号", "入职日期").contains("工号", "直属上级工号", "状态");
		assertThat(row(manager, "E-2")).contains("在职", "M-1");
	}

	@Test
	void theApiExportAppliesTheSameVisibility() throws Exception {
		var company = fixtures.company();
		byte[] forEmployee = mvc.perform(get("/api/v1/employees/export.xlsx")
			.header("Authorization", "Bearer " + fixtures.token(company.employee(), TokenScope.READ)))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type",
					"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
			.andReturn().getResponse().getContentAsByteArray();
		byte[] forHr = mvc.perform(get("/api/v1/employees/export.xlsx")
			.header("Authorization", "Bearer " + fixtures.token(company.hr(), TokenScope.READ)))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();

		assertThat(ImportTestSupport.rows(forEmployee).get(0)).doesNotContain("Phone");
		assertThat(ImportTestSupport.rows(forHr).get(0)).contains("Phone");
	}

	@Test
	void textStartingWithFormulaCharactersIsEscapedAndNoCellIsAFormula() throws Exception {
		var company = fixtures.company();
		var system = SystemActor.in(company.id());
		SystemActor.runAs(company.id(), () -> {
			employees.hire(system, new NewEmployee("F-1", "=HYPERLINK(\"http://evil.test\",\"click\")", null, null, null,
					company.salesUnit(), null, null));
			employees.hire(system, new NewEmployee("F-2", "@SUM(A1:A9)", null, null, null, company.salesUnit(), null,
					null));
			employees.hire(system, new NewEmployee("F-3", "-2+3", null, "+86 138 0000 0001", null, company.salesUnit(),
					null, null));
		});

		byte[] file = export(company.hr(), "en");

		List<Cell> cells = new ArrayList<>();
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(file))) {
			for (Row row : workbook.getSheetAt(0)) {
				row.forEach(cells::add);
			}
		}
		assertThat(cells).isNotEmpty().noneMatch(cell -> cell.getCellType() == CellType.FORMULA);
		List<List<String>> rows = ImportTestSupport.rows(file);
		assertThat(row(rows, "F-1")).contains("'=HYPERLINK(\"http://evil.test\",\"click\")");
		assertThat(row(rows, "F-2")).contains("'@SUM(A1:A9)");
		assertThat(row(rows, "F-3")).contains("'-2+3", "'+86 138 0000 0001");
	}

	@Test
	void everyExportIsAudited() throws Exception {
		var company = fixtures.company();

		export(company.employee(), "en");
		mvc.perform(get("/admin/org-units/export.xlsx").with(Fixtures.as(company.hr()))).andExpect(status().isOk());

		assertThat(jdbc.sql("""
				select entity_type from platform_audit_event where tenant_id = :tenant and action = 'EXPORT'
				order by entity_type
				""").param("tenant", company.id()).query(String.class).list()).containsExactly("employee", "org-unit");
	}

	@Test
	void theOrgStructureExportIsForAdministrators() throws Exception {
		var company = fixtures.company();

		mvc.perform(get("/admin/org-units/export.xlsx").with(Fixtures.as(company.manager())))
			.andExpect(status().isForbidden());
		mvc.perform(get("/admin/org-units/export.xlsx").with(Fixtures.as(company.executive())))
			.andExpect(status().isForbidden());
	}

	private byte[] export(Person who, String language) throws Exception {
		MockHttpServletRequestBuilder request = get("/people/export.xlsx").header("Accept-Language", language)
			.with(Fixtures.as(who));
		return mvc.perform(request)
			.andExpect(status().isOk())
			.andExpect(header().string("Cache-Control", "no-store"))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
	}

	private static List<String> row(List<List<String>> rows, String number) {
		return rows.stream().filter(row -> row.get(0).equals(number)).findFirst().orElseThrow();
	}

}
