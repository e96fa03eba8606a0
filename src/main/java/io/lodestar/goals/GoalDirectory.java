package io.lodestar.goals;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Bulk read access to goals for other modules (one query for many goals), without per-user rules: callers
 * apply {@link GoalAccess} themselves.
 */
@Service
@Transactional(readOnly = true)
public class GoalDirectory {

	private final GoalQueries queries;

	GoalDirectory(GoalQueries queries) {
		this.queries = queries;
	}

	public Map<UUID, GoalRef> refs(UUID tenant, Collection<UUID> ids) {
		Map<UUID, GoalRef> refs = new HashMap<>();
		for (List<UUID> chunk : GoalProgress.chunks(ids)) {
			queries.where(tenant, "id in (:ids)", Map.of("ids", chunk))
				.forEach(row -> refs.put(row.id(), ref(row)));
		}
		return refs;
	}

	/** Goals owned by any of the employees (or units) in a period and the periods inside it. */
	public List<GoalRef> ownedBy(UUID tenant, OwnerType ownerType, Collection<UUID> owners, Collection<UUID> periods) {
		if (owners.isEmpty() || periods.isEmpty()) {
			return List.of();
		}
		return queries.where(tenant, "owner_type = :type and owner_id in (:owners) and period_id in (:periods) "
				+ "and status <> 'ARCHIVED'", Map.of("type", ownerType.name(), "owners", List.copyOf(owners), "periods",
						List.copyOf(periods)))
			.stream()
			.map(GoalDirectory::ref)
			.toList();
	}

	/** Active (not archived) goals of a kind in any of the periods, whoever owns them; callers apply access. */
	public List<GoalRef> ofKindIn(UUID tenant, GoalKind kind, Collection<UUID> periods) {
		if (periods.isEmpty()) {
			return List.of();
		}
		return queries.where(tenant, "kind = :kind and period_id in (:periods) and status <> 'ARCHIVED'",
				Map.of("kind", kind.name(), "periods", List.copyOf(periods)))
			.stream()
			.map(GoalDirectory::ref)
			.toList();
	}

	static GoalRef ref(GoalQueries.Row row) {
		return new GoalRef(row.id(), row.kind(), row.title(), row.ownerType(), row.ownerId(), row.periodId(),
				row.parentId(), row.status(), row.visibility());
	}

}
