package io.lodestar.goals;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps goal progress current, incrementally: when goals get new progress of their own (a KPI's completion,
 * a key result's check-in), only their ancestors are recomputed, level by level, each level with one query
 * and one batch update (per thousand goals), however many goals changed. A parent driven by its children
 * gets Σ weight × progress / Σ weight over its non-archived children that have progress (only its key results
 * when driven by {@link ProgressDriver#KEY_RESULTS}).
 */
@Component
public class GoalProgress {

	static final int SCALE = 4;

	private static final int MAX_DEPTH = 50;

	/** Ids per IN list: well below every database's parameter limit. */
	private static final int CHUNK = 1000;

	private final JdbcClient jdbc;

	private final JdbcTemplate batches;

	private final Clock clock;

	GoalProgress(JdbcClient jdbc, JdbcTemplate batches, Clock clock) {
		this.jdbc = jdbc;
		this.batches = batches;
		this.clock = clock;
	}

	/** Sets the own progress of goals driven by their own data, then rolls up every ancestor. */
	@Transactional
	public void updateOwn(UUID tenant, Map<UUID, BigDecimal> progressByGoal) {
		if (progressByGoal.isEmpty()) {
			return;
		}
		Timestamp now = Timestamp.from(clock.instant());
		List<Object[]> rows = new ArrayList<>();
		progressByGoal.forEach((goal, progress) -> rows.add(new Object[] { progress, now, tenant, goal }));
		batches.batchUpdate("update goal set progress = ?, progress_at = ? "
				+ "where tenant_id = ? and id = ? and progress_driver = 'OWN'", rows);
		rollUpFrom(tenant, parentsOf(tenant, progressByGoal.keySet()));
	}

	/** Recomputes goals whose children changed (a link added or removed, a child archived) and their ancestors. */
	@Transactional
	public void recompute(UUID tenant, Collection<UUID> goals) {
		rollUpFrom(tenant, new HashSet<>(goals));
	}

	private void rollUpFrom(UUID tenant, Set<UUID> start) {
		Set<UUID> level = start;
		for (int depth = 0; depth < MAX_DEPTH && !level.isEmpty(); depth++) {
			Map<UUID, BigDecimal> computed = childrenProgress(tenant, level);
			Timestamp now = Timestamp.from(clock.instant());
			List<Object[]> rows = new ArrayList<>();
			for (UUID goal : level) {
				rows.add(new Object[] { computed.get(goal), now, tenant, goal });
			}
			batches.batchUpdate("update goal set progress = ?, progress_at = ? "
					+ "where tenant_id = ? and id = ? and progress_driver in ('CHILDREN', 'KEY_RESULTS')", rows);
			level = parentsOf(tenant, level);
		}
	}

	private Map<UUID, BigDecimal> childrenProgress(UUID tenant, Set<UUID> parents) {
		Map<UUID, BigDecimal> result = new HashMap<>();
		for (List<UUID> chunk : chunks(parents)) {
			jdbc.sql("""
					select c.parent_id, sum(c.weight * c.progress) weighted, sum(c.weight) weights from goal c
					join goal p on p.tenant_id = c.tenant_id and p.id = c.parent_id
					where c.tenant_id = :tenant and c.parent_id in (:parents) and c.progress is not null
					  and c.status <> 'ARCHIVED'
					  and (p.progress_driver <> 'KEY_RESULTS' or c.kind = 'KEY_RESULT')
					group by c.parent_id
					""").param("tenant", tenant).param("parents", chunk).query(rs -> {
				BigDecimal weights = rs.getBigDecimal("weights");
				if (weights != null && weights.signum() > 0) {
					result.put(rs.getObject("parent_id", UUID.class), rs.getBigDecimal("weighted")
						.divide(weights, MathContext.DECIMAL128)
						.setScale(SCALE, RoundingMode.HALF_UP));
				}
			});
		}
		return result;
	}

	private Set<UUID> parentsOf(UUID tenant, Collection<UUID> goals) {
		Set<UUID> parents = new HashSet<>();
		for (List<UUID> chunk : chunks(goals)) {
			parents.addAll(jdbc.sql("select distinct parent_id from goal where tenant_id = :tenant and id in (:ids) "
					+ "and parent_id is not null").param("tenant", tenant).param("ids", chunk).query(UUID.class).list());
		}
		return parents;
	}

	static List<List<UUID>> chunks(Collection<UUID> ids) {
		List<UUID> all = new ArrayList<>(ids);
		List<List<UUID>> chunks = new ArrayList<>();
		for (int from = 0; from < all.size(); from += CHUNK) {
			chunks.add(all.subList(from, Math.min(all.size(), from + CHUNK)));
		}
		return chunks;
	}

}
