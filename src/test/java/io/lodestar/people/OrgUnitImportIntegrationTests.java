package io.lodestar.people;

import static io.lodestar.people.ImportTestSupport.csv;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.Charset;

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
class OrgUnitImportIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	ImportJobs jobs;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	OrgUnitManagement units;

	ImportTestSupport imports;

	@BeforeEach
	void setUp() {
		imports = new ImportTestSupport(mvc, jobs, jdbc);
	}

	@Test
	void createsATreeFromAGbkFileChildrenBeforeParentsAndUpdatesExistingUnits() throws Exception {
		var company = fixtures.company();
		long before = imports.units(company.id());
		// Excel on a Chinese Windows saves "CSV" in GBK; the child comes before its parent; SALES is renamed
		String file = "编码,名称,上级编码,类型,负责人工号\r\n" + "RD-APP,\"应用开发组, 一组\",RD,班组,E-1\r\n"
				+ "RD,研发中心,,事业部,\r\n" + "SALES,销售部,,部门,M-1\r\n";

		ImportJob checked = imports.check(company.hr(), "org-units", "组织.csv", file.getBytes(Charset.forName("GBK")));
		assertThat(checked.status()).as("%s", checked.report().issues()).isEqualTo(ImportStatus.READY);
		assertThat(checked.report()).extracting("created", "updated", "unchanged").containsExactly(2, 1, 0);
		ImportJob done = imports.confirm(company.hr(), checked.id());

		assertThat(done.status()).as("%s", done.report().issues()).isEqualTo(ImportStatus.DONE);
		assertThat(imports.units(company.id())).isEqualTo(before + 2);
		var tree = units.tree(SystemActor.in(company.id())).get(0);
		var rd = tree.children().stream().filter(unit -> unit.code().equals("RD")).findFirst().orElseThrow();
		assertThat(rd.kind()).isEqualTo(OrgUnitKind.DIVISION);
		assertThat(rd.name()).isEqualTo("研发中心");
		assertThat(rd.children()).singleElement().satisfies(app -> {
			assertThat(app.name()).isEqualTo("应用开发组, 一组");
			assertThat(app.kind()).isEqualTo(OrgUnitKind.TEAM);
			assertThat(app.head().id()).isEqualTo(company.employee().employeeId());
		});
		var sales = tree.children().stream().filter(unit -> unit.code().equals("SALES")).findFirst().orElseThrow();
		assertThat(sales.name()).isEqualTo("销售部");
		assertThat(sales.head().id()).isEqualTo(company.manager().employeeId());
		assertThat(sales.children()).extracting(OrgUnitNode::code).containsExactly("SALES-EAST");
		long changes = imports.changes(company.id());

		ImportJob again = imports.check(company.hr(), "org-units", "组织.csv", file.getBytes(Charset.forName("GBK")));
		assertThat(again.report()).extracting("created", "updated", "unchanged").containsExactly(0, 0, 3);
		assertThat(imports.confirm(company.hr(), again.id()).status()).isEqualTo(ImportStatus.DONE);
		assertThat(imports.changes(company.id())).isEqualTo(changes);
	}

	@Test
	void reportsCyclesUnknownParentsAndBadCellsWithoutWritingAnything() throws Exception {
		var company = fixtures.company();
		long before = imports.units(company.id());
		// X and Y point at each other; SALES would move below its own child SALES-EAST
		String file = "Code,Name,Parent code,Kind,Head employee no.\n" + "X,Ex,Y,Team,\n" + "Y,Why,X,Team,\n"
				+ "SALES,Sales,SALES-EAST,Department,\n" + "Z,Zed,NOWHERE,Squad,NOBODY\n" + ",Nameless,,,\n"
				+ company.code() + ",Root,SALES,,\n" + "W,W,W,,\n";

		ImportJob job = imports.check(company.hr(), "org-units", "units.csv", csv(file));

		assertThat(job.status()).isEqualTo(ImportStatus.INVALID);
		assertThat(job.report().issues()).extracting(ImportIssue::row, ImportIssue::column, ImportIssue::code)
			.containsExactlyInAnyOrder(tuple(2, "Parent code", "people-import.ref.parent-cycle"),
					tuple(3, "Parent code", "people-import.ref.parent-cycle"),
					tuple(4, "Parent code", "people-import.ref.parent-cycle"),
					tuple(5, "Kind", "people-import.cell.kind"),
					tuple(5, "Head employee no.", "people-import.ref.head-unknown"),
					tuple(5, "Parent code", "people-import.ref.parent-unknown"),
					tuple(6, "Code", "people-import.cell.required"),
					tuple(7, "Parent code", "people-import.ref.root-parent"),
					tuple(8, "Parent code", "people-import.ref.parent-self"));
		assertThat(imports.units(company.id())).isEqualTo(before);
		assertThat(imports.page(company.hr(), job.id(), "zh-CN")).contains("组织架构会形成循环：X → Y → X",
				"无法识别的类型", "文件和公司中都没有编码为 NOWHERE 的组织单元");
	}

	@Test
	void reportsUnknownAndMissingColumns() throws Exception {
		var company = fixtures.company();

		ImportJob job = imports.check(company.hr(), "org-units", "units.csv", csv("名称,预算\nA,100\n"));

		assertThat(job.report().issues()).extracting(ImportIssue::row, ImportIssue::column, ImportIssue::code)
			.containsExactlyInAnyOrder(tuple(1, "预算", "people-import.header.unknown"),
					tuple(1, null, "people-import.header.missing"));
		assertThat(imports.page(company.hr(), job.id(), "zh-CN")).contains("缺少必填列“编码”", "无法识别的列");
		assertThat(imports.page(company.hr(), job.id(), "en")).contains("The required column &quot;Code&quot; is missing.");
	}

	@Test
	void everyAcceptedColumnNameMeansExactlyOneColumn(@Autowired io.lodestar.platform.web.Messages messages) {
		for (String kind : PeopleImportFiles.KINDS) {
			java.util.Map<String, String> owners = new java.util.HashMap<>();
			for (var spec : ImportColumns.specs(kind, messages)) {
				for (String name : spec.names()) {
					assertThat(owners.putIfAbsent(name, spec.key())).as("%s: %s", kind, name).isIn(null, spec.key());
				}
			}
			assertThat(owners).containsKeys(kind.equals("employees") ? "工号" : "编码", "name");
		}
	}

	@Test
	void anExportOfOrgUnitsImportsBackUnchanged() throws Exception {
		var company = fixtures.company();
		byte[] export = mvc.perform(get("/admin/org-units/export.xlsx").header("Accept-Language", "en")
			.with(Fixtures.as(company.hr()))).andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();

		assertThat(ImportTestSupport.rows(export).get(0)).containsExactly("Code", "Name", "Parent code", "Parent unit",
				"Kind", "Head employee no.", "Head");
		assertThat(ImportTestSupport.rows(export)).extracting(row -> row.get(0))
			.containsExactly("Code", company.code(), "SALES", "SALES-EAST");

		ImportJob job = imports.check(company.hr(), "org-units", "units.xlsx", export);

		assertThat(job.status()).as("%s", job.report().issues()).isEqualTo(ImportStatus.READY);
		assertThat(job.report()).extracting("created", "updated", "unchanged").containsExactly(0, 0, 3);
	}

}
