package io.lodestar.platform.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.lodestar.platform.security.CurrentUser;
import io.lodestar.platform.security.Role;
import io.lodestar.platform.web.PageQuery;
import io.lodestar.platform.web.PageResult;
import io.lodestar.platform.web.SortOptions;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads the audit trail for HR admins (their company) and system administrators (the company they work
 * in, or platform events when none is chosen).
 */
@Service
@Transactional(readOnly = true)
public class AuditQueries {

	static final SortOptions SORT = SortOptions.of("occurredAt", "occurred_at", "action", "action", "entityType",
			"entity_type", "actor", "actor_name");

	private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() {
	};

	private final JdbcClient jdbc;

	private final JsonMapper json;

	AuditQueries(JdbcClient jdbc, JsonMapper json) {
		this.jdbc = jdbc;
		this.json = json;
	}

	public PageResult<AuditEntry> search(CurrentUser user, AuditFilter filter, PageQuery page) {
		return search(user, filter, page, ZoneOffset.UTC);
	}

	/** As {@link #search(CurrentUser, AuditFilter, PageQuery)}, with the date filters meant as days in {@code zone}. */
	public PageResult<AuditEntry> search(CurrentUser user, AuditFilter filter, PageQuery page, ZoneId zone) {
		if (!user.hasAny(Role.HR_ADMIN, Role.SYSTEM_ADMIN)) {
			throw new AccessDeniedException("audit trail");
		}
		String order = SORT.orderBy(page.sort() == null ? "occurredAt,desc" : page.sort());
		StringBuilder where = new StringBuilder();
		Map<String, Object> params = new HashMap<>();
		if (user.tenantId() == null) {
			where.append("tenant_id is null");
		}
		else {
			where.append("tenant_id = :tenant");
			params.put("tenant", user.tenantId());
		}
		if (filter.from() != null) {
			where.append(" and occurred_at >= :from");
			params.put("from", Timestamp.from(filter.from().atStartOfDay(zone).toInstant()));
		}
		if (filter.to() != null) {
			where.append(" and occurred_at < :to");
			params.put("to", Timestamp.from(filter.to().plusDays(1).atStartOfDay(zone).toInstant()));
		}
		if (filter.actor() != null && !filter.actor().isBlank()) {
			where.append(" and lower(actor_name) like :actor");
			params.put("actor", "%" + filter.actor().trim().toLowerCase(Locale.ROOT) + "%");
		}
		if (filter.entityType() != null && !filter.entityType().isBlank()) {
			where.append(" and entity_type = :entityType");
			params.put("entityType", filter.entityType().trim());
		}
		if (filter.entityId() != null && !filter.entityId().isBlank()) {
			where.append(" and entity_id = :entityId");
			params.put("entityId", filter.entityId().trim());
		}
		if (filter.action() != null && !filter.action().isBlank()) {
			where.append(" and action = :action");
			params.put("action", filter.action().trim());
		}
		long total = jdbc.sql("select count(*) from platform_audit_event where " + where)
			.params(params)
			.query(Long.class)
			.single();
		List<AuditEntry> items = jdbc
			.sql("select * from platform_audit_event where " + where + " order by " + order
					+ ", id limit :limit offset :offset")
			.params(params)
			.param("limit", page.size())
			.param("offset", page.offset())
			.query(this::entry)
			.list();
		return new PageResult<>(new ArrayList<>(items), page.page(), page.size(), total);
	}

	/** Distinct entity types and actions present for the caller's scope, for the filter drop-downs. */
	public List<String> entityTypes(CurrentUser user) {
		return distinct(user, "entity_type");
	}

	public List<String> actions(CurrentUser user) {
		return distinct(user, "action");
	}

	private List<String> distinct(CurrentUser user, String column) {
		if (user.tenantId() == null) {
			return jdbc.sql("select distinct " + column + " from platform_audit_event where tenant_id is null order by 1")
				.query(String.class)
				.list();
		}
		return jdbc.sql("select distinct " + column + " from platform_audit_event where tenant_id = :tenant order by 1")
			.param("tenant", user.tenantId())
			.query(String.class)
			.list();
	}

	private AuditEntry entry(ResultSet row, int number) throws SQLException {
		return new AuditEntry(row.getObject("id", UUID.class), row.getTimestamp("occurred_at").toInstant(),
				row.getObject("actor_user_id", UUID.class), row.getString("actor_name"), row.getString("actor_ip"),
				row.getString("request_id"), row.getString("action"), row.getString("entity_type"),
				row.getString("entity_id"), row.getString("summary"), parse(row.getString("before_state")),
				parse(row.getString("after_state")));
	}

	private Map<String, Object> parse(String state) {
		return state == null ? null : json.readValue(state, MAP);
	}

}
