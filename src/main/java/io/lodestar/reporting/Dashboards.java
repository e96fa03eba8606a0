package io.lodestar.reporting;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.lodestar.company.CompanyManagement;
import io.lodestar.goals.GoalAccess;
import io.lodestar.goals.OwnerType;
import io.lodestar.goals.Period;
import io.lodestar.platform.security.CurrentUser;
import io.lodestar.platform.web.NotFoundException;
import io.lodestar.reporting.ReportingQueries.KpiRow;
import io.lodestar.reporting.ReportingQueries.Owners;
import io.lodestar.reporting.ReportingQueries.UnitRow;

/**
 * The company, org unit and person dashboards. Each is built from a fixed handful of statements (units, people,
 * KPIs with their results in the period), whatever the size of the unit; rows the viewer may not read are
 * dropped before anything is computed from them, so no total or distribution includes a hidden person.
 */
@Service
@Transactional(readOnly = true)
public class Dashboards {

	/** People rows shown on a unit dashboard; the distribution still counts everyone the viewer may see. */
	public static final int PEOPLE_SHOWN = 200;

	/** People listed before "show everyone": the ones with the lowest scores, who may need help first. */
	public static final int PEOPLE_FIRST = 20;

	private final ReportingQueries queries;

	private final GoalAccess access;

	private final CompanyManagement companies;

	private final PersonScores personScores;

	private final CompanyDistributions distributions;

	Dashboards(ReportingQueries queries, GoalAccess access, CompanyManagement companies, PersonScores personScores,
			CompanyDistributions distributions) {
		this.queries = queries;
		this.access = access;
		this.companies = companies;
		this.personScores = personScores;
		this.distributions = distributions;
	}

	public CompanyDashboard company(CurrentUser user, DashboardPeriod period) {
		UUID tenant = user.tenant();
		Viewer viewer = new Viewer(access.scopeOf(user));
		UnitTree tree = new UnitTree(queries.units(tenant));
		String company = companies.nameOf(tenant);
		List<KpiRow> rows = queries.kpis(tenant, Owners.company(companyUnits(tree)), period)
			.stream()
			.filter(viewer::canRead)
			.toList();
		Map<UUID, String> names = unitNames(tree);
		List<KpiLine> kpis = rows.stream().map(row -> line(row, names, company, period)).toList();
		List<Scorecard> units = tree.topLevel()
			.stream()
			.map(unit -> Scores.ofUnit(unit, rows.stream().filter(row -> owns(row, unit.id())).toList()))
			.toList();
		List<StrategyLine> strategies = queries.companyStrategies(tenant, period)
			.stream()
			.filter(row -> viewer.scope().canRead(OwnerType.COMPANY, null, row.visibility()))
			.map(row -> new StrategyLine(row.id(), row.title(), periodOf(period, row.periodId()), row.progress()))
			.toList();
		Distribution distribution = viewer.seesEveryone() ? everyone(tenant, viewer, period) : null;
		return new CompanyDashboard(company, kpis, strategies, units, distribution);
	}

	/** People's weighted scores across the company: HR administrators and executives only (404 otherwise). */
	public Distribution companyDistribution(CurrentUser user, DashboardPeriod period) {
		Viewer viewer = new Viewer(access.scopeOf(user));
		if (!viewer.seesEveryone()) {
			throw new NotFoundException("distribution", user.tenant());
		}
		return everyone(user.tenant(), viewer, period);
	}

	/**
	 * Counted by the database from the read model of people's scores, and kept until a score changes. Only for
	 * viewers who see everyone: they may read every KPI of every person, so no row needs checking.
	 */
	private Distribution everyone(UUID tenant, Viewer viewer, DashboardPeriod period) {
		if (!viewer.seesEveryone()) {
			throw new IllegalStateException("the company-wide distribution is for those who see everyone");
		}
		return distributions.of(tenant, period.selected().id());
	}

	/**
	 * People's weighted scores in the unit and its sub-units, counting only the people the viewer may see; 404
	 * when the unit dashboard shows the viewer no people.
	 */
	public Distribution unitDistribution(CurrentUser user, UUID unitId, DashboardPeriod period) {
		UUID tenant = user.tenant();
		Viewer viewer = new Viewer(access.scopeOf(user));
		UnitTree tree = new UnitTree(queries.units(tenant));
		tree.get(unitId).orElseThrow(() -> new NotFoundException("org-unit", unitId));
		List<UUID> subtree = tree.subtree(unitId);
		List<ReportingQueries.PersonRow> visible = viewer.seesOthers() ? visiblePeople(tenant, viewer, subtree) : null;
		if (visible == null) {
			throw new NotFoundException("distribution", unitId);
		}
		return Distribution.of(peopleScores(tenant, visible, subtree, period));
	}

	/**
	 * The visible people with their weighted scores, from the read model of people's scores. Whoever may see a
	 * person may read all of that person's KPIs (see {@link Viewer}), so a person's score is the same for every
	 * viewer who sees them.
	 */
	private List<Scorecard> peopleScores(UUID tenant, List<ReportingQueries.PersonRow> visible, List<UUID> subtree,
			DashboardPeriod period) {
		Map<UUID, PersonScores.Sums> sums = personScores.ofActiveIn(tenant, period.selected().id(), subtree);
		return visible.stream().map(person -> Scores.ofPerson(person, sums.get(person.id()))).toList();
	}

	/**
	 * The active people of the units whom the viewer may see, or null when that is nobody but the viewer: a
	 * unit dashboard then lists no people at all.
	 */
	private List<ReportingQueries.PersonRow> visiblePeople(UUID tenant, Viewer viewer, List<UUID> subtree) {
		List<ReportingQueries.PersonRow> visible = queries.activePeople(tenant, subtree)
			.stream()
			.filter(person -> viewer.seesPerson(person.id()))
			.toList();
		boolean others = viewer.seesEveryone()
				|| visible.stream().anyMatch(person -> !viewer.scope().user().isEmployee(person.id()));
		return others ? visible : null;
	}

	public UnitDashboard unit(CurrentUser user, UUID unitId, DashboardPeriod period) {
		return unit(user, unitId, period, PEOPLE_SHOWN);
	}

	/** @param peopleShown at most this many people are listed (the lowest scores first) */
	public UnitDashboard unit(CurrentUser user, UUID unitId, DashboardPeriod period, int peopleShown) {
		UUID tenant = user.tenant();
		Viewer viewer = new Viewer(access.scopeOf(user));
		UnitTree tree = new UnitTree(queries.units(tenant));
		UnitRow unit = tree.get(unitId).orElseThrow(() -> new NotFoundException("org-unit", unitId));
		List<UnitRow> children = tree.children(unitId);
		List<UUID> ownUnits = Stream.concat(Stream.of(unitId), children.stream().map(UnitRow::id)).toList();
		List<UUID> subtree = tree.subtree(unitId);
		boolean people = viewer.seesOthers();
		// people's KPIs are not read here: their scores come from the read model, one row per person
		List<KpiRow> rows = queries.kpis(tenant, Owners.units(ownUnits), period)
			.stream()
			.filter(viewer::canRead)
			.toList();
		Map<UUID, String> names = unitNames(tree);
		List<KpiLine> kpis = rows.stream()
			.filter(row -> owns(row, unitId))
			.map(row -> line(row, names, null, period))
			.toList();
		List<Scorecard> subUnits = children.stream()
			.map(child -> Scores.ofUnit(child, rows.stream().filter(row -> owns(row, child.id())).toList()))
			.toList();
		List<Comparison> comparisons = comparisons(rows, children);
		List<Scorecard> scores = null;
		int count = 0;
		Distribution distribution = null;
		List<ReportingQueries.PersonRow> visible = people ? visiblePeople(tenant, viewer, subtree) : null;
		Map<UUID, java.math.BigDecimal> peopleAverages = Map.of();
		if (visible != null) {
			List<Scorecard> all = peopleScores(tenant, visible, subtree, period);
			count = all.size();
			List<Scorecard> lowestFirst = all.stream()
				.sorted(java.util.Comparator.comparing(Scorecard::score,
						java.util.Comparator.nullsLast(java.util.Comparator.naturalOrder())))
				.toList();
			scores = List.copyOf(lowestFirst.subList(0, Math.min(all.size(), Math.min(peopleShown, PEOPLE_SHOWN))));
			distribution = Distribution.of(all);
			peopleAverages = averagesBySubUnit(tree, children, all);
		}
		List<UnitRef> path = tree.ancestors(unitId).stream().map(row -> new UnitRef(row.id(), row.name())).toList();
		return new UnitDashboard(new UnitRef(unit.id(), unit.name()), path, kpis, subUnits, comparisons, scores, count,
				distribution, peopleAverages);
	}

	/**
	 * The mean weighted score of the people in each sub-unit (and below it): what a workshop is doing when its
	 * KPIs are held by its head and its people rather than by the unit itself.
	 */
	private static Map<UUID, java.math.BigDecimal> averagesBySubUnit(UnitTree tree, List<UnitRow> children,
			List<Scorecard> people) {
		Map<UUID, java.math.BigDecimal> averages = new java.util.HashMap<>();
		for (UnitRow child : children) {
			java.util.Set<UUID> units = new java.util.HashSet<>(tree.subtree(child.id()));
			List<java.math.BigDecimal> scores = people.stream()
				.filter(person -> units.contains(person.unitId()) && person.score() != null)
				.map(Scorecard::score)
				.toList();
			if (!scores.isEmpty()) {
				averages.put(child.id(), scores.stream()
					.reduce(java.math.BigDecimal.ZERO, java.math.BigDecimal::add)
					.divide(java.math.BigDecimal.valueOf(scores.size()), 4, java.math.RoundingMode.HALF_UP));
			}
		}
		return averages;
	}

	public PersonDashboard person(CurrentUser user, UUID employeeId, DashboardPeriod period) {
		UUID tenant = user.tenant();
		Viewer viewer = new Viewer(access.scopeOf(user));
		if (!viewer.seesPerson(employeeId)) {
			throw new NotFoundException("employee", employeeId);
		}
		ReportingQueries.PersonRow person = queries.person(tenant, employeeId)
			.orElseThrow(() -> new NotFoundException("employee", employeeId));
		List<KpiRow> rows = queries.kpis(tenant, Owners.person(employeeId), period)
			.stream()
			.filter(viewer::canRead)
			.toList();
		Map<UUID, String> names = Map.of(employeeId, person.name());
		List<KpiLine> kpis = rows.stream().map(row -> line(row, names, null, period)).toList();
		return new PersonDashboard(Scores.ofPerson(person, rows), person.active(), kpis, user.isEmployee(employeeId));
	}

	/** KPIs shared by at least two sub-units, in the order they first appear. */
	static List<Comparison> comparisons(List<KpiRow> rows, List<UnitRow> children) {
		List<UUID> childIds = children.stream().map(UnitRow::id).toList();
		Map<String, List<KpiRow>> byKey = new LinkedHashMap<>();
		rows.stream()
			.filter(row -> row.ownerType() == OwnerType.ORG_UNIT && childIds.contains(row.ownerId()))
			.forEach(row -> byKey.computeIfAbsent(Comparison.keyOf(row), key -> new ArrayList<>()).add(row));
		List<Comparison> comparisons = new ArrayList<>();
		byKey.forEach((key, shared) -> {
			long units = shared.stream().map(KpiRow::ownerId).distinct().count();
			if (units >= 2) {
				comparisons.add(new Comparison(key, shared.get(0).title(), shared.get(0).unit(), (int) units));
			}
		});
		return comparisons;
	}

	/** The root units and the top-level units: their KPIs are the company's table. */
	static List<UUID> companyUnits(UnitTree tree) {
		List<UUID> units = new ArrayList<>();
		tree.roots().forEach(root -> units.add(root.id()));
		tree.topLevel().forEach(unit -> units.add(unit.id()));
		return units;
	}

	static Map<UUID, String> unitNames(UnitTree tree) {
		Map<UUID, String> names = new HashMap<>();
		tree.roots().forEach(root -> tree.subtree(root.id()).forEach(id -> names.put(id, tree.name(id))));
		return names;
	}

	private static boolean owns(KpiRow row, UUID unitId) {
		return row.ownerType() == OwnerType.ORG_UNIT && unitId.equals(row.ownerId());
	}

	static Period periodOf(DashboardPeriod period, UUID periodId) {
		return period.year().stream().filter(candidate -> candidate.id().equals(periodId)).findFirst().orElse(null);
	}

	private static KpiLine line(KpiRow row, Map<UUID, String> names, String company, DashboardPeriod period) {
		String owner = row.ownerType() == OwnerType.COMPANY ? company : names.get(row.ownerId());
		return new KpiLine(row.id(), row.title(), row.ownerType(), row.ownerId(), owner, periodOf(period, row.periodId()),
				row.unit(), row.target(), row.actual(), row.completion(), row.weight());
	}

}
