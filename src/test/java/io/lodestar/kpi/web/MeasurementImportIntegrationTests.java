package io.lodestar.kpi.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

import io.lodestar.goals.Period;
import io.lodestar.goals.PeriodCalendar;
import io.lodestar.goals.PeriodKind;
import io.lodestar.kpi.KpiData;
import io.lodestar.kpi.KpiDefinitionRequest;
import io.lodestar.kpi.KpiDefinitionView;
import io.lodestar.kpi.KpiLibrary;
import io.lodestar.kpi.KpiManagement;
import io.lodestar.platform.spreadsheet.ImportIssue;
import io.lodestar.platform.spreadsheet.ImportJob;
import io.lodestar.platform.spreadsheet.ImportJobs;
import io.lodestar.platform.spreadsheet.ImportStatus;
import io.lodestar.scoring.Direction;
import io.lodestar.scoring.ScoringMethod;
import io.lodestar.test.Fixtures;
import io.lodestar.test.IntegrationTest;

/**
 * Importing actuals: every problem of a file is reported with row, column and reason and nothing is written;
 * the corrected file imports (source IMPORT) after confirmation; importing it again adds nothing; rows in a
 * locked period are refused with the reason; only HR imports.
 */
@IntegrationTest
class MeasurementImportIntegrationTests {

	static final String HEADER = "工号,部门编码,指标编码,日期,实际值,数据来源,KPI 编号\n";

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	KpiLibrary library;

	@Autowired
	KpiManagement kpis;

	@Autowired
	PeriodCalendar calendar;

	@Autowired
	ImportJobs jobs;

	KpiData data;

	@BeforeEach
	void setUp() {
		data = new KpiData(library, kpis, calendar, jdbc);
	}

	/** Emma's loss rate and the team's scrap rate come from the library; Carl's sales KPI does not. */
	record Plant(Fixtures.Company company, Period year, String march, UUID emmaLoss, UUID teamScrap, UUID carlSales) {
	}

	private Plant plant() {
		var company = fixtures.company();
		Period year = data.lastYear(company);
		KpiDefinitionView loss = data.lossRate(company);
		KpiDefinitionView scrap = KpiData.as(company.hr(), () -> library.create(company.hr().principal(),
				new KpiDefinitionRequest("SCRAP", "废品率", null,
						KpiData.config(Direction.AT_MOST, ScoringMethod.RATIO, null, "2", "100"), null)));
		UUID emmaLoss = data.personalKpi(company, company.employee(), loss.name(), year,
				KpiData.config(Direction.DECREASE, ScoringMethod.PROGRESS, "7", "4", "50"), loss.id());
		UUID teamScrap = KpiData.as(company.hr(), () -> kpis.create(company.hr().principal(),
				new io.lodestar.kpi.NewKpi("废品率", null, io.lodestar.goals.OwnerType.ORG_UNIT, company.teamUnit(),
						year.id(), null, null, withDefinition(KpiData.config(Direction.AT_MOST, ScoringMethod.RATIO, null,
								"2", "100"), scrap.id())))
			.goal()
			.id());
		UUID carlSales = data.personalKpi(company, company.colleague(), "Monthly sales", year,
				KpiData.config(Direction.INCREASE, ScoringMethod.RATIO, null, "100", "50"), null);
		return new Plant(company, year, year.startsOn().plusMonths(2).plusDays(9).toString(), emmaLoss, teamScrap,
				carlSales);
	}

	private static io.lodestar.kpi.KpiConfig withDefinition(io.lodestar.kpi.KpiConfig c, UUID definition) {
		return new io.lodestar.kpi.KpiConfig(c.unit(), c.direction(), c.method(), c.aggregation(), c.frequency(),
				c.baseline(), c.target(), c.stretch(), c.rangeLow(), c.rangeHigh(), c.inclusive(), c.tolerance(),
				c.steps(), c.cap(), c.floor(), c.weight(), c.selfReported(), definition);
	}

	private ImportJob check(Fixtures.Person who, String fileName, byte[] content) throws Exception {
		String location = mvc.perform(multipart("/admin/kpi-import")
			.file(new MockMultipartFile("file", fileName, "application/octet-stream", content))
			.with(csrf())
			.with(Fixtures.as(who)))
			.andExpect(status().is3xxRedirection())
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		UUID id = UUID.fromString(location.substring(location.lastIndexOf('/') + 1));
		return jobs.await(who.principal(), id, Duration.ofSeconds(60), false);
	}

	private ImportJob confirm(Fixtures.Person who, UUID id) throws Exception {
		mvc.perform(post("/admin/kpi-import/{id}/confirm", id).with(csrf()).with(Fixtures.as(who)))
			.andExpect(status().is3xxRedirection());
		return jobs.await(who.principal(), id, Duration.ofSeconds(60), true);
	}

	private List<String> stored(Plant plant) {
		return jdbc.sql("select kpi_id, measured_value, measured_on, source, source_ref, idempotency_key "
				+ "from kpi_measurement where tenant_id = :t order by kpi_id, measured_on")
			.param("t", plant.company().id())
			.query((rs, n) -> rs.getObject(1) + " " + rs.getBigDecimal(2).stripTrailingZeros().toPlainString() + " "
					+ rs.getDate(3).toLocalDate() + " " + rs.getString(4) + " " + rs.getString(5) + " "
					+ rs.getString(6).startsWith("import:"))
			.list();
	}

	@Test
	void everyProblemIsReportedWithRowColumnAndReasonAndNothingIsWritten() throws Exception {
		Plant plant = plant();
		var company = plant.company();
		String tomorrow = calendar.today(company.id()).plusDays(1).toString();
		String file = HEADER
				+ "E-1,,LOSS-OP," + plant.march() + ",3.5,MES,\n"
				+ "E-404,,LOSS-OP," + plant.march() + ",3,,\n"
				+ "E-1,,NOPE," + plant.march() + ",3,,\n"
				+ "E-1,,LOSS-OP,2024-02-30,3,,\n"
				+ ",SALES-EAST,SCRAP," + plant.march() + ",abc,,\n"
				+ "E-2,,LOSS-OP," + plant.march() + ",4,,\n"
				+ ",,," + tomorrow + ",5,," + plant.carlSales() + "\n"
				+ "E-1,SALES-EAST,LOSS-OP," + plant.march() + ",4,,\n"
				+ ",,," + plant.march() + ",5,,not-an-id\n";
		ImportJob job = check(company.hr(), "actuals.csv", file.getBytes(StandardCharsets.UTF_8));

		assertThat(job.status()).isEqualTo(ImportStatus.INVALID);
		assertThat(job.report().issues()).extracting(ImportIssue::row, ImportIssue::column, ImportIssue::code)
			.containsExactly(tuple(3, "工号", "kpi.import.ref.employee-unknown"),
					tuple(4, "指标编码", "kpi.import.ref.definition-unknown"), tuple(5, "日期", "kpi.import.cell.date"),
					tuple(6, "实际值", "kpi.import.cell.number"), tuple(7, "指标编码", "kpi.import.ref.kpi-not-found"),
					tuple(8, "日期", "kpi.measurement.date.future"), tuple(9, "工号", "kpi.import.cell.owner-both"),
					tuple(10, "KPI 编号", "kpi.import.cell.kpi-id"));
		assertThat(stored(plant)).isEmpty();

		String page = mvc.perform(get("/admin/kpi-import/{id}", job.id()).with(Fixtures.as(company.hr())))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(Html.rows(page, "data-import-issues")).contains(
				"3 工号 E-404 No employee with number E-404 exists in your company.",
				"7 指标编码 LOSS-OP E-2 has no active KPI LOSS-OP in a period that contains " + plant.march()
						+ ". Assign it first, or check the date.",
				"8 日期 " + tomorrow + " The date cannot be in the future.");
		String chinese = mvc.perform(get("/admin/kpi-import/{id}", job.id()).header("Accept-Language", "zh-CN")
			.with(Fixtures.as(company.hr())))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(chinese).contains("本公司没有工号为 E-404 的员工。", "发现 8 个问题，未导入任何数据。");
	}

	@Test
	void theCorrectedFileImportsAndImportingItAgainAddsNothing() throws Exception {
		Plant plant = plant();
		var company = plant.company();
		String file = HEADER
				+ "E-1,,LOSS-OP," + plant.march() + ",3.5,MES 三月,\n"
				+ ",SALES-EAST,scrap," + plant.march() + ",1.8%,,\n"
				+ ",,," + plant.march() + ",\"1,200\",,"+ plant.carlSales() + "\n";
		// saved by Excel on a Chinese Windows: GBK
		byte[] gbk = file.getBytes(Charset.forName("GBK"));
		ImportJob checked = check(company.hr(), "三月实际.csv", gbk);
		assertThat(checked.status()).isEqualTo(ImportStatus.READY);
		assertThat(checked.report().created()).isEqualTo(3);
		assertThat(stored(plant)).isEmpty();

		ImportJob done = confirm(company.hr(), checked.id());
		assertThat(done.status()).isEqualTo(ImportStatus.DONE);
		assertThat(done.report().created()).isEqualTo(3);
		assertThat(stored(plant)).containsExactlyInAnyOrder(
				plant.emmaLoss() + " 3.5 " + plant.march() + " IMPORT MES 三月 true",
				plant.teamScrap() + " 1.8 " + plant.march() + " IMPORT null true",
				plant.carlSales() + " 1200 " + plant.march() + " IMPORT null true");
		assertThat(kpis.get(company.hr().principal(), plant.emmaLoss()).overall().completion())
			.isEqualByComparingTo("1.1667");

		ImportJob again = check(company.hr(), "三月实际.csv", gbk);
		assertThat(again.status()).isEqualTo(ImportStatus.READY);
		assertThat(again.report().created()).isZero();
		assertThat(again.report().unchanged()).isEqualTo(3);
		assertThat(confirm(company.hr(), again.id()).status()).isEqualTo(ImportStatus.DONE);
		assertThat(stored(plant)).hasSize(3);
	}

	@Test
	void theXlsxTemplateFilledInImports() throws Exception {
		Plant plant = plant();
		var company = plant.company();
		byte[] template = mvc.perform(get("/admin/kpi-import/template.xlsx").param("language", "en")
			.with(Fixtures.as(company.hr())))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		byte[] filled;
		try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(template))) {
			Sheet sheet = book.getSheetAt(0);
			DataFormatter formatter = new DataFormatter();
			List<String> headers = new java.util.ArrayList<>();
			sheet.getRow(0).forEach(cell -> headers.add(formatter.formatCellValue(cell)));
			assertThat(headers).containsExactly("Employee no.", "Org unit code", "KPI code", "Date", "Value",
					"Source reference", "KPI id");
			assertThat(book.getSheetName(1)).isEqualTo("Instructions");
			Row row = sheet.createRow(1);
			row.createCell(0).setCellValue("E-1");
			row.createCell(2).setCellValue("LOSS-OP");
			var date = row.createCell(3);
			date.setCellValue(LocalDate.parse(plant.march()));
			var style = book.createCellStyle();
			style.setDataFormat(book.createDataFormat().getFormat("yyyy-mm-dd"));
			date.setCellStyle(style);
			row.createCell(4).setCellValue(4.2);
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			book.write(out);
			filled = out.toByteArray();
		}
		ImportJob checked = check(company.hr(), "actuals.xlsx", filled);
		assertThat(checked.status()).isEqualTo(ImportStatus.READY);
		assertThat(confirm(company.hr(), checked.id()).status()).isEqualTo(ImportStatus.DONE);
		assertThat(stored(plant)).containsExactly(plant.emmaLoss() + " 4.2 " + plant.march() + " IMPORT null true");
	}

	@Test
	void theSheetOfAMonthListsItsKpisAndImportsOnceTheValuesAreTypedIn() throws Exception {
		Plant plant = plant();
		var company = plant.company();
		String month = plant.march().substring(0, 7);
		byte[] sheet = mvc.perform(get("/admin/kpi-import/month.xlsx").param("period", month).param("language", "zh-CN")
			.with(Fixtures.as(company.hr())))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		String end = java.time.YearMonth.parse(month).atEndOfMonth().toString();
		byte[] filled;
		try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(sheet))) {
			Sheet first = book.getSheetAt(0);
			DataFormatter formatter = new DataFormatter();
			List<String> lines = new java.util.ArrayList<>();
			for (Row row : first) {
				List<String> cells = new java.util.ArrayList<>();
				for (int i = 0; i < 10; i++) {
					cells.add(row.getCell(i) == null ? "" : formatter.formatCellValue(row.getCell(i)));
				}
				lines.add(String.join("|", cells));
			}
			assertThat(lines.get(0)).isEqualTo("工号|部门编码|指标编码|日期|实际值|数据来源|KPI 编号|指标名称|员工姓名|部门名称");
			assertThat(lines.subList(1, lines.size())).containsExactlyInAnyOrder(
					"|SALES-EAST|SCRAP|" + end + "|||" + plant.teamScrap() + "|废品率||Sales East",
					"E-1||LOSS-OP|" + end + "|||" + plant.emmaLoss() + "|个人操作损耗率≤4%|Emma Employee|",
					"E-2|||" + end + "|||" + plant.carlSales() + "|Monthly sales|Carl Colleague|");
			for (Row row : first) {
				if (row.getRowNum() > 0) {
					row.createCell(4).setCellValue(2 + row.getRowNum());
				}
			}
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			book.write(out);
			filled = out.toByteArray();
		}
		ImportJob checked = check(company.hr(), "三月.xlsx", filled);
		assertThat(checked.status()).isEqualTo(ImportStatus.READY);
		assertThat(confirm(company.hr(), checked.id()).report().created()).isEqualTo(3);
		assertThat(stored(plant)).hasSize(3).allSatisfy(line -> assertThat(line).contains(" " + end + " IMPORT"));
	}

	@Test
	void rowsInALockedPeriodAreRefusedWithTheReason() throws Exception {
		Plant plant = plant();
		var company = plant.company();
		Period march = calendar.containing(company.id(), LocalDate.parse(plant.march()), PeriodKind.MONTH);
		KpiData.as(company.hr(), () -> calendar.lock(company.hr().principal(), march.id(), true, "三月奖金已发放"));
		ImportJob job = check(company.hr(), "late.csv",
				(HEADER + "E-1,,LOSS-OP," + plant.march() + ",3.5,,\n").getBytes(StandardCharsets.UTF_8));
		assertThat(job.status()).isEqualTo(ImportStatus.INVALID);
		assertThat(job.report().issues()).singleElement().satisfies(issue -> {
			assertThat(issue.row()).isEqualTo(2);
			assertThat(issue.column()).isEqualTo("日期");
			assertThat(issue.code()).isEqualTo("kpi.import.row.period-locked");
			assertThat(jobs.describe(issue, io.lodestar.platform.web.SupportedLocales.CHINESE))
				.isEqualTo(march.startsOn() + " 至 " + march.endsOn() + " 的期间已锁定（三月奖金已发放）。只有 HR 管理员可以逐条填写原因后录入。");
		});
		assertThat(stored(plant)).isEmpty();
	}

	@Test
	void onlyHrImportsActualsAndJobsOfOtherKindsAreNotShownHere() throws Exception {
		Plant plant = plant();
		var company = plant.company();
		byte[] file = (HEADER + "E-1,,LOSS-OP," + plant.march() + ",3.5,,\n").getBytes(StandardCharsets.UTF_8);
		for (var person : List.of(company.employee(), company.manager(), company.executive())) {
			mvc.perform(get("/admin/kpi-import").with(Fixtures.as(person))).andExpect(status().isForbidden());
			mvc.perform(get("/admin/kpi-import/template.csv").with(Fixtures.as(person))).andExpect(status().isForbidden());
			mvc.perform(multipart("/admin/kpi-import").file(new MockMultipartFile("file", "a.csv", "text/csv", file))
				.with(csrf())
				.with(Fixtures.as(person))).andExpect(status().isForbidden());
		}
		assertThat(stored(plant)).isEmpty();
		String people = mvc.perform(multipart("/admin/imports")
			.file(new MockMultipartFile("file", "staff-list-7.csv", "text/csv", "工号,姓名,部门编码\nN-1,新人,SALES\n".getBytes(StandardCharsets.UTF_8)))
			.param("kind", "employees")
			.with(csrf())
			.with(Fixtures.as(company.hr())))
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		String id = people.substring(people.lastIndexOf('/') + 1);
		mvc.perform(get("/admin/kpi-import/{id}", id).with(Fixtures.as(company.hr()))).andExpect(status().isNotFound());
		assertThat(mvc.perform(get("/admin/kpi-import").with(Fixtures.as(company.hr()))).andReturn().getResponse()
			.getContentAsString()).doesNotContain("staff-list-7.csv");
	}

}
