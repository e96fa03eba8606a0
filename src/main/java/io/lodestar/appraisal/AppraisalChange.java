package io.lodestar.appraisal;

import java.time.Instant;
import java.util.UUID;

/**
 * One line of a cycle's change log: a phase moved, a grade calibrated, an appeal made or decided, the cycle
 * reopened, with who did it, when and why. {@code appraisalId} is null for changes of the whole cycle.
 */
public record AppraisalChange(UUID appraisalId, UUID employeeId, String employeeName, String what, String before,
		String after, String reason, String actor, Instant at) {

	AppraisalChange named(String name) {
		return new AppraisalChange(appraisalId, employeeId, name, what, before, after, reason, actor, at);
	}

}
