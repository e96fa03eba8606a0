package io.lodestar.okr.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import io.lodestar.test.Fixtures;
import io.lodestar.test.IntegrationTest;

/**
 * The retrospective of a quarter: what it shows (scores, mid-cycle changes, check-in notes, reflections,
 * carry-over), that a private objective never reaches a colleague (page, .xlsx or PDF), and that the exports
 * open and hold the rows.
 */
@IntegrationTest
class RetrospectiveIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	ApplicationContext context;

	@Autowired
	PdfFonts fonts;

	@Test
	void thePageShowsScoresChangesNotesReflectionsAndWhereTheObjectiveWasCarried() throws Exception {
		var scenario = RetrospectiveScenario.build(context, fixtures.company(), true);
		var company = scenario.company();
		String html = page(get(retro(scenario)).param("scope", "person")
			.param("person", company.employee().employeeId().toString()), company.hr());
		assertThat(html).contains(RetrospectiveScenario.PUBLIC_TITLE, RetrospectiveScenario.PRIVATE_TITLE,
				"Score 0.82", "Revenue 100 → 180", RetrospectiveScenario.REVISION_REASON, "Revenue 100 → 200",
				RetrospectiveScenario.NARRATIVE, RetrospectiveScenario.HELP, "Slow start", RetrospectiveScenario.WENT_WELL,
				RetrospectiveScenario.WENT_BADLY, RetrospectiveScenario.REASONS, "Carry over to the next cycle",
				"in Next " + company.code(), "The revised target was nearly met", "data-chart-option=",
				"Expected pace", "Person: Emma Employee");
		// final key-result scores in the table
		assertThat(html).containsPattern("<strong>0\\.7\\d*</strong>").containsPattern("<strong>1\\.0\\d*</strong>");
		// the downloads keep the scope
		assertThat(html).contains("retrospective.xlsx?scope=person&amp;person=" + company.employee().employeeId());
	}

	@Test
	void aPrivateObjectiveIsAbsentForAColleagueInThePageTheWorkbookAndThePdf() throws Exception {
		var scenario = RetrospectiveScenario.build(context, fixtures.company(), false);
		var company = scenario.company();
		var carl = company.colleague();
		assertThat(page(get(retro(scenario)), carl)).contains(RetrospectiveScenario.PUBLIC_TITLE)
			.doesNotContain(RetrospectiveScenario.PRIVATE_TITLE, "Plan agreed with HR");
		assertThat(page(get(retro(scenario)).param("person", company.employee().employeeId().toString()), carl))
			.contains(RetrospectiveScenario.PUBLIC_TITLE)
			.doesNotContain(RetrospectiveScenario.PRIVATE_TITLE);
		String workbook = cells(download(get(retro(scenario) + ".xlsx"), carl));
		assertThat(workbook).contains(RetrospectiveScenario.PUBLIC_TITLE).doesNotContain(RetrospectiveScenario.PRIVATE_TITLE);
		String pdf = pdfText(download(get(retro(scenario) + ".pdf"), carl));
		assertThat(pdf).contains(RetrospectiveScenario.PUBLIC_TITLE).doesNotContain(RetrospectiveScenario.PRIVATE_TITLE);
		// the owner and her manager see both
		assertThat(pdfText(download(get(retro(scenario) + ".pdf"), company.employee())))
			.contains(RetrospectiveScenario.PUBLIC_TITLE, RetrospectiveScenario.PRIVATE_TITLE);
		assertThat(cells(download(get(retro(scenario) + ".xlsx"), company.manager())))
			.contains(RetrospectiveScenario.PRIVATE_TITLE);
	}

	@Test
	void theWorkbookHasASheetPerKindOfRowWithScoresAsNumbers() throws Exception {
		var scenario = RetrospectiveScenario.build(context, fixtures.company(), true);
		var company = scenario.company();
		byte[] xlsx = mvc.perform(get(retro(scenario) + ".xlsx").param("scope", "unit")
			.param("unit", company.salesUnit().toString()).with(Fixtures.as(company.hr())))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Disposition", org.hamcrest.Matchers.containsString(".xlsx")))
			.andReturn().getResponse().getContentAsByteArray();
		try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
			assertThat(workbook.getNumberOfSheets()).isEqualTo(5);
			Sheet objectives = workbook.getSheet("Objectives");
			assertThat(texts(objectives.getRow(0))).startsWith("Owner", "Objective", "Score (0-1)");
			Row grow = find(objectives, RetrospectiveScenario.PUBLIC_TITLE);
			assertThat(grow.getCell(2).getNumericCellValue()).isEqualTo(0.82);
			assertThat(texts(grow)).contains("Emma Employee", "Carry over to the next cycle",
					RetrospectiveScenario.WENT_WELL, RetrospectiveScenario.WENT_BADLY, RetrospectiveScenario.REASONS);
			Sheet keyResults = workbook.getSheet("Key results");
			assertThat(keyResults.getLastRowNum()).isEqualTo(3); // two key results of one objective, one of the other
			Row revenue = find(keyResults, "Revenue 100 → 180");
			assertThat(revenue.getCell(7).getNumericCellValue()).isEqualTo(0.7);
			assertThat(texts(revenue)).contains("100 → 180 k¥", "150 k¥", "The revised target was nearly met");
			assertThat(workbook.getSheet("Check-ins").getLastRowNum()).isGreaterThanOrEqualTo(2);
			Row change = workbook.getSheet("Changes").getRow(1);
			assertThat(texts(change)).contains("Revenue 100 → 200 (100 → 200 k¥)", "Revenue 100 → 180 (100 → 180 k¥)",
					RetrospectiveScenario.REVISION_REASON, "approved", "Fair");
			assertThat(cells(xlsx)).contains(RetrospectiveScenario.NARRATIVE, RetrospectiveScenario.HELP);
		}
	}

	@Test
	void thePdfIsAPdfWithTheObjectivesAndChineseWhenAChineseFontIsThere() throws Exception {
		var scenario = RetrospectiveScenario.build(context, fixtures.company(), true);
		var company = scenario.company();
		byte[] pdf = download(get(retro(scenario) + ".pdf").param("scope", "company"), company.hr());
		assertThat(new String(pdf, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
		String text = pdfText(pdf);
		assertThat(text).contains(RetrospectiveScenario.PUBLIC_TITLE, RetrospectiveScenario.REVISION_REASON,
				RetrospectiveScenario.NARRATIVE, RetrospectiveScenario.WENT_BADLY, "0.82");
		String chinese = pdfText(download(get(retro(scenario) + ".pdf").header("Accept-Language", "zh-CN"), company.hr()));
		// kept for people reviewing the layout (pdftoppm turns it into pictures)
		byte[] zh = download(get(retro(scenario) + ".pdf").header("Accept-Language", "zh-CN"), company.hr());
		java.nio.file.Files.createDirectories(java.nio.file.Path.of("target/screenshots"));
		java.nio.file.Files.write(java.nio.file.Path.of("target/screenshots/okr-retrospective-zh.pdf"), zh);
		if (fonts.cjk()) {
			assertThat(chinese).contains("复盘报告", "做得好的地方", RetrospectiveScenario.WENT_WELL);
		}
		else {
			assertThat(chinese).contains("no Chinese font was found");
		}
	}

	@Test
	void theUnitScopeHoldsItsPeoplesObjectivesAndTheChineseTextsComeThrough() throws Exception {
		var scenario = RetrospectiveScenario.build(context, fixtures.company(), false);
		var company = scenario.company();
		String team = page(get(retro(scenario)).param("scope", "unit").param("unit", company.teamUnit().toString())
			.header("Accept-Language", "zh-CN"), company.hr());
		assertThat(team).contains(RetrospectiveScenario.PUBLIC_TITLE, "复盘报告", "组织单元: Sales East", "收尾阶段",
				"延续到下一周期").doesNotContain("Retrospective:");
		// the top unit's own people are not in Sales, so Sales holds Emma's objectives and the root everything
		assertThat(page(get(retro(scenario)).param("unit", company.salesUnit().toString()), company.hr()))
			.contains(RetrospectiveScenario.PUBLIC_TITLE);
	}

	@Test
	void anotherCompanysPersonOrUnitIsNotFound() throws Exception {
		var scenario = RetrospectiveScenario.build(context, fixtures.company(), false);
		var other = fixtures.company();
		var hr = scenario.company().hr();
		mvc.perform(get(retro(scenario)).param("scope", "person").param("person", other.employee().employeeId().toString())
			.with(Fixtures.as(hr))).andExpect(status().isNotFound());
		mvc.perform(get(retro(scenario) + ".pdf").param("scope", "unit").param("unit", other.teamUnit().toString())
			.with(Fixtures.as(hr))).andExpect(status().isNotFound());
		mvc.perform(get(retro(scenario) + ".xlsx").with(Fixtures.as(other.hr()))).andExpect(status().isNotFound());
	}

	@Test
	void theRetrospectiveMenuEntryOpensTheCurrentCycleAndTheScopeFormRedirects() throws Exception {
		var scenario = RetrospectiveScenario.build(context, fixtures.company(), false);
		var emma = scenario.company().employee();
		mvc.perform(get("/okr/retrospective").with(Fixtures.as(emma)))
			.andExpect(status().is3xxRedirection())
			.andExpect(header().string("Location", org.hamcrest.Matchers.endsWith("/retrospective")));
		mvc.perform(get("/okr/retrospective/select").param("cycle", scenario.cycle().toString()).param("scope", "person")
			.param("person", emma.employeeId().toString()).with(Fixtures.as(emma)))
			.andExpect(status().is3xxRedirection())
			.andExpect(header().string("Location", retro(scenario) + "?scope=person&person=" + emma.employeeId()));
		assertThat(page(get("/okr/retrospective"), fixtures.company().employee())).contains("No OKR cycle yet");
	}

	private static String retro(RetrospectiveScenario scenario) {
		return "/okr/cycles/" + scenario.cycle() + "/retrospective";
	}

	private String page(MockHttpServletRequestBuilder request, Fixtures.Person as) throws Exception {
		return mvc.perform(request.with(Fixtures.as(as)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
	}

	private byte[] download(MockHttpServletRequestBuilder request, Fixtures.Person as) throws Exception {
		return mvc.perform(request.with(Fixtures.as(as)))
			.andExpect(status().isOk())
			.andExpect(header().string("Cache-Control", org.hamcrest.Matchers.containsString("no-store")))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
	}

	static String pdfText(byte[] pdf) throws Exception {
		try (PDDocument document = Loader.loadPDF(pdf)) {
			return new PDFTextStripper().getText(document);
		}
	}

	static String cells(byte[] xlsx) throws Exception {
		StringBuilder text = new StringBuilder();
		DataFormatter formatter = new DataFormatter();
		try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
			workbook.forEach(sheet -> sheet.forEach(row -> row.forEach(cell -> text.append(formatter.formatCellValue(cell)).append('|'))));
		}
		return text.toString();
	}

	private static List<String> texts(Row row) {
		DataFormatter formatter = new DataFormatter();
		List<String> texts = new ArrayList<>();
		row.forEach(cell -> texts.add(formatter.formatCellValue(cell)));
		return texts;
	}

	private static Row find(Sheet sheet, String text) {
		for (Row row : sheet) {
			if (texts(row).stream().anyMatch(cell -> cell.equals(text) || cell.startsWith(text))) {
				return row;
			}
		}
		throw new AssertionError(text + " not in sheet " + sheet.getSheetName());
	}

}
