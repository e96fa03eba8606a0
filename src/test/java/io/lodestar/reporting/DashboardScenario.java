package io.lodestar.reporting;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import io.lodestar.goals.GoalKind;
import io.lodestar.goals.GoalManagement;
import io.lodestar.goals.NewGoal;
import io.lodestar.goals.OwnerType;
import io.lodestar.goals.Period;
import io.lodestar.goals.PeriodCalendar;
import io.lodestar.goals.PeriodKind;
import io.lodestar.kpi.KpiConfig;
import io.lodestar.kpi.KpiManagement;
import io.lodestar.kpi.MeasurementSource;
import io.lodestar.kpi.Measurements;
import io.lodestar.kpi.NewKpi;
import io.lodestar.kpi.NewMeasurement;
import io.lodestar.people.OrgUnitKind;
import io.lodestar.people.OrgUnitManagement;
import io.lodestar.people.OrgUnitRequest;
import io.lodestar.platform.security.CurrentUser;
import io.lodestar.platform.security.SystemActor;
import io.lodestar.scoring.Aggregation;
import io.lodestar.scoring.Direction;
import io.lodestar.scoring.ScoringMethod;
import io.lodestar.test.Fixtures;

/**
 * A small company for the dashboard tests, in last fiscal year (every month in the past): the factory
 * decomposition of the product brief on the Sales unit ("cut production cost 10 %" → the unit's loss-rate and
 * utilisation KPIs → the manager's and a worker's loss rates), a colleague with a production KPI, a company KPI
 * without data, and a Retail unit with three stores, each with a monthly footfall KPI and six months of actuals.
 *
 * <p>Expected completions: loss rate 100 % (ok), utilisation 80 % (warn), retail margin 50 % (bad), company
 * revenue no data; manager 100 % and worker 116.67 % (both with weights of 50, flagged), colleague 55 %.
 */
record DashboardScenario(Fixtures.Company company, int fiscalYear, Period year, UUID strategy, UUID lossRate,
		UUID utilisation, UUID headKpi, UUID workerKpi, UUID colleagueKpi, UUID revenue, UUID retail,
		UUID retailMargin, List<UUID> stores, List<UUID> footfall) {

	static final String FOOTFALL = "月度客流量≥5000人次";

	static final List<String> STORES = List.of("Store Xuhui", "Store Jingan", "Store Pudong");

	record Services(Fixtures fixtures, GoalManagement goals, KpiManagement kpis, Measurements measurements,
			PeriodCalendar calendar, OrgUnitManagement units) {
	}

	static KpiConfig config(Direction direction, ScoringMethod method, String baseline, String target,
			Aggregation aggregation, String weight) {
		return new KpiConfig("%", direction, method, aggregation, PeriodKind.MONTH,
				baseline == null ? null : new BigDecimal(baseline), new BigDecimal(target), null, null, null, true, null,
				List.of(), new BigDecimal("1.2"), BigDecimal.ZERO, new BigDecimal(weight), false, null);
	}

	static DashboardScenario build(Services services) {
		Fixtures.Company company = services.fixtures().company();
		return SystemActor.runAs(company.id(), () -> build(services, company));
	}

	private static DashboardScenario build(Services s, Fixtures.Company company) {
		CurrentUser hr = company.hr().principal();
		int lastYear = s.calendar().fiscalYearOf(company.id(), s.calendar().today(company.id())) - 1;
		Period year = s.calendar().year(company.id(), lastYear).get(0);
		UUID strategy = s.goals().create(hr, new NewGoal(GoalKind.STRATEGY, "降低生产成本10%", null, OwnerType.COMPANY, null,
				year.id(), null, null, null, null, null)).id();
		UUID loss = kpi(s, hr, "生产损耗率≤5%", OwnerType.ORG_UNIT, company.salesUnit(), year, strategy,
				config(Direction.AT_MOST, ScoringMethod.RATIO, null, "5", Aggregation.AVERAGE, "50"));
		UUID utilisation = kpi(s, hr, "产能利用率≥90%", OwnerType.ORG_UNIT, company.salesUnit(), year, strategy,
				config(Direction.AT_LEAST, ScoringMethod.RATIO, null, "90", Aggregation.AVERAGE, "50"));
		UUID head = kpi(s, hr, "车间损耗率≤4.5%", OwnerType.EMPLOYEE, company.manager().employeeId(), year, loss,
				config(Direction.AT_MOST, ScoringMethod.RATIO, null, "4.5", Aggregation.AVERAGE, "50"));
		UUID worker = kpi(s, hr, "个人操作损耗率≤4%", OwnerType.EMPLOYEE, company.employee().employeeId(), year, head,
				config(Direction.DECREASE, ScoringMethod.PROGRESS, "7", "4", Aggregation.AVERAGE, "50"));
		UUID colleague = kpi(s, hr, "个人产量≥100件", OwnerType.EMPLOYEE, company.colleague().employeeId(), year, null,
				config(Direction.AT_LEAST, ScoringMethod.RATIO, null, "100", Aggregation.SUM, "100"));
		UUID revenue = kpi(s, hr, "年营业额≥1亿元", OwnerType.COMPANY, null, year, strategy,
				config(Direction.AT_LEAST, ScoringMethod.RATIO, null, "100000000", Aggregation.SUM, "100"));

		UUID retail = s.units().create(hr, new OrgUnitRequest(company.rootUnit(), "RETAIL", "Retail",
				OrgUnitKind.DEPARTMENT, null, 2)).id();
		UUID margin = kpi(s, hr, "零售毛利率≥30%", OwnerType.ORG_UNIT, retail, year, null,
				config(Direction.AT_LEAST, ScoringMethod.RATIO, null, "30", Aggregation.AVERAGE, "100"));
		List<UUID> stores = new ArrayList<>();
		List<UUID> footfall = new ArrayList<>();
		for (int i = 0; i < STORES.size(); i++) {
			UUID store = s.units().create(hr, new OrgUnitRequest(retail, "STORE-" + (i + 1), STORES.get(i), OrgUnitKind.TEAM,
					null, i + 1)).id();
			stores.add(store);
			KpiConfig config = new KpiConfig("人次", Direction.AT_LEAST, ScoringMethod.RATIO, Aggregation.SUM, PeriodKind.MONTH,
					null, new BigDecimal("5000"), null, null, null, true, null, List.of(), null, null, new BigDecimal("100"),
					false, null);
			footfall.add(kpi(s, hr, FOOTFALL, OwnerType.ORG_UNIT, store, year, null, config));
		}

		List<NewMeasurement> actuals = new ArrayList<>();
		actuals.add(actual(loss, year, 1, "5.2"));
		actuals.add(actual(loss, year, 2, "4.8"));
		actuals.add(actual(utilisation, year, 1, "72"));
		actuals.add(actual(head, year, 1, "4.5"));
		actuals.add(actual(worker, year, 3, "3.5"));
		actuals.add(actual(colleague, year, 2, "55"));
		actuals.add(actual(margin, year, 1, "15"));
		for (int store = 0; store < footfall.size(); store++) {
			for (int month = 1; month <= 6; month++) {
				actuals.add(actual(footfall.get(store), year, month, String.valueOf(footfall(store, month))));
			}
		}
		s.measurements().record(hr, MeasurementSource.MANUAL, actuals, false);
		return new DashboardScenario(company, lastYear, year, strategy, loss, utilisation, head, worker, colleague,
				revenue, retail, margin, List.copyOf(stores), List.copyOf(footfall));
	}

	/** Store 0 grows from 4,600, store 1 from 5,100, store 2 from 5,600; 100 more each month. */
	static int footfall(int store, int month) {
		return 4500 + store * 500 + month * 100;
	}

	private static UUID kpi(Services s, CurrentUser hr, String title, OwnerType ownerType, UUID owner, Period year,
			UUID parent, KpiConfig config) {
		return s.kpis().create(hr, new NewKpi(title, null, ownerType, owner, year.id(), parent, null, config)).goal().id();
	}

	static NewMeasurement actual(UUID kpi, Period year, int month, String value) {
		return new NewMeasurement(kpi, new BigDecimal(value), year.startsOn().plusMonths(month - 1).plusDays(14), null,
				null, null, false);
	}

}
