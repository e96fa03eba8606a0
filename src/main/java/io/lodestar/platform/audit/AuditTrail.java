package io.lodestar.platform.audit;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import io.lodestar.platform.security.CurrentUser;
import io.lodestar.platform.security.CurrentUsers;
import io.lodestar.platform.web.RequestIdFilter;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes the append-only audit trail. Business changes are recorded in the caller's transaction, so a
 * change and its audit record commit or roll back together. Snapshots are maps the owning module builds;
 * sensitive values arrive already masked (see {@link Masking}), only the fact that they changed is kept.
 */
@Service
public class AuditTrail {

	private final JdbcClient jdbc;

	private final JsonMapper json;

	AuditTrail(JdbcClient jdbc, JsonMapper json) {
		this.jdbc = jdbc;
		this.json = json;
	}

	/** A change to business data by the signed-in user, in their company. */
	@Transactional(propagation = Propagation.MANDATORY)
	public void record(String action, String entityType, Object entityId, Map<String, ?> before,
			Map<String, ?> after) {
		CurrentUser actor = CurrentUsers.require();
		insert(actor.tenantId(), actor.userId(), actor.email(), action, entityType, entityId, null, before, after);
	}

	/**
	 * A read of someone else's personal data. Its own transaction, so a read-only request leaves a trace too;
	 * action READ, the subjects in the after state.
	 */
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public void recordRead(CurrentUser viewer, String dataKind, Object subject, Map<String, ?> details) {
		insert(viewer.tenantId(), viewer.userId(), viewer.email(), "READ", dataKind, subject, null, null, details);
	}

	/** An event without a signed-in user in the security context (sign-ins, start-up, background jobs). */
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public void recordSystem(UUID tenantId, UUID actorUserId, String actorName, String action, String entityType,
			Object entityId, String summary) {
		insert(tenantId, actorUserId, actorName, action, entityType, entityId, summary, null, null);
	}

	private void insert(UUID tenantId, UUID actorUserId, String actorName, String action, String entityType,
			Object entityId, String summary, Map<String, ?> before, Map<String, ?> after) {
		HttpServletRequest request = currentRequest();
		jdbc.sql("""
				insert into platform_audit_event (id, tenant_id, occurred_at, actor_user_id, actor_name, actor_ip,
				    request_id, action, entity_type, entity_id, summary, before_state, after_state)
				values (:id, :tenant, :at, :actor, :actorName, :ip, :requestId, :action, :entityType, :entityId,
				    :summary, :before, :after)
				""")
			.param("id", UUID.randomUUID())
			.param("tenant", tenantId)
			.param("at", java.sql.Timestamp.from(Instant.now()))
			.param("actor", actorUserId)
			.param("actorName", actorName)
			.param("ip", request == null ? null : request.getRemoteAddr())
			.param("requestId", RequestIdFilter.of(request))
			.param("action", action)
			.param("entityType", entityType)
			.param("entityId", entityId == null ? null : entityId.toString())
			.param("summary", summary)
			.param("before", before == null ? null : json.writeValueAsString(before))
			.param("after", after == null ? null : json.writeValueAsString(after))
			.update();
	}

	private static HttpServletRequest currentRequest() {
		return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes
				? attributes.getRequest() : null;
	}

}
