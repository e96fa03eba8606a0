package io.lodestar.recognition;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import io.lodestar.goals.GoalRef;
import io.lodestar.people.PeopleDirectory;
import io.lodestar.platform.security.CurrentUser;

/** The SQL of awards and praise, and turning rows into what one viewer may see. Every statement filters by tenant. */
@Component
class RecognitionStore {

	record AwardRow(UUID id, UUID typeId, UUID recipientId, UUID recipientUnitId, String giverName, String reason,
			UUID goalId, RewardKind rewardKind, BigDecimal bonusAmount, String currency, String rewardDetail,
			UUID budgetId, Instant createdAt, Instant revokedAt, String revokedBy, String revokeReason) {
	}

	record PraiseRow(UUID id, UUID recipientId, UUID recipientUnitId, String authorName, String message, UUID goalId,
			Instant createdAt) {
	}

	/** Which recognition to read: of these units (null: all) and/or of one person (null: anyone). */
	record Filter(Set<UUID> units, UUID recipientId) {
	}

	private static final String AWARD_COLUMNS = """
			id, award_type_id, recipient_id, recipient_unit_id, giver_name, reason, goal_id, reward_kind,
			bonus_amount, currency, reward_detail, budget_id, created_at, revoked_at, revoked_by_name, revoke_reason""";

	private final JdbcClient jdbc;

	private final PeopleDirectory people;

	private final RecognitionAccess access;

	RecognitionStore(JdbcClient jdbc, PeopleDirectory people, RecognitionAccess access) {
		this.jdbc = jdbc;
		this.people = people;
		this.access = access;
	}

	Optional<AwardRow> award(UUID tenant, UUID id) {
		return jdbc.sql("select " + AWARD_COLUMNS + " from recognition_award where tenant_id = :t and id = :id")
			.param("t", tenant)
			.param("id", id)
			.query(RecognitionStore::awardRow)
			.optional();
	}

	Optional<PraiseRow> praise(UUID tenant, UUID id) {
		return jdbc.sql("select * from recognition_praise where tenant_id = :t and id = :id")
			.param("t", tenant)
			.param("id", id)
			.query(RecognitionStore::praiseRow)
			.optional();
	}

	/** Awards in force (not revoked), newest first. */
	List<AwardRow> awards(UUID tenant, Filter filter, int limit, long offset) {
		Map<String, Object> params = new HashMap<>();
		String where = where(tenant, filter, params) + " and revoked_at is null";
		return jdbc.sql("select " + AWARD_COLUMNS + " from recognition_award where " + where
				+ " order by created_at desc, id limit :limit offset :offset")
			.params(params)
			.param("limit", limit)
			.param("offset", offset)
			.query(RecognitionStore::awardRow)
			.list();
	}

	long countAwards(UUID tenant, Filter filter) {
		Map<String, Object> params = new HashMap<>();
		return jdbc.sql("select count(*) from recognition_award where " + where(tenant, filter, params)
				+ " and revoked_at is null").params(params).query(Long.class).single();
	}

	List<PraiseRow> praise(UUID tenant, Filter filter, int limit, long offset) {
		Map<String, Object> params = new HashMap<>();
		return jdbc.sql("select * from recognition_praise where " + where(tenant, filter, params)
				+ " order by created_at desc, id limit :limit offset :offset")
			.params(params)
			.param("limit", limit)
			.param("offset", offset)
			.query(RecognitionStore::praiseRow)
			.list();
	}

	long countPraise(UUID tenant, Filter filter) {
		Map<String, Object> params = new HashMap<>();
		return jdbc.sql("select count(*) from recognition_praise where " + where(tenant, filter, params))
			.params(params)
			.query(Long.class)
			.single();
	}

	private static String where(UUID tenant, Filter filter, Map<String, Object> params) {
		StringBuilder where = new StringBuilder("tenant_id = :t");
		params.put("t", tenant);
		if (filter.units() != null) {
			// an empty scope matches nothing; "in ()" is not valid SQL
			where.append(filter.units().isEmpty() ? " and 1 = 0" : " and recipient_unit_id in (:units)");
			params.put("units", List.copyOf(filter.units()));
		}
		if (filter.recipientId() != null) {
			where.append(" and recipient_id = :recipient");
			params.put("recipient", filter.recipientId());
		}
		return where.toString();
	}

	void insertAward(UUID tenant, UUID id, CurrentUser giver, String giverName, UUID recipientId, UUID unitId,
			UUID typeId, String reason, UUID goalId, RewardKind kind, BigDecimal amount, String detail, UUID budgetId) {
		jdbc.sql("""
				insert into recognition_award (id, tenant_id, award_type_id, recipient_id, recipient_unit_id,
				    giver_user_id, giver_employee_id, giver_name, reason, goal_id, reward_kind, bonus_amount, currency,
				    reward_detail, budget_id, created_at)
				values (:id, :t, :type, :recipient, :unit, :giverUser, :giverEmployee, :giverName, :reason, :goal,
				    :kind, :amount, :currency, :detail, :budget, :at)""")
			.param("id", id)
			.param("t", tenant)
			.param("type", typeId)
			.param("recipient", recipientId)
			.param("unit", unitId)
			.param("giverUser", giver.userId())
			.param("giverEmployee", giver.employeeId())
			.param("giverName", giverName)
			.param("reason", reason)
			.param("goal", goalId)
			.param("kind", kind.name())
			.param("amount", amount)
			.param("currency", amount == null ? null : Money.CURRENCY)
			.param("detail", detail)
			.param("budget", budgetId)
			.param("at", Timestamp.from(Instant.now()))
			.update();
	}

	/** @return whether this call revoked it (false when it already was: two revocations at once count once) */
	boolean revoke(UUID tenant, UUID id, String byName, String reason) {
		return jdbc.sql("""
				update recognition_award set revoked_at = :at, revoked_by_name = :by, revoke_reason = :reason
				where tenant_id = :t and id = :id and revoked_at is null""")
			.param("at", Timestamp.from(Instant.now()))
			.param("by", byName)
			.param("reason", reason)
			.param("t", tenant)
			.param("id", id)
			.update() == 1;
	}

	void insertPraise(UUID tenant, UUID id, CurrentUser author, String authorName, UUID recipientId, UUID unitId,
			String message, UUID goalId) {
		jdbc.sql("""
				insert into recognition_praise (id, tenant_id, recipient_id, recipient_unit_id, author_user_id,
				    author_employee_id, author_name, message, goal_id, created_at)
				values (:id, :t, :recipient, :unit, :user, :employee, :name, :message, :goal, :at)""")
			.param("id", id)
			.param("t", tenant)
			.param("recipient", recipientId)
			.param("unit", unitId)
			.param("user", author.userId())
			.param("employee", author.employeeId())
			.param("name", authorName)
			.param("message", message)
			.param("goal", goalId)
			.param("at", Timestamp.from(Instant.now()))
			.update();
	}

	/** Awards and praise as the viewer may see them, in the given order. */
	List<RecognitionItem> items(CurrentUser viewer, List<AwardRow> awards, List<PraiseRow> praise) {
		UUID tenant = viewer.tenant();
		List<UUID> recipients = new ArrayList<>();
		List<UUID> goalIds = new ArrayList<>();
		awards.forEach(award -> {
			recipients.add(award.recipientId());
			goalIds.add(award.goalId());
		});
		praise.forEach(post -> {
			recipients.add(post.recipientId());
			goalIds.add(post.goalId());
		});
		Map<UUID, String> names = people.employeeNames(tenant, Set.copyOf(recipients));
		Map<UUID, GoalRef> goals = access.readableGoals(viewer, goalIds);
		Map<UUID, String> types = typeNames(tenant, awards.stream().map(AwardRow::typeId).toList());
		List<RecognitionItem> items = new ArrayList<>();
		for (AwardRow award : awards) {
			GoalRef goal = award.goalId() == null ? null : goals.get(award.goalId());
			boolean money = RecognitionAccess.seesAmount(viewer, award.recipientId());
			items.add(new RecognitionItem(RecognitionItem.AWARD, award.id(), award.createdAt(), award.recipientId(),
					names.get(award.recipientId()), award.giverName(), award.reason(), goal == null ? null : goal.id(),
					goal == null ? null : goal.title(), award.typeId(), types.get(award.typeId()), award.rewardKind(),
					money ? award.bonusAmount() : null, money ? award.currency() : null, award.rewardDetail(),
					award.revokedAt(), award.revokedBy(), award.revokeReason()));
		}
		for (PraiseRow post : praise) {
			GoalRef goal = post.goalId() == null ? null : goals.get(post.goalId());
			items.add(new RecognitionItem(RecognitionItem.PRAISE, post.id(), post.createdAt(), post.recipientId(),
					names.get(post.recipientId()), post.authorName(), post.message(), goal == null ? null : goal.id(),
					goal == null ? null : goal.title(), null, null, null, null, null, null, null, null, null));
		}
		return items;
	}

	Map<UUID, String> typeNames(UUID tenant, Collection<UUID> ids) {
		if (ids.isEmpty()) {
			return Map.of();
		}
		Map<UUID, String> names = new HashMap<>();
		jdbc.sql("select id, name from recognition_award_type where tenant_id = :t and id in (:ids)")
			.param("t", tenant)
			.param("ids", List.copyOf(Set.copyOf(ids)))
			.query(rs -> {
				names.put(rs.getObject("id", UUID.class), rs.getString("name"));
			});
		return names;
	}

	private static AwardRow awardRow(ResultSet rs, int row) throws SQLException {
		Timestamp revoked = rs.getTimestamp("revoked_at");
		return new AwardRow(rs.getObject("id", UUID.class), rs.getObject("award_type_id", UUID.class),
				rs.getObject("recipient_id", UUID.class), rs.getObject("recipient_unit_id", UUID.class),
				rs.getString("giver_name"), rs.getString("reason"), rs.getObject("goal_id", UUID.class),
				RewardKind.valueOf(rs.getString("reward_kind")), rs.getBigDecimal("bonus_amount"),
				rs.getString("currency"), rs.getString("reward_detail"), rs.getObject("budget_id", UUID.class),
				rs.getTimestamp("created_at").toInstant(), revoked == null ? null : revoked.toInstant(),
				rs.getString("revoked_by_name"), rs.getString("revoke_reason"));
	}

	private static PraiseRow praiseRow(ResultSet rs, int row) throws SQLException {
		return new PraiseRow(rs.getObject("id", UUID.class), rs.getObject("recipient_id", UUID.class),
				rs.getObject("recipient_unit_id", UUID.class), rs.getString("author_name"), rs.getString("message"),
				rs.getObject("goal_id", UUID.class), rs.getTimestamp("created_at").toInstant());
	}

}
