package io.lodestar.okr;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import io.lodestar.goals.GoalStatus;
import io.lodestar.goals.GoalVisibility;
import io.lodestar.goals.OwnerType;

/** Reads objectives and their key results (goal rows joined with what only OKRs have). */
@Component
class ObjectiveQueries {

	private static final String OBJECTIVES = """
			select g.id, g.title, g.description, g.owner_type, g.owner_id, g.visibility, g.parent_id, g.progress,
			    g.status goal_status, o.cycle_id, o.review_state, o.include_child_objectives, o.went_well,
			    o.went_badly, o.reasons, o.carry_over, o.carried_from_goal_id, o.version, p.title parent_title
			from okr_objective o
			join goal g on g.tenant_id = o.tenant_id and g.id = o.goal_id
			left join goal p on p.tenant_id = g.tenant_id and p.id = g.parent_id
			where o.tenant_id = :tenant and g.status <> 'ARCHIVED' and \s""";

	private static final String KEY_RESULTS = """
			select g.id, g.weight, g.progress, k.objective_id, k.position, k.current_version, k.confidence, k.status,
			    k.status_set_by_hand, k.last_check_in_at, k.score, k.score_reason, v.title, v.kr_type, v.direction,
			    v.start_value, v.target_value, v.unit, v.last_value, v.done,
			    (select min(pv.number) from okr_key_result_version pv where pv.tenant_id = k.tenant_id
			        and pv.key_result_id = k.goal_id and pv.state = 'PROPOSED') pending
			from okr_key_result k
			join goal g on g.tenant_id = k.tenant_id and g.id = k.goal_id
			join okr_key_result_version v on v.tenant_id = k.tenant_id and v.key_result_id = k.goal_id
			    and v.number = k.current_version
			where k.tenant_id = :tenant and k.objective_id in (:objectives) and g.status <> 'ARCHIVED'
			order by k.position
			""";

	private final JdbcClient jdbc;

	ObjectiveQueries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<Row> one(UUID tenant, UUID id) {
		return where(tenant, "o.goal_id = :id", Map.of("id", id)).stream().findFirst();
	}

	List<Row> where(UUID tenant, String condition, Map<String, ?> parameters) {
		var statement = jdbc.sql(OBJECTIVES + condition + " order by g.owner_type, g.created_at, g.id")
			.param("tenant", tenant);
		for (Map.Entry<String, ?> parameter : parameters.entrySet()) {
			statement = statement.param(parameter.getKey(), parameter.getValue());
		}
		return statement.query(ObjectiveQueries::row).list();
	}

	Map<UUID, List<KeyResultRow>> keyResults(UUID tenant, List<UUID> objectives) {
		Map<UUID, List<KeyResultRow>> byObjective = new HashMap<>();
		for (int from = 0; from < objectives.size(); from += 1000) {
			jdbc.sql(KEY_RESULTS)
				.param("tenant", tenant)
				.param("objectives", objectives.subList(from, Math.min(objectives.size(), from + 1000)))
				.query(ObjectiveQueries::keyResult)
				.list()
				.forEach(kr -> byObjective.computeIfAbsent(kr.objectiveId(), key -> new ArrayList<>()).add(kr));
		}
		return byObjective;
	}

	/** The objective a key result belongs to. */
	Optional<UUID> objectiveOf(UUID tenant, UUID keyResultId) {
		return jdbc.sql("select objective_id from okr_key_result where tenant_id = :tenant and goal_id = :id")
			.param("tenant", tenant)
			.param("id", keyResultId)
			.query(UUID.class)
			.optional();
	}

	/**
	 * Views of key results; the status of those not set by hand follows the pace expected today.
	 */
	static List<KeyResultView> views(List<KeyResultRow> rows, BigDecimal expected, BigDecimal margin) {
		BigDecimal sum = rows.stream().map(KeyResultRow::weight).reduce(BigDecimal.ZERO, BigDecimal::add);
		List<KeyResultView> views = new ArrayList<>();
		for (KeyResultRow row : rows) {
			BigDecimal normalised = sum.signum() == 0 ? BigDecimal.ZERO
					: row.weight().multiply(Objectives.HUNDRED).divide(sum, MathContext.DECIMAL128)
						.setScale(1, RoundingMode.HALF_UP);
			views.add(new KeyResultView(row.id(), row.position(), row.title(), row.type(), row.direction(), row.start(),
					row.target(), row.unit(), row.current(), row.done(), row.weight(), normalised,
					row.progress() == null ? BigDecimal.ZERO : row.progress(),
					row.statusSetByHand() ? row.status()
							: KeyResultRules.status(row.progress() == null ? BigDecimal.ZERO : row.progress(), expected,
									margin),
					row.statusSetByHand(),
					row.confidence(), row.lastCheckInAt() == null ? null : row.lastCheckInAt().toInstant(),
					row.versionNumber(), row.pending(), row.score(), row.scoreReason()));
		}
		return views;
	}

	private static Row row(ResultSet rs, int row) throws SQLException {
		String carry = rs.getString("carry_over");
		return new Row(rs.getObject("id", UUID.class), rs.getString("title"), rs.getString("description"),
				OwnerType.valueOf(rs.getString("owner_type")), rs.getObject("owner_id", UUID.class),
				GoalVisibility.valueOf(rs.getString("visibility")), rs.getObject("parent_id", UUID.class),
				rs.getString("parent_title"), rs.getBigDecimal("progress"), GoalStatus.valueOf(rs.getString("goal_status")),
				rs.getObject("cycle_id", UUID.class), ReviewState.valueOf(rs.getString("review_state")),
				rs.getBoolean("include_child_objectives"),
				rs.getString("went_well"), rs.getString("went_badly"), rs.getString("reasons"),
				carry == null ? null : CarryOver.valueOf(carry), rs.getObject("carried_from_goal_id", UUID.class),
				rs.getLong("version"));
	}

	private static KeyResultRow keyResult(ResultSet rs, int row) throws SQLException {
		String direction = rs.getString("direction");
		int pending = rs.getInt("pending");
		Integer confidence = rs.getObject("confidence") == null ? null : rs.getInt("confidence");
		return new KeyResultRow(rs.getObject("id", UUID.class), rs.getObject("objective_id", UUID.class),
				rs.getInt("position"), rs.getInt("current_version"), rs.getString("title"),
				KeyResultType.valueOf(rs.getString("kr_type")), direction == null ? null : Direction.valueOf(direction),
				rs.getBigDecimal("start_value"), rs.getBigDecimal("target_value"), rs.getString("unit"),
				rs.getBigDecimal("last_value"), rs.getBoolean("done"), rs.getBigDecimal("weight"),
				rs.getBigDecimal("progress"), PaceStatus.valueOf(rs.getString("status")),
				rs.getBoolean("status_set_by_hand"), confidence, rs.getTimestamp("last_check_in_at"),
				pending == 0 ? null : pending, rs.getBigDecimal("score"),
				rs.getString("score_reason"));
	}

	record Row(UUID id, String title, String why, OwnerType ownerType, UUID ownerId, GoalVisibility visibility,
			UUID parentId, String parentTitle, BigDecimal progress, GoalStatus goalStatus, UUID cycleId,
			ReviewState reviewState, boolean includeChildObjectives, String wentWell,
			String wentBadly, String reasons, CarryOver carryOver, UUID carriedFromId, long version) {
	}

	record KeyResultRow(UUID id, UUID objectiveId, int position, int versionNumber, String title, KeyResultType type,
			Direction direction, BigDecimal start, BigDecimal target, String unit, BigDecimal current, boolean done,
			BigDecimal weight, BigDecimal progress, PaceStatus status, boolean statusSetByHand, Integer confidence,
			Timestamp lastCheckInAt, Integer pending, BigDecimal score, String scoreReason) {
	}

}
