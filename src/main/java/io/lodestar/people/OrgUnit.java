package io.lodestar.people;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/** A node of a company's organisation tree. The root has no parent and kind COMPANY. */
@Table("people_org_unit")
class OrgUnit {

	@Id
	private final UUID id;

	private final UUID tenantId;

	private UUID parentId;

	private String code;

	private String name;

	private OrgUnitKind kind;

	private UUID headEmployeeId;

	private int sortOrder;

	private final Instant createdAt;

	private Instant updatedAt;

	@Version
	private Long version;

	OrgUnit(UUID id, UUID tenantId, UUID parentId, String code, String name, OrgUnitKind kind, UUID headEmployeeId,
			int sortOrder, Instant createdAt, Instant updatedAt, Long version) {
		this.id = id;
		this.tenantId = tenantId;
		this.parentId = parentId;
		this.code = code;
		this.name = name;
		this.kind = kind;
		this.headEmployeeId = headEmployeeId;
		this.sortOrder = sortOrder;
		this.createdAt = createdAt;
		this.updatedAt = updatedAt;
		this.version = version;
	}

	static OrgUnit create(UUID tenantId, UUID parentId, String code, String name, OrgUnitKind kind, int sortOrder) {
		Instant now = Instant.now();
		return new OrgUnit(UUID.randomUUID(), tenantId, parentId, code, name, kind, null, sortOrder, now, now, null);
	}

	void change(UUID parentId, String code, String name, OrgUnitKind kind, UUID headEmployeeId, int sortOrder) {
		this.parentId = parentId;
		this.code = code;
		this.name = name;
		this.kind = kind;
		this.headEmployeeId = headEmployeeId;
		this.sortOrder = sortOrder;
		this.updatedAt = Instant.now();
	}

	void appointHead(UUID employeeId) {
		this.headEmployeeId = employeeId;
		this.updatedAt = Instant.now();
	}

	Map<String, Object> auditState() {
		Map<String, Object> state = new LinkedHashMap<>();
		state.put("code", code);
		state.put("name", name);
		state.put("kind", kind.name());
		state.put("parentId", parentId == null ? null : parentId.toString());
		state.put("headEmployeeId", headEmployeeId == null ? null : headEmployeeId.toString());
		state.put("sortOrder", sortOrder);
		return state;
	}

	UUID id() {
		return id;
	}

	UUID tenantId() {
		return tenantId;
	}

	UUID parentId() {
		return parentId;
	}

	String code() {
		return code;
	}

	String name() {
		return name;
	}

	OrgUnitKind kind() {
		return kind;
	}

	UUID headEmployeeId() {
		return headEmployeeId;
	}

	int sortOrder() {
		return sortOrder;
	}

	Long version() {
		return version;
	}

}
