package io.lodestar.goals;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Read models of the goal graph in plain SQL, always within one tenant. */
@Component
class GoalQueries {

	private final JdbcClient jdbc;

	GoalQueries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The raw row of a goal, before access rules and names are applied. */
	record Row(UUID id, GoalKind kind, String title, String description, OwnerType ownerType, UUID ownerId,
			UUID periodId, UUID parentId, BigDecimal weight, ProgressDriver driver, BigDecimal progress,
			java.time.Instant progressAt, GoalStatus status, GoalVisibility visibility, Long version) {
	}

	static final String SELECT = """
			select id, kind, title, description, owner_type, owner_id, period_id, parent_id, weight, progress_driver,
			       progress, progress_at, status, visibility, version
			from goal
			""";

	List<Row> where(UUID tenant, String condition, Map<String, ?> parameters) {
		return jdbc.sql(SELECT + " where tenant_id = :tenant and " + condition + " order by created_at, id")
			.param("tenant", tenant)
			.params(parameters)
			.query(GoalQueries::row)
			.list();
	}

	java.util.Optional<Row> one(UUID tenant, UUID id) {
		return jdbc.sql(SELECT + " where tenant_id = :tenant and id = :id")
			.param("tenant", tenant)
			.param("id", id)
			.query(GoalQueries::row)
			.optional();
	}

	/** The goal's ancestors through "contributes" links, nearest first (the goal itself excluded). */
	List<Row> ancestors(UUID tenant, UUID id) {
		List<UUID> ids = jdbc.sql("""
				with recursive chain (id, parent_id, depth) as (
				    select id, parent_id, 0 from goal where tenant_id = :tenant and id = :id
				    union all
				    select g.id, g.parent_id, c.depth + 1 from goal g join chain c on g.id = c.parent_id
				    where g.tenant_id = :tenant and c.depth < 60
				)
				select id from chain where depth > 0 order by depth
				""").param("tenant", tenant).param("id", id).query(UUID.class).list();
		if (ids.isEmpty()) {
			return List.of();
		}
		Map<UUID, Row> rows = new HashMap<>();
		where(tenant, "id in (:ids)", Map.of("ids", ids)).forEach(row -> rows.put(row.id(), row));
		List<Row> ordered = new ArrayList<>();
		ids.forEach(ancestor -> ordered.add(rows.get(ancestor)));
		return ordered;
	}

	/** Whether {@code candidate} is {@code goal} or lies below it through "contributes" links. */
	boolean isSelfOrDescendant(UUID tenant, UUID goal, UUID candidate) {
		return jdbc.sql("""
				with recursive below (id, depth) as (
				    select id, 0 from goal where tenant_id = :tenant and id = :goal
				    union all
				    select g.id, b.depth + 1 from goal g join below b on g.parent_id = b.id
				    where g.tenant_id = :tenant and b.depth < 60
				)
				select count(*) from below where id = :candidate
				""").param("tenant", tenant).param("goal", goal).param("candidate", candidate)
			.query(Long.class)
			.single() > 0;
	}

	List<UUID> supported(UUID tenant, UUID goal) {
		return jdbc.sql("select supported_goal_id from goal_support where tenant_id = :tenant and goal_id = :goal")
			.param("tenant", tenant)
			.param("goal", goal)
			.query(UUID.class)
			.list();
	}

	private static Row row(ResultSet rs, int number) throws SQLException {
		return new Row(rs.getObject("id", UUID.class), GoalKind.valueOf(rs.getString("kind")), rs.getString("title"),
				rs.getString("description"), OwnerType.valueOf(rs.getString("owner_type")),
				rs.getObject("owner_id", UUID.class), rs.getObject("period_id", UUID.class),
				rs.getObject("parent_id", UUID.class), rs.getBigDecimal("weight"),
				ProgressDriver.valueOf(rs.getString("progress_driver")), rs.getBigDecimal("progress"),
				rs.getTimestamp("progress_at") == null ? null : rs.getTimestamp("progress_at").toInstant(),
				GoalStatus.valueOf(rs.getString("status")), GoalVisibility.valueOf(rs.getString("visibility")),
				rs.getLong("version"));
	}

}
