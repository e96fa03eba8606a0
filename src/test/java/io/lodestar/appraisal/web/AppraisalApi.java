package io.lodestar.appraisal.web;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import com.jayway.jsonpath.JsonPath;

import io.lodestar.goals.Period;
import io.lodestar.goals.PeriodCalendar;
import io.lodestar.goals.PeriodKind;
import io.lodestar.kpi.KpiConfig;
import io.lodestar.kpi.KpiManagement;
import io.lodestar.kpi.MeasurementSource;
import io.lodestar.kpi.Measurements;
import io.lodestar.kpi.NewKpi;
import io.lodestar.kpi.NewMeasurement;
import io.lodestar.goals.OwnerType;
import io.lodestar.platform.security.CurrentUser;
import io.lodestar.platform.security.SystemActor;
import io.lodestar.platform.security.TokenScope;
import io.lodestar.scoring.Aggregation;
import io.lodestar.scoring.Direction;
import io.lodestar.scoring.ScoringMethod;
import io.lodestar.test.Api;
import io.lodestar.test.Fixtures;

/**
 * A test company set up for an appraisal, called through the API as its people. Last fiscal year's KPIs: the
 * employee reaches 125 % (above the 120 % bonus line), the colleague 95 % (below 100 %: a deduction); the
 * manager has no KPI. The standard template weighs KPI 70 % and manager 30 %.
 */
class AppraisalApi {

	final MockMvc mvc;

	final Fixtures.Company company;

	final Period year;

	final String hr;

	final String executive;

	final String manager;

	final String employee;

	final String colleague;

	AppraisalApi(MockMvc mvc, Fixtures fixtures, PeriodCalendar calendar, KpiManagement kpis,
			Measurements measurements) {
		this.mvc = mvc;
		this.company = fixtures.company();
		this.hr = fixtures.token(company.hr(), TokenScope.READ, TokenScope.WRITE);
		this.executive = fixtures.token(company.executive(), TokenScope.READ, TokenScope.WRITE);
		this.manager = fixtures.token(company.manager(), TokenScope.READ, TokenScope.WRITE);
		this.employee = fixtures.token(company.employee(), TokenScope.READ, TokenScope.WRITE);
		this.colleague = fixtures.token(company.colleague(), TokenScope.READ, TokenScope.WRITE);
		CurrentUser hrUser = company.hr().principal();
		this.year = SystemActor.runAs(company.id(), () -> {
			int lastYear = calendar.fiscalYearOf(company.id(), calendar.today(company.id())) - 1;
			Period period = calendar.year(company.id(), lastYear).get(0);
			UUID sales = kpi(kpis, hrUser, "Sales ≥ 100", company.employee().employeeId(), period);
			UUID calls = kpi(kpis, hrUser, "Calls ≥ 100", company.colleague().employeeId(), period);
			measurements.record(hrUser, MeasurementSource.MANUAL, List.of(actual(sales, period, "125"),
					actual(calls, period, "95")), false);
			return period;
		});
	}

	private static UUID kpi(KpiManagement kpis, CurrentUser hr, String title, UUID owner, Period year) {
		KpiConfig config = new KpiConfig("pcs", Direction.AT_LEAST, ScoringMethod.RATIO, Aggregation.SUM, PeriodKind.MONTH,
				null, new BigDecimal("100"), null, null, null, true, null, List.of(), new BigDecimal("1.5"),
				BigDecimal.ZERO, new BigDecimal("100"), false, null);
		return kpis.create(hr, new NewKpi(title, null, OwnerType.EMPLOYEE, owner, year.id(), null, null, config))
			.goal()
			.id();
	}

	private static NewMeasurement actual(UUID kpi, Period year, String value) {
		return new NewMeasurement(kpi, new BigDecimal(value), year.startsOn().plusDays(14), null, null, null, false);
	}

	/** The standard template as JSON, with the given weights and formula. */
	static String template(String name, String weights, String formula) {
		return """
				{"name": "%s", "weights": %s, "ratingScale": 5, "peerMinRespondents": 2, "formula": "%s",
				 "bands": [{"grade": "S", "floor": 1.2}, {"grade": "A", "floor": 1.0}, {"grade": "B", "floor": 0.85},
				           {"grade": "C", "floor": 0.7}, {"grade": "D", "floor": null}],
				 "targetDistribution": {"S": 10, "A": 20, "B": 40, "C": 20, "D": 10},
				 "payTiers": [
				   {"label": "A", "grade": "A", "effect": "COEFFICIENT", "value": 1.10},
				   {"label": "B", "grade": "B", "effect": "COEFFICIENT", "value": 1.00},
				   {"label": "C", "grade": "C", "effect": "COEFFICIENT", "value": 0.95},
				   {"label": "D", "grade": "D", "effect": "COEFFICIENT", "value": 0.90},
				   {"label": "> 120 %%", "min": 1.2, "minIncluded": false, "effect": "AMOUNT", "value": 500},
				   {"label": "< 100 %%", "max": 1.0, "maxIncluded": false, "effect": "AMOUNT", "value": -200}
				 ]}""".formatted(name, weights, formula);
	}

	String standardTemplate() throws Exception {
		ResultActions created = send(post("/api/v1/appraisal/templates"), hr,
				template("Quarterly", "{\"KPI\": 70, \"MANAGER\": 30}", ""));
		return read(created.andExpect(status().isCreated()), "$.id");
	}

	/** A cycle over the Sales unit (manager, employee, colleague) with a base of 10,000. */
	String salesCycle(String template, String pool) throws Exception {
		return read(send(post("/api/v1/appraisal/cycles"), hr, """
				{"name": "Last year", "templateId": "%s", "periodId": "%s", "unitIds": ["%s"], "payBase": 10000,
				 "bonusPool": %s}""".formatted(template, year.id(), company.salesUnit(), pool))
			.andExpect(status().isCreated()), "$.id");
	}

	ResultActions advance(String cycle, String phase) throws Exception {
		return send(post("/api/v1/appraisal/cycles/" + cycle + "/advance"), hr, "{\"phase\": \"" + phase + "\"}");
	}

	/** The appraisal of one person in the cycle, as HR sees it. */
	String appraisalOf(String cycle, UUID employeeId) throws Exception {
		List<String> ids = JsonPath.read(body(get("/api/v1/appraisal/cycles/" + cycle + "/appraisals", hr)),
				"$[?(@.employeeId == '" + employeeId + "')].id");
		return ids.get(0);
	}

	ResultActions selfAssess(String appraisal, String token, String rating) throws Exception {
		return send(put("/api/v1/appraisals/" + appraisal + "/self-assessment"), token,
				"{\"rating\": " + rating + ", \"comment\": \"Reached my targets\"}");
	}

	ResultActions managerAssess(String appraisal, String token, String rating, int potential) throws Exception {
		return send(put("/api/v1/appraisals/" + appraisal + "/manager-assessment"), token,
				"{\"rating\": " + rating + ", \"comment\": \"Solid work\", \"potential\": " + potential + "}");
	}

	ResultActions send(MockHttpServletRequestBuilder request, String token, String json) throws Exception {
		if (json != null) {
			request = request.contentType(MediaType.APPLICATION_JSON).content(json);
		}
		return mvc.perform(request.with(Api.bearer(token)));
	}

	ResultActions get(String path, String token) throws Exception {
		return send(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get(path), token, null);
	}

	static String body(ResultActions result) throws Exception {
		return result.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
	}

	static <T> T read(ResultActions result, String path) throws Exception {
		return JsonPath.read(body(result), path);
	}

}
