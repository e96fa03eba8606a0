package io.lodestar.goals;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/** One period of a company's fiscal year; {@code endsOn} is inclusive. A locked period refuses new actuals. */
@Table("goal_period")
class GoalPeriod {

	@Id
	private final UUID id;

	private final UUID tenantId;

	private final PeriodKind kind;

	private final int fiscalYear;

	private final int sequence;

	private final LocalDate startsOn;

	private final LocalDate endsOn;

	private Instant lockedAt;

	private UUID lockedBy;

	private String lockReason;

	@Version
	private Long version;

	GoalPeriod(UUID id, UUID tenantId, PeriodKind kind, int fiscalYear, int sequence, LocalDate startsOn,
			LocalDate endsOn, Instant lockedAt, UUID lockedBy, String lockReason, Long version) {
		this.id = id;
		this.tenantId = tenantId;
		this.kind = kind;
		this.fiscalYear = fiscalYear;
		this.sequence = sequence;
		this.startsOn = startsOn;
		this.endsOn = endsOn;
		this.lockedAt = lockedAt;
		this.lockedBy = lockedBy;
		this.lockReason = lockReason;
		this.version = version;
	}

	static GoalPeriod of(UUID tenantId, PeriodKind kind, int fiscalYear, int sequence, LocalDate startsOn) {
		LocalDate endsOn = startsOn.plusMonths(kind.months()).minusDays(1);
		return new GoalPeriod(UUID.randomUUID(), tenantId, kind, fiscalYear, sequence, startsOn, endsOn, null, null,
				null, null);
	}

	void lock(UUID by, String reason, Instant at) {
		this.lockedAt = at;
		this.lockedBy = by;
		this.lockReason = reason;
	}

	void unlock() {
		this.lockedAt = null;
		this.lockedBy = null;
		this.lockReason = null;
	}

	Period view() {
		return new Period(id, kind, fiscalYear, sequence, startsOn, endsOn, lockedAt != null, lockReason);
	}

	UUID id() {
		return id;
	}

	boolean isLocked() {
		return lockedAt != null;
	}

}
