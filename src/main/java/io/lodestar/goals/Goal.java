package io.lodestar.goals;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A node of the goal graph. {@code parentId} is the one goal it contributes to, with {@code weight} among
 * its siblings. {@code progress} is maintained by {@link GoalProgress}, never edited directly.
 */
@Table("goal")
class Goal {

	@Id
	private final UUID id;

	private final UUID tenantId;

	private final GoalKind kind;

	private String title;

	private String description;

	private final OwnerType ownerType;

	private final UUID ownerId;

	private final UUID periodId;

	private UUID parentId;

	private BigDecimal weight;

	private ProgressDriver progressDriver;

	private BigDecimal progress;

	private Instant progressAt;

	private GoalStatus status;

	private GoalVisibility visibility;

	private final UUID createdBy;

	private final Instant createdAt;

	private Instant updatedAt;

	@Version
	private Long version;

	Goal(UUID id, UUID tenantId, GoalKind kind, String title, String description, OwnerType ownerType, UUID ownerId,
			UUID periodId, UUID parentId, BigDecimal weight, ProgressDriver progressDriver, BigDecimal progress,
			Instant progressAt, GoalStatus status, GoalVisibility visibility, UUID createdBy, Instant createdAt,
			Instant updatedAt, Long version) {
		this.id = id;
		this.tenantId = tenantId;
		this.kind = kind;
		this.title = title;
		this.description = description;
		this.ownerType = ownerType;
		this.ownerId = ownerId;
		this.periodId = periodId;
		this.parentId = parentId;
		this.weight = weight;
		this.progressDriver = progressDriver;
		this.progress = progress;
		this.progressAt = progressAt;
		this.status = status;
		this.visibility = visibility;
		this.createdBy = createdBy;
		this.createdAt = createdAt;
		this.updatedAt = updatedAt;
		this.version = version;
	}

	static Goal create(UUID tenantId, NewGoal request, UUID createdBy) {
		Instant now = Instant.now();
		return new Goal(UUID.randomUUID(), tenantId, request.kind(), request.title().strip(),
				blankToNull(request.description()), request.ownerType(),
				request.ownerType() == OwnerType.COMPANY ? null : request.ownerId(), request.periodId(), null,
				request.weight() == null ? NewGoal.DEFAULT_WEIGHT : request.weight(),
				request.progressDriver() == null ? defaultDriver(request.kind()) : request.progressDriver(), null, null,
				request.status() == null ? GoalStatus.ACTIVE : request.status(),
				request.visibility() == null ? GoalVisibility.PUBLIC : request.visibility(), createdBy, now, now, null);
	}

	static ProgressDriver defaultDriver(GoalKind kind) {
		return kind == GoalKind.STRATEGY || kind == GoalKind.OBJECTIVE ? ProgressDriver.CHILDREN : ProgressDriver.OWN;
	}

	void change(GoalChange change) {
		this.title = change.title().strip();
		this.description = blankToNull(change.description());
		if (change.weight() != null) {
			this.weight = change.weight();
		}
		if (change.progressDriver() != null) {
			this.progressDriver = change.progressDriver();
		}
		if (change.visibility() != null) {
			this.visibility = change.visibility();
		}
		this.updatedAt = Instant.now();
	}

	void contributeTo(UUID parent, BigDecimal weight) {
		this.parentId = parent;
		if (weight != null) {
			this.weight = weight;
		}
		this.updatedAt = Instant.now();
	}

	void moveTo(GoalStatus status) {
		this.status = status;
		this.updatedAt = Instant.now();
	}

	Map<String, Object> auditState() {
		Map<String, Object> state = new LinkedHashMap<>();
		state.put("kind", kind.name());
		state.put("title", title);
		state.put("description", description);
		state.put("owner", ownerType.name() + (ownerId == null ? "" : ":" + ownerId));
		state.put("periodId", periodId.toString());
		state.put("parentId", parentId == null ? null : parentId.toString());
		state.put("weight", weight == null ? null : weight.stripTrailingZeros().toPlainString());
		state.put("progressDriver", progressDriver.name());
		state.put("status", status.name());
		state.put("visibility", visibility.name());
		return state;
	}

	private static String blankToNull(String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}

	UUID id() {
		return id;
	}

	UUID tenantId() {
		return tenantId;
	}

	GoalKind kind() {
		return kind;
	}

	OwnerType ownerType() {
		return ownerType;
	}

	UUID ownerId() {
		return ownerId;
	}

	UUID periodId() {
		return periodId;
	}

	UUID parentId() {
		return parentId;
	}

	GoalStatus status() {
		return status;
	}

	GoalVisibility visibility() {
		return visibility;
	}

	Long version() {
		return version;
	}

	String title() {
		return title;
	}

}
