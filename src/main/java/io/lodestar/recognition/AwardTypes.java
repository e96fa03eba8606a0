package io.lodestar.recognition;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.lodestar.platform.audit.AuditTrail;
import io.lodestar.platform.security.CurrentUser;
import io.lodestar.platform.security.Role;
import io.lodestar.platform.web.BusinessRuleException;
import io.lodestar.platform.web.NotFoundException;

/** The company's award types (优秀员工, 最佳服务奖, ...): HR keeps the list; everyone reads it. */
@Service
@Transactional
public class AwardTypes {

	private final JdbcClient jdbc;

	private final AuditTrail audit;

	AwardTypes(JdbcClient jdbc, AuditTrail audit) {
		this.jdbc = jdbc;
		this.audit = audit;
	}

	@Transactional(readOnly = true)
	public List<AwardType> list(CurrentUser user, boolean activeOnly) {
		return jdbc.sql("select id, name, description, active, version from recognition_award_type where tenant_id = :t"
				+ (activeOnly ? " and active = true" : "") + " order by name")
			.param("t", user.tenant())
			.query((rs, row) -> new AwardType(rs.getObject("id", UUID.class), rs.getString("name"),
					rs.getString("description"), rs.getBoolean("active"), rs.getLong("version")))
			.list();
	}

	@Transactional(readOnly = true)
	public AwardType get(CurrentUser user, UUID id) {
		return list(user, false).stream()
			.filter(type -> type.id().equals(id))
			.findFirst()
			.orElseThrow(() -> new NotFoundException("award-type", id));
	}

	public AwardType create(CurrentUser user, String name, String description) {
		requireHr(user);
		String cleanName = name(name);
		unique(user, cleanName, null);
		UUID id = UUID.randomUUID();
		jdbc.sql("""
				insert into recognition_award_type (id, tenant_id, name, description, active, created_at, version)
				values (:id, :t, :name, :description, true, :at, 0)""")
			.param("id", id)
			.param("t", user.tenant())
			.param("name", cleanName)
			.param("description", description(description))
			.param("at", Timestamp.from(Instant.now()))
			.update();
		AwardType created = get(user, id);
		audit.record("CREATE", "recognition_award_type", id, null, snapshot(created));
		return created;
	}

	/** Renames, describes, retires or reinstates a type; awards already given keep it. */
	public AwardType update(CurrentUser user, UUID id, String name, String description, boolean active) {
		requireHr(user);
		AwardType before = get(user, id);
		String cleanName = name(name);
		unique(user, cleanName, id);
		jdbc.sql("""
				update recognition_award_type set name = :name, description = :description, active = :active,
				    version = version + 1
				where tenant_id = :t and id = :id""")
			.param("name", cleanName)
			.param("description", description(description))
			.param("active", active)
			.param("t", user.tenant())
			.param("id", id)
			.update();
		AwardType after = get(user, id);
		audit.record("UPDATE", "recognition_award_type", id, snapshot(before), snapshot(after));
		return after;
	}

	private void unique(CurrentUser user, String name, UUID except) {
		boolean taken = list(user, false).stream()
			.anyMatch(type -> type.name().equalsIgnoreCase(name) && !type.id().equals(except));
		if (taken) {
			throw BusinessRuleException.conflict("recognition.type.name-taken", "name", name);
		}
	}

	private static String name(String name) {
		String clean = name == null ? "" : name.strip();
		if (clean.isEmpty()) {
			throw BusinessRuleException.invalid("recognition.type.name-required", "name");
		}
		if (clean.length() > 100) {
			throw BusinessRuleException.invalid("recognition.type.name-too-long", "name", 100);
		}
		return clean;
	}

	private static String description(String description) {
		String clean = description == null ? "" : description.strip();
		if (clean.length() > 1000) {
			throw BusinessRuleException.invalid("recognition.type.description-too-long", "description", 1000);
		}
		return clean.isEmpty() ? null : clean;
	}

	static void requireHr(CurrentUser user) {
		if (!user.has(Role.HR_ADMIN)) {
			throw new AccessDeniedException("HR only");
		}
	}

	private static Map<String, Object> snapshot(AwardType type) {
		Map<String, Object> state = new LinkedHashMap<>();
		state.put("name", type.name());
		state.put("description", type.description());
		state.put("active", type.active());
		return state;
	}

}
