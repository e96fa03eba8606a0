package io.lodestar.kpi.web;

import java.math.BigDecimal;
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
import io.lodestar.kpi.RecordedBatch;
import io.lodestar.platform.security.SystemActor;
import io.lodestar.scoring.Aggregation;
import io.lodestar.scoring.Direction;
import io.lodestar.scoring.ScoringMethod;
import io.lodestar.test.Fixtures;

/**
 * The factory decomposition of the product brief, built through the services for page tests: "cut production
 * cost 10 %" → the sales unit (standing in for production) with loss rate ≤ 5 % and utilisation ≥ 90 % → the
 * manager (workshop head) with loss rate ≤ 4.5 % → the employee (line worker) with a personal loss rate
 * decreasing from 7 % to 4 %. Last fiscal year, so every month is in the past.
 */
public final class FactoryScenario {

	private final GoalManagement goals;

	private final KpiManagement kpis;

	private final Measurements measurements;

	private final PeriodCalendar calendar;

	public FactoryScenario(GoalManagement goals, KpiManagement kpis, Measurements measurements, PeriodCalendar calendar) {
		this.goals = goals;
		this.kpis = kpis;
		this.measurements = measurements;
		this.calendar = calendar;
	}

	public record Factory(Fixtures.Company company, Period year, List<Period> months, UUID strategy, UUID lossRate,
			UUID utilisation, UUID headKpi, UUID workerKpi) {
	}

	public static KpiConfig config(Direction direction, ScoringMethod method, String baseline, String target,
			String weight) {
		return new KpiConfig("%", direction, method, Aggregation.AVERAGE, PeriodKind.MONTH,
				baseline == null ? null : new BigDecimal(baseline), new BigDecimal(target), null, null, null, true, null,
				List.of(), new BigDecimal("1.2"), BigDecimal.ZERO, new BigDecimal(weight), false, null);
	}

	public int lastYear(Fixtures.Company company) {
		return calendar.fiscalYearOf(company.id(), calendar.today(company.id())) - 1;
	}

	public Factory build(Fixtures.Company company) {
		var hr = company.hr().principal();
		return SystemActor.runAs(company.id(), () -> {
			Period year = calendar.year(company.id(), lastYear(company)).get(0);
			UUID strategy = goals.create(hr, new NewGoal(GoalKind.STRATEGY, "降低生产成本10%", null, OwnerType.COMPANY, null,
					year.id(), null, null, null, null, null)).id();
			UUID loss = kpis.create(hr, new NewKpi("生产损耗率≤5%", null, OwnerType.ORG_UNIT, company.salesUnit(), year.id(),
					strategy, null, config(Direction.AT_MOST, ScoringMethod.RATIO, null, "5", "50"))).goal().id();
			UUID utilisation = kpis.create(hr, new NewKpi("产能利用率≥90%", null, OwnerType.ORG_UNIT, company.salesUnit(),
					year.id(), strategy, null, config(Direction.AT_LEAST, ScoringMethod.RATIO, null, "90", "50")))
				.goal()
				.id();
			UUID head = kpis.create(hr, new NewKpi("车间损耗率≤4.5%", null, OwnerType.EMPLOYEE, company.manager().employeeId(),
					year.id(), loss, null, config(Direction.AT_MOST, ScoringMethod.RATIO, null, "4.5", "100"))).goal().id();
			UUID worker = kpis.create(hr, new NewKpi("个人操作损耗率≤4%", null, OwnerType.EMPLOYEE,
					company.employee().employeeId(), year.id(), head, null,
					config(Direction.DECREASE, ScoringMethod.PROGRESS, "7", "4", "100"))).goal().id();
			return new Factory(company, year, calendar.within(company.id(), year, PeriodKind.MONTH), strategy, loss,
					utilisation, head, worker);
		});
	}

	/** Records one actual on the 15th of the month (1-based) as the person, with a source reference. */
	public RecordedBatch record(Fixtures.Person person, Factory factory, UUID kpi, int month, String value,
			String sourceRef) {
		return SystemActor.runAs(person.tenantId(), () -> measurements.record(person.principal(), MeasurementSource.MANUAL,
				List.of(new NewMeasurement(kpi, new BigDecimal(value),
						factory.months().get(month - 1).startsOn().plusDays(14), sourceRef, null, null, false)),
				false));
	}

	public UUID create(Fixtures.Person person, NewKpi kpi) {
		return SystemActor.runAs(person.tenantId(), () -> kpis.create(person.principal(), kpi).goal().id());
	}

}
