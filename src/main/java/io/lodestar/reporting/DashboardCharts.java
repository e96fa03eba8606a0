package io.lodestar.reporting;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.lodestar.goals.GoalAccess;
import io.lodestar.goals.OwnerType;
import io.lodestar.goals.Period;
import io.lodestar.platform.security.CurrentUser;
import io.lodestar.platform.web.Messages;
import io.lodestar.platform.web.NotFoundException;
import io.lodestar.reporting.ChartOptions.Series;
import io.lodestar.reporting.ReportingQueries.MonthlyRow;
import io.lodestar.reporting.ReportingQueries.Owners;
import io.lodestar.reporting.ReportingQueries.UnitRow;
import io.lodestar.scoring.Scoring;

/**
 * The charts of the dashboards as ECharts options, with the same access rules as the pages (404 for what the
 * viewer may not see) and the same fixed number of statements per request. Trends run over the months of the
 * selected period; completions are in percent.
 */
@Service
@Transactional(readOnly = true)
public class DashboardCharts {

	/** More lines than this are unreadable, above all on a phone. */
	static final int MAX_SERIES = 10;

	private final ReportingQueries queries;

	private final GoalAccess access;

	private final Dashboards dashboards;

	private final Messages messages;

	DashboardCharts(ReportingQueries queries, GoalAccess access, Dashboards dashboards, Messages messages) {
		this.queries = queries;
		this.access = access;
		this.dashboards = dashboards;
		this.messages = messages;
	}

	/** Completion per month of the company's KPIs and those of its top-level units. */
	public Map<String, Object> companyTrend(CurrentUser user, DashboardPeriod period) {
		UUID tenant = user.tenant();
		Viewer viewer = new Viewer(access.scopeOf(user));
		UnitTree tree = new UnitTree(queries.units(tenant));
		List<MonthlyRow> rows = readable(viewer, queries.monthly(tenant, Owners.company(Dashboards.companyUnits(tree)),
				period));
		List<Series> series = rows.stream()
			.limit(MAX_SERIES)
			.map(row -> completions(row.ownerType() == OwnerType.ORG_UNIT
					? messages.get("reporting.chart.kpi-of", row.title(), tree.name(row.ownerId())) : row.title(), row,
					period))
			.toList();
		return completionChart(series, period);
	}

	/** Completion per month of the unit's own KPIs. */
	public Map<String, Object> unitTrend(CurrentUser user, UUID unitId, DashboardPeriod period) {
		UUID tenant = user.tenant();
		Viewer viewer = new Viewer(access.scopeOf(user));
		UnitTree tree = new UnitTree(queries.units(tenant));
		tree.get(unitId).orElseThrow(() -> new NotFoundException("org-unit", unitId));
		List<Series> series = readable(viewer, queries.monthly(tenant, Owners.units(List.of(unitId)), period)).stream()
			.limit(MAX_SERIES)
			.map(row -> completions(row.title(), row, period))
			.toList();
		return completionChart(series, period);
	}

	/** The weighted completion of each sub-unit's KPIs per month: one line per sub-unit. */
	public Map<String, Object> subUnitTrend(CurrentUser user, UUID unitId, DashboardPeriod period) {
		UUID tenant = user.tenant();
		Viewer viewer = new Viewer(access.scopeOf(user));
		UnitTree tree = new UnitTree(queries.units(tenant));
		tree.get(unitId).orElseThrow(() -> new NotFoundException("org-unit", unitId));
		List<UnitRow> children = tree.children(unitId);
		List<MonthlyRow> rows = readable(viewer,
				queries.monthly(tenant, Owners.units(children.stream().map(UnitRow::id).toList()), period));
		List<Series> series = new ArrayList<>();
		for (UnitRow child : children.stream().limit(MAX_SERIES).toList()) {
			List<MonthlyRow> own = rows.stream().filter(row -> child.id().equals(row.ownerId())).toList();
			List<BigDecimal> values = new ArrayList<>();
			for (Period month : period.months()) {
				List<Scoring.Weighted> items = own.stream()
					.filter(row -> row.months().containsKey(month.id()))
					.map(row -> new Scoring.Weighted(row.weight(), row.months().get(month.id()).completion()))
					.toList();
				values.add(Status.percent(items.isEmpty() ? null : Scoring.weighted(items).score()));
			}
			series.add(new Series(child.name(), values));
		}
		return completionChart(series, period);
	}

	/**
	 * The sub-units compared on one KPI they share (by library definition, or else by title): one line per
	 * sub-unit with the KPI's monthly actual — the retail store trend. 404 when no sub-unit has that KPI.
	 */
	public Map<String, Object> comparison(CurrentUser user, UUID unitId, String key, DashboardPeriod period) {
		UUID tenant = user.tenant();
		Viewer viewer = new Viewer(access.scopeOf(user));
		UnitTree tree = new UnitTree(queries.units(tenant));
		tree.get(unitId).orElseThrow(() -> new NotFoundException("org-unit", unitId));
		List<UnitRow> children = tree.children(unitId);
		List<MonthlyRow> rows = readable(viewer,
				queries.monthly(tenant, Owners.units(children.stream().map(UnitRow::id).toList()), period))
			.stream()
			.filter(row -> Comparison.keyOf(row).equals(key == null ? "" : key))
			.toList();
		if (rows.isEmpty()) {
			throw new NotFoundException("kpi", key);
		}
		List<Series> series = new ArrayList<>();
		for (UnitRow child : children) {
			rows.stream().filter(row -> child.id().equals(row.ownerId())).findFirst().ifPresent(row -> {
				List<BigDecimal> values = new ArrayList<>();
				period.months().forEach(month -> values.add(row.months().containsKey(month.id())
						? strip(row.months().get(month.id()).actual()) : null));
				series.add(new Series(child.name(), values));
			});
		}
		String unit = rows.get(0).unit() == null ? "" : rows.get(0).unit();
		return ChartOptions.lines(monthLabels(period), series.stream().limit(MAX_SERIES * 3).toList(), unit, false,
				null, messages.get("reporting.chart.empty"));
	}

	public Map<String, Object> companyDistribution(CurrentUser user, DashboardPeriod period) {
		return histogram(dashboards.companyDistribution(user, period));
	}

	public Map<String, Object> unitDistribution(CurrentUser user, UUID unitId, DashboardPeriod period) {
		return histogram(dashboards.unitDistribution(user, unitId, period));
	}

	/** Completion per month of each of the person's KPIs; 404 for those who may not see the person. */
	public Map<String, Object> personTrend(CurrentUser user, UUID employeeId, DashboardPeriod period) {
		UUID tenant = user.tenant();
		Viewer viewer = new Viewer(access.scopeOf(user));
		if (!viewer.seesPerson(employeeId) || queries.person(tenant, employeeId).isEmpty()) {
			throw new NotFoundException("employee", employeeId);
		}
		List<Series> series = readable(viewer, queries.monthly(tenant, Owners.person(employeeId), period)).stream()
			.limit(MAX_SERIES)
			.map(row -> completions(row.title(), row, period))
			.toList();
		return completionChart(series, period);
	}

	private Map<String, Object> histogram(Distribution distribution) {
		return ChartOptions.histogram(
				distribution.buckets().stream().map(bucket -> messages.get(bucket.key() + ".short")).toList(),
				distribution.buckets().stream().map(Distribution.Bucket::count).toList(),
				distribution.buckets().stream().map(Distribution.Bucket::status).toList(),
				messages.get("reporting.chart.people"), messages.get("reporting.chart.people"),
				messages.get("reporting.chart.no-scores"));
	}

	private Map<String, Object> completionChart(List<Series> series, DashboardPeriod period) {
		return ChartOptions.lines(monthLabels(period), series, messages.get("reporting.chart.completion"), true,
				messages.get("reporting.chart.target"), messages.get("reporting.chart.empty"));
	}

	private static Series completions(String name, MonthlyRow row, DashboardPeriod period) {
		List<BigDecimal> values = new ArrayList<>();
		period.months().forEach(month -> values.add(row.months().containsKey(month.id())
				? Status.percent(row.months().get(month.id()).completion()) : null));
		return new Series(name, values);
	}

	private List<String> monthLabels(DashboardPeriod period) {
		return period.months().stream().map(month -> messages.get(month.labelKey(), month.labelArguments())).toList();
	}

	private static List<MonthlyRow> readable(Viewer viewer, List<MonthlyRow> rows) {
		return rows.stream().filter(viewer::canRead).toList();
	}

	private static BigDecimal strip(BigDecimal value) {
		return value == null ? null : value.stripTrailingZeros().scale() < 0 ? value.setScale(0) : value.stripTrailingZeros();
	}

}
