package io.lodestar.people;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/** A job title employees hold, such as 车间主任 (workshop head) or Product Manager. */
@Table("people_position")
class Position {

	@Id
	private final UUID id;

	private final UUID tenantId;

	private String code;

	private String name;

	private String description;

	private final Instant createdAt;

	private Instant updatedAt;

	@Version
	private Long version;

	Position(UUID id, UUID tenantId, String code, String name, String description, Instant createdAt,
			Instant updatedAt, Long version) {
		this.id = id;
		this.tenantId = tenantId;
		this.code = code;
		this.name = name;
		this.description = description;
		this.createdAt = createdAt;
		this.updatedAt = updatedAt;
		this.version = version;
	}

	static Position create(UUID tenantId, String code, String name, String description) {
		Instant now = Instant.now();
		return new Position(UUID.randomUUID(), tenantId, code, name, description, now, now, null);
	}

	void change(String code, String name, String description) {
		this.code = code;
		this.name = name;
		this.description = description;
		this.updatedAt = Instant.now();
	}

	Map<String, Object> auditState() {
		Map<String, Object> state = new LinkedHashMap<>();
		state.put("code", code);
		state.put("name", name);
		state.put("description", description);
		return state;
	}

	PositionView view() {
		return new PositionView(id, code, name, description, version);
	}

	UUID id() {
		return id;
	}

	String code() {
		return code;
	}

	String name() {
		return name;
	}

	String description() {
		return description;
	}

}
