package io.lodestar.okr;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import io.lodestar.platform.audit.AuditTrail;
import io.lodestar.platform.security.CurrentUser;

/** Every state change of an objective or key result, with who, when and why; also written to the audit trail. */
@Component
class OkrHistory {

	private final JdbcClient jdbc;

	private final AuditTrail audit;

	OkrHistory(JdbcClient jdbc, AuditTrail audit) {
		this.jdbc = jdbc;
		this.audit = audit;
	}

	void record(CurrentUser actor, UUID objectiveId, UUID keyResultId, String event, Object from, Object to,
			String reason) {
		record(actor.tenant(), actor.userId(), actor.displayName(), objectiveId, keyResultId, event, from, to, reason);
		audit.record("OKR_" + event, keyResultId == null ? "okr_objective" : "okr_key_result",
				keyResultId == null ? objectiveId : keyResultId, from == null ? null : Map.of("state", from.toString()),
				to == null && reason == null ? null : state(to, reason));
	}

	void record(UUID tenant, UUID actorUserId, String actorName, UUID objectiveId, UUID keyResultId, String event,
			Object from, Object to, String reason) {
		jdbc.sql("""
				insert into okr_event (id, tenant_id, objective_id, key_result_id, event, from_state, to_state, reason,
				    actor_user_id, actor_name, created_at)
				values (:id, :tenant, :objective, :kr, :event, :from, :to, :reason, :actor, :actorName, :at)
				""")
			.param("id", UUID.randomUUID())
			.param("tenant", tenant)
			.param("objective", objectiveId)
			.param("kr", keyResultId)
			.param("event", event)
			.param("from", from == null ? null : from.toString())
			.param("to", to == null ? null : to.toString())
			.param("reason", reason)
			.param("actor", actorUserId)
			.param("actorName", actorName)
			.param("at", Timestamp.from(Instant.now()))
			.update();
	}

	List<OkrEvent> of(UUID tenant, UUID objectiveId) {
		return jdbc.sql("""
				select e.*, v.title kr_title from okr_event e
				left join okr_key_result k on k.tenant_id = e.tenant_id and k.goal_id = e.key_result_id
				left join okr_key_result_version v on v.tenant_id = k.tenant_id and v.key_result_id = k.goal_id
				    and v.number = k.current_version
				where e.tenant_id = :tenant and e.objective_id = :objective order by e.created_at, e.id
				""")
			.param("tenant", tenant)
			.param("objective", objectiveId)
			.query((rs, row) -> new OkrEvent(rs.getString("event"), rs.getObject("key_result_id", UUID.class),
					rs.getString("kr_title"), rs.getString("from_state"), rs.getString("to_state"),
					rs.getString("reason"), rs.getString("actor_name"), rs.getTimestamp("created_at").toInstant()))
			.list();
	}

	private static Map<String, Object> state(Object to, String reason) {
		java.util.LinkedHashMap<String, Object> state = new java.util.LinkedHashMap<>();
		if (to != null) {
			state.put("state", to.toString());
		}
		if (reason != null) {
			state.put("reason", reason);
		}
		return state;
	}

}
