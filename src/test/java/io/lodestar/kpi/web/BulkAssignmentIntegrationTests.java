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
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;

import io.lodestar.goals.GoalManagement;
import io.lodestar.goals.Period;
import io.lodestar.goals.PeriodCalendar;
import io.lodestar.kpi.KpiData;
import io.lodestar.kpi.KpiDefinitionView;
import io.lodestar.kpi.KpiLibrary;
import io.lodestar.kpi.KpiManagement;
import io.lodestar.scoring.Direction;
import io.lodestar.scoring.ScoringMethod;
import io.lodestar.test.Fixtures;
import io.lodestar.test.IntegrationTest;

/**
 * The brief's example: apply "个人操作损耗率≤4%" to every operator of a workshop with per-person targets, each
 * KPI contributing to the workshop's KPI — in the grid and through an Excel round trip; one bad row refuses
 * the whole assignment; people are offered only where the user sets their goals.
 */
@IntegrationTest
class BulkAssignmentIntegrationTests {

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
	GoalManagement goals;

	@Autowired
	PeriodCalendar calendar;

	KpiData data;

	@BeforeEach
	void setUp() {
		data = new KpiData(library, kpis, calendar, jdbc);
	}

	record Workshop(Fixtures.Company company, KpiDefinitionView loss, Period year, UUID workshopKpi) {
	}

	/** The team unit plays the workshop; its KPI "车间损耗率≤4.5%" is what the operators contribute to. */
	private Workshop workshop() {
		var company = fixtures.company();
		Period year = data.lastYear(company);
		UUID workshopKpi = data.unitKpi(company, company.teamUnit(), "车间损耗率≤4.5%", year,
				KpiData.config(Direction.AT_MOST, ScoringMethod.RATIO, null, "4.5", "100"));
		return new Workshop(company, data.lossRate(company), year, workshopKpi);
	}

	private MockHttpServletRequestBuilder grid(Workshop shop, List<String[]> rows) {
		MockHttpServletRequestBuilder request = post("/admin/kpi-library/{id}/assign", shop.loss().id()).with(csrf())
			.param("periodId", shop.year().id().toString())
			.param("parentId", shop.workshopKpi().toString())
			.param("unitId", shop.company().teamUnit().toString());
		for (int i = 0; i < rows.size(); i++) {
			String[] row = rows.get(i);
			request.param("rows[" + i + "].employeeId", row[0]).param("rows[" + i + "].target", row[1])
				.param("rows[" + i + "].weight", row[2]);
			if (row.length > 3) {
				request.param("rows[" + i + "].remove", row[3]);
			}
		}
		return request;
	}

	/** Owner employee number, target, weight and parent of every KPI created from the definition. */
	private List<org.assertj.core.groups.Tuple> assigned(Workshop shop) {
		return jdbc.sql("""
				select e.employee_no, k.target, k.weight, g.parent_id, g.period_id from kpi k
				join goal g on g.tenant_id = k.tenant_id and g.id = k.goal_id
				join people_employee e on e.tenant_id = g.tenant_id and e.id = g.owner_id
				where k.tenant_id = :t and k.definition_id = :d order by e.employee_no
				""")
			.param("t", shop.company().id())
			.param("d", shop.loss().id())
			.query((rs, n) -> tuple(rs.getString(1), rs.getBigDecimal(2).stripTrailingZeros().toPlainString(),
					rs.getBigDecimal(3).stripTrailingZeros().toPlainString(), rs.getObject(4, UUID.class),
					rs.getObject(5, UUID.class)))
			.list();
	}

	@Test
	void theGridOffersTheWorkshopWithDefaultsAndAssignsPerPersonTargetsContributingToTheWorkshopKpi()
			throws Exception {
		Workshop shop = workshop();
		var company = shop.company();
		String page = mvc.perform(get("/admin/kpi-library/{id}/assign", shop.loss().id())
			.param("period", shop.year().id().toString())
			.param("unit", company.teamUnit().toString())
			.param("parent", shop.workshopKpi().toString())
			.with(Fixtures.as(company.hr())))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("Emma Employee", "Carl Colleague", "车间损耗率≤4.5%")
			.contains("name=\"rows[0].target\"", "value=\"4\"", "value=\"50\"")
			.doesNotContain("Max Manager");

		mvc.perform(grid(shop, List.of(new String[] { company.employee().employeeId().toString(), "4", "50" },
				new String[] { company.colleague().employeeId().toString(), "3.5", "40" })).with(Fixtures.as(company.hr())))
			.andExpect(status().is3xxRedirection());

		assertThat(assigned(shop)).containsExactly(tuple("E-1", "4", "50", shop.workshopKpi(), shop.year().id()),
				tuple("E-2", "3.5", "40", shop.workshopKpi(), shop.year().id()));
		var children = goals.children(company.hr().principal(), shop.workshopKpi());
		assertThat(children).extracting(view -> view.title()).containsOnly("个人操作损耗率≤4%").hasSize(2);

		// drawn again, the grid marks both as already assigned and leaves them out by default
		String again = mvc.perform(get("/admin/kpi-library/{id}/assign", shop.loss().id())
			.param("period", shop.year().id().toString())
			.param("unit", company.teamUnit().toString())
			.with(Fixtures.as(company.hr())))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(again).contains("Already has this KPI in this period")
			.containsPattern("name=\"rows\\[0\\]\\.remove\"[^>]*checked");
	}

	@Test
	void oneBadRowRefusesTheWholeAssignmentWithTheReasonNextToIt() throws Exception {
		Workshop shop = workshop();
		var company = shop.company();
		String page = mvc.perform(grid(shop, List.of(new String[] { company.employee().employeeId().toString(), "4", "50" },
				new String[] { company.colleague().employeeId().toString(), "3.5", "150" },
				new String[] { company.hr().employeeId().toString(), "8", "50", "true" })).with(Fixtures.as(company.hr())))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(Html.text(page, "row-1-weight-error")).isEqualTo("The weight must be between 0 and 100.");
		assertThat(page).contains("value=\"150\"");
		assertThat(assigned(shop)).isEmpty();

		// a target on the wrong side of the baseline is a row problem too (7 → 8 is no decrease)
		String wrongSide = mvc.perform(grid(shop, java.util.Collections.singletonList(new String[] { company.employee().employeeId().toString(), "8", "50" }))
			.with(Fixtures.as(company.hr())))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(Html.text(wrongSide, "row-0-target-error")).startsWith("The baseline (7) is on the wrong side of the target (8)");

		// the left-out row (HR, target 8) was not part of it: with the weight fixed everything else goes through
		mvc.perform(grid(shop, List.of(new String[] { company.employee().employeeId().toString(), "4", "50" },
				new String[] { company.colleague().employeeId().toString(), "3.5", "50" },
				new String[] { company.hr().employeeId().toString(), "8", "50", "true" })).with(Fixtures.as(company.hr())))
			.andExpect(status().is3xxRedirection());
		assertThat(assigned(shop)).extracting(tuple -> tuple.toList().get(0)).containsExactly("E-1", "E-2");
	}

	@Test
	void aManagerIsOfferedOnlyTheirReportsAndCannotAssignToAnyoneElse() throws Exception {
		Workshop shop = workshop();
		var company = shop.company();
		String page = mvc.perform(get("/admin/kpi-library/{id}/assign", shop.loss().id())
			.param("period", shop.year().id().toString())
			.param("unit", company.rootUnit().toString())
			.with(Fixtures.as(company.manager())))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(Html.rows(page, "data-assign-grid")).extracting(row -> row.substring(0, row.indexOf(" E-")))
			.containsExactlyInAnyOrder("Emma Employee", "Carl Colleague");
		String refused = mvc.perform(grid(shop, List.of(new String[] { company.employee().employeeId().toString(), "4", "50" },
				new String[] { company.hr().employeeId().toString(), "4", "50" })).with(Fixtures.as(company.manager())))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(Html.text(refused, "row-1-employee-error")).isEqualTo("You do not set goals for this employee.");
		assertThat(assigned(shop)).isEmpty();
	}

	@Test
	void employeesCannotAssign() throws Exception {
		Workshop shop = workshop();
		var company = shop.company();
		mvc.perform(get("/admin/kpi-library/{id}/assign", shop.loss().id()).with(Fixtures.as(company.employee())))
			.andExpect(status().isForbidden());
		mvc.perform(grid(shop, java.util.Collections.singletonList(new String[] { company.employee().employeeId().toString(), "4", "50" }))
			.with(Fixtures.as(company.employee()))).andExpect(status().isForbidden());
		mvc.perform(get("/admin/kpi-library/{id}/assign/sheet.xlsx", shop.loss().id()).with(Fixtures.as(company.employee())))
			.andExpect(status().isForbidden());
		mvc.perform(multipart("/admin/kpi-library/{id}/assign/upload", shop.loss().id())
			.file(new MockMultipartFile("file", "a.csv", "text/csv", "工号,目标值\nE-1,4\n".getBytes()))
			.param("periodId", shop.year().id().toString())
			.with(csrf())
			.with(Fixtures.as(company.employee()))).andExpect(status().isForbidden());
		assertThat(assigned(shop)).isEmpty();
	}

	@Test
	void theExcelRoundTripAssignsTheTargetsTypedIntoTheSheet() throws Exception {
		Workshop shop = workshop();
		var company = shop.company();
		byte[] sheet = download(shop, "zh-CN");
		List<List<String>> rows = rows(sheet);
		assertThat(rows.get(0)).containsExactly("工号", "姓名", "所属部门", "目标值", "权重（%）");
		assertThat(rows.subList(1, rows.size())).containsExactly(List.of("E-1", "Emma Employee", "Sales East", "4", "50"),
				List.of("E-2", "Carl Colleague", "Sales East", "4", "50"));
		assertThat(sheetNames(sheet)).contains("填写说明");

		byte[] filled = edit(sheet, Map.of(2, new Object[] { 3.5, 40.0 }));
		mvc.perform(upload(shop, filled, "车间.xlsx").with(Fixtures.as(company.hr())))
			.andExpect(status().is3xxRedirection());
		assertThat(assigned(shop)).containsExactly(tuple("E-1", "4", "50", shop.workshopKpi(), shop.year().id()),
				tuple("E-2", "3.5", "40", shop.workshopKpi(), shop.year().id()));
	}

	@Test
	void aBadCellInTheSheetIsReportedWithRowAndColumnAndNothingIsAssigned() throws Exception {
		Workshop shop = workshop();
		var company = shop.company();
		byte[] sheet = download(shop, "en");
		byte[] filled = edit(sheet, Map.of(1, new Object[] { "about four", 50.0 }, 2, new Object[] { 3.5, 250.0 }));
		String page = mvc.perform(upload(shop, filled, "workshop.xlsx").header("Accept-Language", "zh-CN")
			.with(Fixtures.as(company.hr())))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		List<String> issues = Html.rows(page, "data-sheet-issues");
		assertThat(issues).containsExactly("2 Target about four 不是数字。请填写如 4.5 或 1,200 的数字（% 符号会被忽略：4.5% 即 4.5）。");
		assertThat(assigned(shop)).isEmpty();

		// the cell corrected, the next problem (a weight above 100) is found by the assignment itself
		byte[] weightOnly = edit(sheet, Map.of(2, new Object[] { 3.5, 250.0 }));
		String second = mvc.perform(upload(shop, weightOnly, "workshop.xlsx").with(Fixtures.as(company.hr())))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(Html.rows(second, "data-sheet-issues"))
			.containsExactly("3 Weight (%) 250 The weight must be between 0 and 100.");
		assertThat(assigned(shop)).isEmpty();

		String unknown = mvc.perform(upload(shop, "Employee no.,Target\nE-404,4\n".getBytes(), "x.csv")
			.with(Fixtures.as(company.hr())))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(Html.rows(unknown, "data-sheet-issues"))
			.containsExactly("2 Employee no. E-404 No active employee with number E-404 exists in your company.");
	}

	private byte[] download(Workshop shop, String language) throws Exception {
		return mvc.perform(get("/admin/kpi-library/{id}/assign/sheet.xlsx", shop.loss().id())
			.param("unit", shop.company().teamUnit().toString())
			.param("language", language)
			.with(Fixtures.as(shop.company().hr())))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
	}

	private MockMultipartHttpServletRequestBuilder upload(Workshop shop, byte[] content, String name) {
		return multipart("/admin/kpi-library/{id}/assign/upload", shop.loss().id())
			.file(new MockMultipartFile("file", name, "application/octet-stream", content))
			.param("periodId", shop.year().id().toString())
			.param("parentId", shop.workshopKpi().toString())
			.with(csrf());
	}

	/** Sets target and weight (numbers or text) of the given sheet rows (1 = first data row). */
	private static byte[] edit(byte[] workbook, Map<Integer, Object[]> changes) throws Exception {
		try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(workbook))) {
			Sheet sheet = book.getSheetAt(0);
			changes.forEach((index, values) -> {
				Row row = sheet.getRow(index);
				for (int i = 0; i < 2; i++) {
					var cell = row.getCell(3 + i) == null ? row.createCell(3 + i) : row.getCell(3 + i);
					if (values[i] instanceof Double number) {
						cell.setCellValue(number);
					}
					else {
						cell.setCellValue(values[i].toString());
					}
				}
			});
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			book.write(out);
			return out.toByteArray();
		}
	}

	private static List<List<String>> rows(byte[] workbook) throws Exception {
		List<List<String>> rows = new ArrayList<>();
		DataFormatter formatter = new DataFormatter();
		try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(workbook))) {
			for (Row row : book.getSheetAt(0)) {
				List<String> cells = new ArrayList<>();
				for (int i = 0; i < row.getLastCellNum(); i++) {
					cells.add(row.getCell(i) == null ? "" : formatter.formatCellValue(row.getCell(i)));
				}
				rows.add(cells);
			}
		}
		return rows;
	}

	private static List<String> sheetNames(byte[] workbook) throws Exception {
		try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(workbook))) {
			List<String> names = new ArrayList<>();
			book.forEach(sheet -> names.add(sheet.getSheetName()));
			return names;
		}
	}

	static BigDecimal number(String text) {
		return new BigDecimal(text);
	}

}
