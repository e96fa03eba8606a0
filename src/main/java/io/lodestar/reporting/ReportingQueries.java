package io.lodestar.reporting;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import io.lodestar.goals.GoalVisibility;
import io.lodestar.goals.OwnerType;

/**
 * The read models behind the dashboards: a handful of set-based statements over the organisation, goal and KPI
 * tables, each filtered by tenant. No statement is issued per unit, person or KPI, so a dashboard costs the same
 * number of statements for 5 people as for 5,000. Access rules are applied by the callers, row by row.
 */
@Component
class ReportingQueries {

	private final JdbcClient jdbc;

	ReportingQueries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	record UnitRow(UUID id, UUID parentId, String name) {
	}

	record PersonRow(UUID id, String name, String employeeNo, UUID unitId, String unitName, boolean active) {
	}

	/** A KPI with its result in the dashboard's period; {@code target} is the period's (scaled) target if known. */
	record KpiRow(UUID id, String title, OwnerType ownerType, UUID ownerId, UUID periodId, GoalVisibility visibility,
			String unit, BigDecimal weight, UUID definitionId, BigDecimal target, BigDecimal actual,
			BigDecimal completion) {
	}

	/** A KPI's results per month: period id → point. */
	record MonthlyRow(UUID id, String title, OwnerType ownerType, UUID ownerId, GoalVisibility visibility,
			String unit, BigDecimal weight, UUID definitionId, Map<UUID, Point> months) {
	}

	record Point(BigDecimal actual, BigDecimal completion) {
	}

	record StrategyRow(UUID id, String title, UUID periodId, BigDecimal progress, GoalVisibility visibility) {
	}

	/**
	 * Whose goals a statement reads, as a fixed SQL condition on {@code g} with its parameters (never user text).
	 */
	record Owners(String condition, Map<String, Object> parameters) {

		static Owners company(List<UUID> units) {
			return units.isEmpty() ? new Owners("g.owner_type = 'COMPANY'", Map.of())
					: new Owners("(g.owner_type = 'COMPANY' or (g.owner_type = 'ORG_UNIT' and g.owner_id in (:units)))",
							Map.of("units", units));
		}

		static Owners units(List<UUID> units) {
			if (units.isEmpty()) {
				return new Owners("1 = 0", Map.of());
			}
			return new Owners("g.owner_type = 'ORG_UNIT' and g.owner_id in (:units)", Map.of("units", units));
		}

		static Owners person(UUID employee) {
			return new Owners("g.owner_type = 'EMPLOYEE' and g.owner_id = :person", Map.of("person", employee));
		}

	}

	private static final String KPI_GOALS = """
			from goal g
			join kpi k on k.tenant_id = g.tenant_id and k.goal_id = g.id
			""";

	private static final String KPI_FILTER = """
			 where g.tenant_id = :tenant and g.kind = 'KPI' and g.status <> 'ARCHIVED' and g.period_id in (:periods)
			""";

	/** The result in the selected period for goals whose period contains it, else the goal's own result. */
	private static final String RESULT_IN_PERIOD = """
			left join kpi_result r on r.tenant_id = g.tenant_id and r.kpi_id = g.id
			 and r.period_id = case when g.period_id in (:enclosing) then :selected else g.period_id end
			""";

	private static final String ORDER = """
			 order by case g.owner_type when 'COMPANY' then 0 when 'ORG_UNIT' then 1 else 2 end, g.created_at, g.id
			""";

	/** Every org unit of the company: units are few, and one statement answers trees, paths and names. */
	List<UnitRow> units(UUID tenant) {
		return jdbc.sql("select id, parent_id, name from people_org_unit where tenant_id = :tenant "
				+ "order by sort_order, name, id")
			.param("tenant", tenant)
			.query((rs, n) -> new UnitRow(rs.getObject("id", UUID.class), rs.getObject("parent_id", UUID.class),
					rs.getString("name")))
			.list();
	}

	/** Active people of the units, by name. */
	List<PersonRow> activePeople(UUID tenant, List<UUID> units) {
		if (units.isEmpty()) {
			return List.of();
		}
		return jdbc.sql(PEOPLE + " where e.tenant_id = :tenant and e.status = 'ACTIVE' and e.org_unit_id in (:units) "
				+ "order by e.name, e.employee_no")
			.param("tenant", tenant)
			.param("units", units)
			.query(ReportingQueries::person)
			.list();
	}

	Optional<PersonRow> person(UUID tenant, UUID id) {
		return jdbc.sql(PEOPLE + " where e.tenant_id = :tenant and e.id = :id")
			.param("tenant", tenant)
			.param("id", id)
			.query(ReportingQueries::person)
			.optional();
	}

	private static final String PEOPLE = """
			select e.id, e.name, e.employee_no, e.status, u.id unit_id, u.name unit_name
			from people_employee e join people_org_unit u on u.tenant_id = e.tenant_id and u.id = e.org_unit_id
			""";

	List<KpiRow> kpis(UUID tenant, Owners owners, DashboardPeriod period) {
		return jdbc.sql("select g.id, g.title, g.owner_type, g.owner_id, g.period_id, g.visibility, k.unit, k.weight, "
				+ "k.definition_id, coalesce(r.target, k.target) target, r.actual, r.completion " + KPI_GOALS
				+ RESULT_IN_PERIOD + KPI_FILTER + " and " + owners.condition() + ORDER)
			.params(parameters(tenant, owners, period))
			.query((rs, n) -> new KpiRow(rs.getObject("id", UUID.class), rs.getString("title"), ownerType(rs),
					rs.getObject("owner_id", UUID.class), rs.getObject("period_id", UUID.class), visibility(rs),
					rs.getString("unit"), rs.getBigDecimal("weight"), rs.getObject("definition_id", UUID.class),
					rs.getBigDecimal("target"), rs.getBigDecimal("actual"), rs.getBigDecimal("completion")))
			.list();
	}

	/** The KPIs with their result in each month of the period (months without a result are absent). */
	List<MonthlyRow> monthly(UUID tenant, Owners owners, DashboardPeriod period) {
		Map<UUID, MonthlyRow> rows = new LinkedHashMap<>();
		List<UUID> months = period.months().stream().map(io.lodestar.goals.Period::id).toList();
		jdbc.sql("select g.id, g.title, g.owner_type, g.owner_id, g.visibility, k.unit, k.weight, k.definition_id, "
				+ "r.period_id result_period, r.actual, r.completion " + KPI_GOALS
				+ "left join kpi_result r on r.tenant_id = g.tenant_id and r.kpi_id = g.id and r.period_id in (:months)"
				+ KPI_FILTER + " and " + owners.condition() + ORDER)
			.params(parameters(tenant, owners, period))
			.param("months", months)
			.query(rs -> {
				UUID id = rs.getObject("id", UUID.class);
				MonthlyRow row = rows.get(id);
				if (row == null) {
					row = new MonthlyRow(id, rs.getString("title"), ownerType(rs), rs.getObject("owner_id", UUID.class),
							visibility(rs), rs.getString("unit"), rs.getBigDecimal("weight"),
							rs.getObject("definition_id", UUID.class), new HashMap<>());
					rows.put(id, row);
				}
				UUID month = rs.getObject("result_period", UUID.class);
				if (month != null) {
					row.months().put(month, new Point(rs.getBigDecimal("actual"), rs.getBigDecimal("completion")));
				}
			});
		return List.copyOf(rows.values());
	}

	List<StrategyRow> companyStrategies(UUID tenant, DashboardPeriod period) {
		return jdbc.sql("""
				select g.id, g.title, g.period_id, g.progress, g.visibility from goal g
				where g.tenant_id = :tenant and g.kind = 'STRATEGY' and g.status <> 'ARCHIVED'
				  and g.owner_type = 'COMPANY' and g.period_id in (:periods)
				order by g.created_at, g.id
				""")
			.param("tenant", tenant)
			.param("periods", period.relevantIds())
			.query((rs, n) -> new StrategyRow(rs.getObject("id", UUID.class), rs.getString("title"),
					rs.getObject("period_id", UUID.class), rs.getBigDecimal("progress"), visibility(rs)))
			.list();
	}

	private static Map<String, Object> parameters(UUID tenant, Owners owners, DashboardPeriod period) {
		Map<String, Object> parameters = new HashMap<>(owners.parameters());
		parameters.put("tenant", tenant);
		parameters.put("periods", period.relevantIds());
		parameters.put("enclosing", period.enclosingIds());
		parameters.put("selected", period.selected().id());
		return parameters;
	}

	private static PersonRow person(ResultSet rs, int number) throws SQLException {
		return new PersonRow(rs.getObject("id", UUID.class), rs.getString("name"), rs.getString("employee_no"),
				rs.getObject("unit_id", UUID.class), rs.getString("unit_name"), "ACTIVE".equals(rs.getString("status")));
	}

	private static OwnerType ownerType(ResultSet rs) throws SQLException {
		return OwnerType.valueOf(rs.getString("owner_type"));
	}

	private static GoalVisibility visibility(ResultSet rs) throws SQLException {
		return GoalVisibility.valueOf(rs.getString("visibility"));
	}

}
