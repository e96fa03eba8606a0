package io.lodestar.appraisal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * An appraisal cycle: a template applied to the people of some org units or positions for one goal period.
 *
 * @param payBase the variable-pay base of each person unless their appraisal has its own
 * @param bonusPool when set, what the pay rules give is shared out of this pool (never more)
 */
public record AppraisalCycle(UUID id, UUID templateId, String name, UUID periodId, AppraisalPhase phase,
		LocalDate selfDue, LocalDate managerDue, LocalDate calibrationDue, LocalDate acknowledgeDue, BigDecimal payBase,
		BigDecimal bonusPool, List<UUID> unitIds, List<UUID> positionIds, Computation computation, long version) {

	/**
	 * The computation of scores, grades and pay (entering calibration, or recomputing): running in the background
	 * for a large cycle, with how many appraisals are done; the error if it failed (then HR recomputes).
	 */
	public record Computation(boolean running, int done, int total, String error) {

		public int percent() {
			return total == 0 ? 100 : (int) (100L * done / total);
		}

	}

	public boolean isClosed() {
		return phase == AppraisalPhase.CLOSED;
	}

	/** The cycle as shown to someone who may not see pay: no pay base, no pool. */
	public AppraisalCycle withoutPay() {
		return new AppraisalCycle(id, templateId, name, periodId, phase, selfDue, managerDue, calibrationDue,
				acknowledgeDue, null, null, unitIds, positionIds, computation, version);
	}

	/** The cycle as this reader may see it. */
	public AppraisalCycle shownTo(io.lodestar.platform.security.CurrentUser reader) {
		return reader.canSeePay() ? this : withoutPay();
	}

	/** The deadline of the current phase, if it has one. */
	public LocalDate currentDue() {
		return switch (phase) {
			case SELF_REVIEW -> selfDue;
			case MANAGER_REVIEW -> managerDue;
			case CALIBRATION -> calibrationDue;
			case RESULTS -> acknowledgeDue;
			default -> null;
		};
	}

}
