package io.lodestar.kpi.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import io.lodestar.goals.Period;
import io.lodestar.goals.PeriodCalendar;
import io.lodestar.goals.PeriodKind;
import io.lodestar.kpi.KpiConfig;
import io.lodestar.kpi.KpiData;
import io.lodestar.kpi.KpiLibrary;
import io.lodestar.kpi.KpiManagement;
import io.lodestar.scoring.Aggregation;
import io.lodestar.scoring.Direction;
import io.lodestar.scoring.ScoringMethod;
import io.lodestar.test.Fixtures;
import io.lodestar.test.IntegrationTest;

/**
 * The team entry grid: a manager records a month of actuals for their team at once; a bad value anywhere
 * stores nothing and is explained next to its row; a manager sees only the KPIs of their own reports.
 */
@IntegrationTest
class TeamEntryIntegrationTests {

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

	KpiData data;

	@BeforeEach
	void setUp() {
		data = new KpiData(library, kpis, calendar, jdbc);
	}

	record Team(Fixtures.Company company, Period year, YearMonth march, UUID emmaLoss, UUID carlSales, UUID emmaTraining,
			UUID hrKpi, UUID executiveKpi) {
	}

	private Team team() {
		var company = fixtures.company();
		Period year = data.lastYear(company);
		UUID emmaLoss = data.personalKpi(company, company.employee(), "个人操作损耗率≤4%", year,
				KpiData.config(Direction.DECREASE, ScoringMethod.PROGRESS, "7", "4", "50"), null);
		UUID carlSales = data.personalKpi(company, company.colleague(), "Monthly sales", year,
				KpiData.config(Direction.INCREASE, ScoringMethod.RATIO, null, "100", "50"), null);
		KpiConfig done = new KpiConfig(null, Direction.DONE, ScoringMethod.BINARY, Aggregation.LAST, PeriodKind.MONTH,
				null, null, null, null, null, true, null, List.of(), null, null, new BigDecimal("10"), false, null);
		UUID emmaTraining = data.personalKpi(company, company.employee(), "Safety training", year, done, null);
		UUID hrKpi = data.personalKpi(company, company.hr(), "Hiring lead time", year,
				KpiData.config(Direction.AT_MOST, ScoringMethod.RATIO, null, "30", "100"), null);
		UUID executiveKpi = data.personalKpi(company, company.executive(), "Revenue", year,
				KpiData.config(Direction.INCREASE, ScoringMethod.RATIO, null, "1000", "100"), null);
		return new Team(company, year, YearMonth.from(year.startsOn().plusMonths(2)), emmaLoss, carlSales, emmaTraining,
				hrKpi, executiveKpi);
	}

	private String page(Team team, Fixtures.Person who) throws Exception {
		return mvc.perform(get("/kpis/entry").param("period", team.march().toString()).with(Fixtures.as(who)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	private MockHttpServletRequestBuilder submit(Team team, Map<UUID, String> values, String token) {
		MockHttpServletRequestBuilder request = post("/kpis/entry").with(csrf())
			.param("period", team.march().toString())
			.param("token", token);
		int i = 0;
		for (var entry : values.entrySet()) {
			request.param("rows[" + i + "].kpiId", entry.getKey().toString()).param("rows[" + i + "].value", entry.getValue());
			i++;
		}
		return request;
	}

	private List<String> stored(Team team) {
		return jdbc.sql("select kpi_id, measured_value, measured_on, source from kpi_measurement where tenant_id = :t "
				+ "order by measured_value")
			.param("t", team.company().id())
			.query((rs, n) -> rs.getObject(1) + " " + rs.getBigDecimal(2).stripTrailingZeros().toPlainString() + " "
					+ rs.getDate(3).toLocalDate() + " " + rs.getString(4))
			.list();
	}

	private static Map<UUID, String> values(Object... pairs) {
		Map<UUID, String> values = new LinkedHashMap<>();
		for (int i = 0; i < pairs.length; i += 2) {
			values.put((UUID) pairs[i], (String) pairs[i + 1]);
		}
		return values;
	}

	@Test
	void aManagerSeesTheKpisOfTheirReportsOnlyAndRecordsAMonthAtOnce() throws Exception {
		Team team = team();
		var company = team.company();
		String grid = page(team, company.manager());
		assertThat(Html.rows(grid, "data-entry-grid")).hasSize(3)
			.anySatisfy(row -> assertThat(row).contains("个人操作损耗率≤4%", "(%)", "Emma Employee", "E-1", "4"))
			.anySatisfy(row -> assertThat(row).contains("Monthly sales", "Carl Colleague", "100"))
			.anySatisfy(row -> assertThat(row).contains("Safety training", "Emma Employee"));
		assertThat(grid).doesNotContain(team.hrKpi().toString(), team.executiveKpi().toString(), "Hiring lead time",
				"Revenue");

		mvc.perform(submit(team, values(team.emmaLoss(), "3.5", team.carlSales(), "1,200", team.emmaTraining(), ""),
				UUID.randomUUID().toString()).with(Fixtures.as(company.manager())))
			.andExpect(status().is3xxRedirection());
		String end = team.march().atEndOfMonth().toString();
		assertThat(stored(team)).containsExactly(team.emmaLoss() + " 3.5 " + end + " MANUAL",
				team.carlSales() + " 1200 " + end + " MANUAL");
		// the grid shows what is there now; the loss KPI scores (7 − 3.5) / (7 − 4) = 116.67 %
		assertThat(Html.rows(page(team, company.manager()), "data-entry-grid"))
			.anySatisfy(row -> assertThat(row).contains("个人操作损耗率≤4%", "3.5", "(1 values in"));
		assertThat(kpis.get(company.hr().principal(), team.emmaLoss()).overall().completion()).isEqualByComparingTo("1.1667");
	}

	@Test
	void hrRecordsForEveryoneIncludingPeopleOutsideAnyManagersTeam() throws Exception {
		Team team = team();
		String grid = page(team, team.company().hr());
		assertThat(grid).contains("Hiring lead time", "Revenue", "个人操作损耗率≤4%", "Monthly sales");
		String filtered = mvc.perform(get("/kpis/entry").param("period", team.march().toString())
			.param("unit", team.company().teamUnit().toString())
			.with(Fixtures.as(team.company().hr())))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(Html.rows(filtered, "data-entry-grid")).hasSize(3);
		assertThat(filtered).doesNotContain("Hiring lead time", "Revenue");
	}

	@Test
	void oneBadValueStoresNothingAndIsExplainedNextToItsRow() throws Exception {
		Team team = team();
		var company = team.company();
		String refused = mvc.perform(submit(team, values(team.emmaLoss(), "3.5", team.emmaTraining(), "5",
				team.carlSales(), "lots"), UUID.randomUUID().toString()).with(Fixtures.as(company.manager())))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(refused).contains("Nothing was saved. Correct the values marked below and save again.");
		Map<String, String> errors = rowErrors(refused);
		assertThat(errors).containsEntry(team.carlSales().toString(), "Enter a number, such as 4.5.")
			.doesNotContainKey(team.emmaLoss().toString());
		// what was typed stays in the form
		assertThat(refused).contains("value=\"lots\"", "value=\"3.5\"");
		assertThat(stored(team)).isEmpty();

		String binary = mvc.perform(submit(team, values(team.emmaLoss(), "3.5", team.emmaTraining(), "5"),
				UUID.randomUUID().toString()).header("Accept-Language", "zh-CN").with(Fixtures.as(company.manager())))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(rowErrors(binary)).containsOnlyKeys(team.emmaTraining().toString())
			.containsEntry(team.emmaTraining().toString(), "“完成/未完成”类 KPI 请填写 1（完成）或 0（未完成）。");
		assertThat(stored(team)).isEmpty();

		// a KPI the manager does not record for is refused too, even when posted by hand
		String foreign = mvc.perform(submit(team, values(team.emmaLoss(), "3.5", team.hrKpi(), "20"),
				UUID.randomUUID().toString()).with(Fixtures.as(company.manager())))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(foreign).contains("This KPI does not exist or you cannot see it.");
		assertThat(stored(team)).isEmpty();
	}

	@Test
	void aLockedMonthIsRefusedWithTheReason() throws Exception {
		Team team = team();
		var company = team.company();
		Period march = calendar.containing(company.id(), team.march().atDay(1), PeriodKind.MONTH);
		KpiData.as(company.hr(), () -> calendar.lock(company.hr().principal(), march.id(), true, "paid out"));
		String refused = mvc.perform(submit(team, values(team.emmaLoss(), "3.5"), UUID.randomUUID().toString())
			.with(Fixtures.as(company.manager())))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(rowErrors(refused)).containsEntry(team.emmaLoss().toString(),
				"The period is locked; only an HR administrator can record into it, with a reason.");
		assertThat(stored(team)).isEmpty();
	}

	@Test
	void submittingTheSameFormTwiceRecordsItOnce() throws Exception {
		Team team = team();
		var company = team.company();
		String token = UUID.randomUUID().toString();
		for (int i = 0; i < 2; i++) {
			mvc.perform(submit(team, values(team.emmaLoss(), "3.5", team.carlSales(), "90"), token)
				.with(Fixtures.as(company.manager())))
				.andExpect(status().is3xxRedirection());
		}
		assertThat(stored(team)).hasSize(2);
		// a new form (a new token) is a new entry: values are added, never overwritten
		mvc.perform(submit(team, values(team.carlSales(), "110"), UUID.randomUUID().toString())
			.with(Fixtures.as(company.manager()))).andExpect(status().is3xxRedirection());
		assertThat(stored(team)).hasSize(3);
	}

	@Test
	void employeesHaveNoTeamGrid() throws Exception {
		Team team = team();
		mvc.perform(get("/kpis/entry").with(Fixtures.as(team.company().employee()))).andExpect(status().isForbidden());
		mvc.perform(submit(team, values(team.emmaLoss(), "1"), UUID.randomUUID().toString())
			.with(Fixtures.as(team.company().employee()))).andExpect(status().isForbidden());
		assertThat(stored(team)).isEmpty();
	}

	@Test
	void theGridReadsInChineseAndOffersPastMonthsOnly() throws Exception {
		Team team = team();
		String grid = mvc.perform(get("/kpis/entry").header("Accept-Language", "zh-CN")
			.with(Fixtures.as(team.company().manager())))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(grid).contains("团队数据录入", "月份", "您可以录入数据的人员在这个月没有进行中的 KPI。");
		YearMonth next = YearMonth.from(calendar.today(team.company().id())).plusMonths(1);
		assertThat(grid).doesNotContain("value=\"" + next + "\"");
		mvc.perform(get("/kpis/entry").param("period", next.toString()).with(Fixtures.as(team.company().manager())))
			.andExpect(status().isUnprocessableContent());
	}

	/** The error text shown in each row, by the KPI id of the row. */
	private static Map<String, String> rowErrors(String html) {
		Map<String, String> errors = new LinkedHashMap<>();
		for (String row : Html.rawRows(html, "data-entry-grid")) {
			String kpi = row.replaceAll("(?s).*data-kpi=\"([0-9a-f-]{36})\".*", "$1");
			java.util.regex.Matcher error = java.util.regex.Pattern.compile("(?s)<p class=\"error\"[^>]*>(.*?)</p>")
				.matcher(row);
			if (error.find()) {
				errors.put(kpi, Html.plain(error.group(1)));
			}
		}
		return errors;
	}

}
