package io.lodestar.people;

import static io.lodestar.people.ImportTestSupport.csv;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import io.lodestar.platform.security.SystemActor;
import io.lodestar.platform.spreadsheet.ImportIssue;
import io.lodestar.platform.spreadsheet.ImportJob;
import io.lodestar.platform.spreadsheet.ImportJobs;
import io.lodestar.platform.spreadsheet.ImportStatus;
import io.lodestar.test.Fixtures;
import io.lodestar.test.IntegrationTest;

@IntegrationTest
class EmployeeImportIntegrationTests {

	static final String HEADER = "工号,姓名,邮箱,手机号,入职日期,部门编码,岗位编码,直属上级工号,状态,最后工作日\n";

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	ImportJobs jobs;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	EmployeeManagement employees;

	@Autowired
	OrgUnitManagement units;

	ImportTestSupport imports;

	@BeforeEach
	void setUp() {
		imports = new ImportTestSupport(mvc, jobs, jdbc);
	}

	@Test
	void reportsEveryProblemWithRowColumnAndReasonInBothLanguagesAndWritesNothing() throws Exception {
		var company = fixtures.company();
		long before = imports.employees(company.id());
		String file = HEADER + "N-1,,n1@x.test,13800138000,2024-02-30,SALES,REP,,在职,\n"
				+ "N-2,李四,not-an-email,abc,2023-01-05,NOPE,REP,M-404,在职,\n"
				+ "N-1,王五,n3@x.test,,2023/1/5,SALES,,,,\n"
				+ "N-4,赵六,n4@x.test,,2023-01-05,SALES,,,离职,\n"
				+ "N-5,钱七," + company.employee().email() + ",,,SALES,,,在职,\n";

		ImportJob job = imports.check(company.hr(), "employees", "员工.csv", csv(file));

		assertThat(job.status()).isEqualTo(ImportStatus.INVALID);
		assertThat(job.report().issues()).extracting(ImportIssue::row, ImportIssue::column, ImportIssue::code)
			.containsExactlyInAnyOrder(tuple(2, "姓名", "people-import.cell.required"),
					tuple(2, "入职日期", "people-import.cell.date"), tuple(3, "邮箱", "people-import.cell.email"),
					tuple(3, "手机号", "people-import.cell.phone"),
					tuple(3, "部门编码", "people-import.ref.org-unit-unknown"),
					tuple(3, "直属上级工号", "people-import.ref.manager-unknown"),
					tuple(4, "工号", "people-import.cell.duplicate"),
					tuple(5, "最后工作日", "people-import.employee.last-day-required"),
					tuple(6, "邮箱", "people-import.ref.email-taken"));
		assertThat(imports.employees(company.id())).isEqualTo(before);

		String chinese = imports.page(company.hr(), job.id(), "zh-CN");
		assertThat(chinese).contains("发现 9 个问题，未导入任何数据", "此项必填。", "不是有效日期",
				"公司中没有编码为 NOPE 的组织单元", "与第 2 行的内容重复", "员工离职时必须填写最后工作日",
				"已被 Emma Employee（工号 E-1）使用", "<td data-label=\"列\">直属上级工号</td>");
		String english = imports.page(company.hr(), job.id(), "en");
		assertThat(english).contains("Found 9 problems. Nothing was imported.", "This cell is required.",
				"There is no org unit with code NOPE in your company", "The same value is already in row 2.",
				"No employee with number M-404 exists", "already belongs to Emma Employee (employee number E-1)");

		byte[] report = mvc.perform(get("/admin/imports/{id}/report.xlsx", job.id()).header("Accept-Language", "zh-CN")
			.with(Fixtures.as(company.hr()))).andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
		var rows = ImportTestSupport.rows(report);
		assertThat(rows.get(0)).containsExactly("行号", "列", "内容", "问题说明");
		assertThat(rows).hasSize(10).contains(java.util.List.of("3", "部门编码", "NOPE",
				"公司中没有编码为 NOPE 的组织单元。请先导入组织单元，或更正编码。"));

		// an invalid job cannot be confirmed, and still nothing is written
		mvc.perform(post("/admin/imports/{id}/confirm", job.id()).with(csrf()).with(Fixtures.as(company.hr())))
			.andExpect(status().isConflict());
		assertThat(imports.employees(company.id())).isEqualTo(before);
	}

	@Test
	void importsTheCorrectedFileAndImportingItAgainChangesNothing() throws Exception {
		var company = fixtures.company();
		long before = imports.employees(company.id());
		// N-2 reports to N-1, who comes later in the file; N-3 joined and left
		String file = HEADER + "N-2,李四,N2@X.test,+86 139 0000 0000,2023/1/5,SALES-EAST,,N-1,ACTIVE,\n"
				+ "N-1,张三,n1@x.test,13800138000,2024-02-29,SALES,REP,M-1,在职,\n"
				+ "N-3,王五,,,2020年5月6日,SALES,,,离职,2024-06-30\n"
				+ "E-2,Carl Colleague,," + "," + "2020-03-01,SALES,REP,N-1,在职,\n";

		ImportJob checked = imports.check(company.hr(), "employees", "员工.csv", csv(file));
		assertThat(checked.status()).as("%s", checked.report().issues()).isEqualTo(ImportStatus.READY);
		assertThat(checked.report()).extracting("created", "updated", "unchanged").containsExactly(3, 1, 0);
		assertThat(imports.employees(company.id())).as("nothing written before confirmation").isEqualTo(before);
		assertThat(imports.page(company.hr(), checked.id(), "zh-CN")).contains("文件检查通过：将新增 3 条、更新 1 条，0 条无变化",
				"/admin/imports/" + checked.id() + "/confirm", "确认导入");

		ImportJob done = imports.confirm(company.hr(), checked.id());

		assertThat(done.status()).as("%s", done.report().issues()).isEqualTo(ImportStatus.DONE);
		assertThat(imports.employees(company.id())).isEqualTo(before + 3);
		var system = SystemActor.in(company.id());
		var n1 = find(company.id(), "N-1");
		var n2 = find(company.id(), "N-2");
		var n3 = find(company.id(), "N-3");
		var carl = employees.get(system, company.colleague().employeeId());
		assertThat(n1.manager().id()).isEqualTo(company.manager().employeeId());
		assertThat(n1.position().id()).isEqualTo(company.position());
		assertThat(n1.hireDate()).isEqualTo(LocalDate.of(2024, 2, 29));
		assertThat(n2.manager().id()).isEqualTo(n1.id());
		assertThat(n2.email()).isEqualTo("n2@x.test");
		assertThat(n2.phone()).isEqualTo("+86 139 0000 0000");
		assertThat(n2.orgUnit().id()).isEqualTo(company.teamUnit());
		assertThat(n3.status()).isEqualTo(EmployeeStatus.LEFT);
		assertThat(n3.leftOn()).isEqualTo(LocalDate.of(2024, 6, 30));
		assertThat(carl.manager().id()).as("moved to the new manager").isEqualTo(n1.id());
		assertThat(carl.orgUnit().id()).isEqualTo(company.salesUnit());
		assertThat(carl.email()).as("a blank cell clears the value").isNull();
		assertThat(jdbc.sql("select count(*) from platform_audit_event where tenant_id = :t and action = 'IMPORT'")
			.param("t", company.id()).query(Long.class).single()).isEqualTo(1);
		long changes = imports.changes(company.id());

		ImportJob again = imports.check(company.hr(), "employees", "员工.csv", csv(file));
		assertThat(again.report()).extracting("created", "updated", "unchanged").containsExactly(0, 0, 4);
		ImportJob secondImport = imports.confirm(company.hr(), again.id());

		assertThat(secondImport.status()).isEqualTo(ImportStatus.DONE);
		assertThat(imports.employees(company.id())).isEqualTo(before + 3);
		assertThat(imports.changes(company.id())).as("no CREATE/UPDATE/MOVE audit records").isEqualTo(changes);
		assertThat(imports.page(company.hr(), again.id(), "en")).contains("Imported: 0 new, 0 updated, 4 unchanged.");
	}

	@Test
	void reportsAReportingCycleInsideTheFileAndThroughExistingLines() throws Exception {
		var company = fixtures.company();
		// C-1 → C-2 → C-3 → C-1 in the file; EX-1 → E-1 → M-1 → EX-1 through the database
		String file = "工号,姓名,部门编码,直属上级工号\n" + "C-1,甲,SALES,C-2\n" + "C-2,乙,SALES,C-3\n" + "C-3,丙,SALES,C-1\n"
				+ "EX-1,Eve Executive,SALES,E-1\n" + "C-4,丁,SALES,C-4\n";

		ImportJob job = imports.check(company.hr(), "employees", "cycle.csv", csv(file));

		assertThat(job.status()).isEqualTo(ImportStatus.INVALID);
		assertThat(job.report().issues()).extracting(ImportIssue::row, ImportIssue::code)
			.containsExactlyInAnyOrder(tuple(2, "people-import.ref.manager-cycle"),
					tuple(3, "people-import.ref.manager-cycle"), tuple(4, "people-import.ref.manager-cycle"),
					tuple(5, "people-import.ref.manager-cycle"), tuple(6, "people-import.ref.manager-self"));
		assertThat(imports.page(company.hr(), job.id(), "en")).contains("C-1 → C-2 → C-3 → C-1",
				"EX-1 → E-1 → M-1 → EX-1");
		assertThat(imports.page(company.hr(), job.id(), "zh-CN")).contains("汇报关系会形成循环：C-1 → C-2 → C-3 → C-1");
	}

	@Test
	void anotherCompanysCodesNumbersAndJobsAreInvisible() throws Exception {
		var mine = fixtures.company();
		var theirs = fixtures.company();
		var them = SystemActor.in(theirs.id());
		String unit = "ONLY-" + UUID.randomUUID().toString().substring(0, 6);
		SystemActor.runAs(theirs.id(), () -> {
			units.create(them, new OrgUnitRequest(theirs.rootUnit(), unit, "Theirs", OrgUnitKind.TEAM, null, 1));
			employees.hire(them, new NewEmployee("B-77", "Bea", null, null, null, theirs.salesUnit(), null, null));
		});

		ImportJob job = imports.check(mine.hr(), "employees", "x.csv",
				csv("工号,姓名,部门编码,直属上级工号\nX-1,某人," + unit + ",\nX-2,某人,SALES,B-77\n"));

		assertThat(job.report().issues()).extracting(ImportIssue::row, ImportIssue::code)
			.containsExactlyInAnyOrder(tuple(2, "people-import.ref.org-unit-unknown"),
					tuple(3, "people-import.ref.manager-unknown"));
		mvc.perform(get("/admin/imports/{id}", job.id()).with(Fixtures.as(theirs.hr()))).andExpect(status().isNotFound());
		mvc.perform(post("/admin/imports/{id}/confirm", job.id()).with(csrf()).with(Fixtures.as(theirs.hr())))
			.andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/imports/{id}", job.id())
			.header("Authorization", "Bearer " + fixtures.token(theirs.hr(), io.lodestar.platform.security.TokenScope.READ)))
			.andExpect(status().isNotFound());
	}

	@Test
	void anExportOfEmployeesImportsBackUnchanged() throws Exception {
		var company = fixtures.company();
		byte[] export = mvc.perform(get("/people/export.xlsx").header("Accept-Language", "zh-CN")
			.with(Fixtures.as(company.hr()))).andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
		long changes = imports.changes(company.id());

		ImportJob job = imports.check(company.hr(), "employees", "导出.xlsx", export);

		assertThat(job.status()).as("%s", job.report().issues()).isEqualTo(ImportStatus.READY);
		assertThat(job.report()).extracting("created", "updated", "unchanged").containsExactly(0, 0, 5);
		assertThat(imports.confirm(company.hr(), job.id()).status()).isEqualTo(ImportStatus.DONE);
		assertThat(imports.changes(company.id())).isEqualTo(changes);
	}

	private EmployeeView find(UUID tenant, String number) {
		var system = SystemActor.in(tenant);
		return employees.search(system, new DirectoryQuery(number, null, null, null, true),
				io.lodestar.platform.web.PageQuery.of(0, 5, null))
			.items()
			.stream()
			.filter(view -> view.employeeNo().equals(number))
			.findFirst()
			.map(view -> employees.get(system, view.id()))
			.orElseThrow();
	}

}
