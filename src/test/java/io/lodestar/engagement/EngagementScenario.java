package io.lodestar.engagement;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

import io.lodestar.goals.OwnerType;
import io.lodestar.goals.Period;
import io.lodestar.goals.PeriodCalendar;
import io.lodestar.goals.PeriodKind;
import io.lodestar.kpi.KpiConfig;
import io.lodestar.kpi.KpiManagement;
import io.lodestar.kpi.NewKpi;
import io.lodestar.platform.security.SystemActor;
import io.lodestar.scoring.Aggregation;
import io.lodestar.scoring.Direction;
import io.lodestar.scoring.ScoringMethod;
import io.lodestar.test.Fixtures;

/** Test data for the engagement module: personal KPIs set by HR (in last fiscal year, all in the past). */
public final class EngagementScenario {

	private EngagementScenario() {
	}

	/** A monthly sales KPI ("sum, at least 500,000 a month") for the person, set by the company's HR. */
	public static UUID salesKpi(KpiManagement kpis, PeriodCalendar calendar, Fixtures.Company company,
			Fixtures.Person owner, String title) {
		return SystemActor.runAs(company.id(), () -> {
			int lastYear = calendar.fiscalYearOf(company.id(), calendar.today(company.id())) - 1;
			Period year = calendar.year(company.id(), lastYear).get(0);
			KpiConfig config = new KpiConfig("CNY", Direction.AT_LEAST, ScoringMethod.RATIO, Aggregation.SUM,
					PeriodKind.MONTH, null, new BigDecimal("500000"), null, null, null, true, null, List.of(),
					new BigDecimal("1.2"), BigDecimal.ZERO, new BigDecimal("50"), false, null);
			return kpis.create(company.hr().principal(), new NewKpi(title, null, OwnerType.EMPLOYEE, owner.employeeId(),
					year.id(), null, null, config)).goal().id();
		});
	}

	/** A KPI of the company's sales department (not personal). */
	public static UUID unitKpi(KpiManagement kpis, PeriodCalendar calendar, Fixtures.Company company) {
		return SystemActor.runAs(company.id(), () -> {
			int lastYear = calendar.fiscalYearOf(company.id(), calendar.today(company.id())) - 1;
			Period year = calendar.year(company.id(), lastYear).get(0);
			KpiConfig config = new KpiConfig("%", Direction.AT_LEAST, ScoringMethod.RATIO, Aggregation.AVERAGE,
					PeriodKind.MONTH, null, new BigDecimal("90"), null, null, null, true, null, List.of(), null,
					BigDecimal.ZERO, new BigDecimal("50"), false, null);
			return kpis.create(company.hr().principal(), new NewKpi("Unit utilisation", null, OwnerType.ORG_UNIT,
					company.salesUnit(), year.id(), null, null, config)).goal().id();
		});
	}

}
