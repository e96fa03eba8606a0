package io.lodestar.appraisal;

import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Component;

import io.lodestar.people.PeopleDirectory;
import io.lodestar.platform.security.CurrentUser;
import io.lodestar.platform.security.Role;
import io.lodestar.platform.web.NotFoundException;

/**
 * Who sees and does what with an appraisal. An employee sees their own (the manager's part and the score only once
 * results are out); a manager the appraisals of everyone below them; HR and executives all. Pay only with
 * {@link CurrentUser#canSeePay()}. An appraisal someone may not see is "not found", so ids reveal nothing.
 */
@Component
class AppraisalAccess {

	private final PeopleDirectory people;

	AppraisalAccess(PeopleDirectory people) {
		this.people = people;
	}

	static boolean seesAll(CurrentUser user) {
		return user.hasAny(Role.HR_ADMIN, Role.EXECUTIVE);
	}

	static boolean calibrates(CurrentUser user) {
		return user.hasAny(Role.HR_ADMIN, Role.EXECUTIVE);
	}

	boolean isAbove(CurrentUser user, AppraisalView appraisal) {
		if (user.employeeId() == null) {
			return false;
		}
		if (user.employeeId().equals(appraisal.reviewerId())) {
			return true;
		}
		List<UUID> chain = people.managerChain(user.tenant(), appraisal.employeeId());
		return chain.contains(user.employeeId());
	}

	boolean canRead(CurrentUser user, AppraisalView appraisal) {
		return seesAll(user) || user.isEmployee(appraisal.employeeId()) || isAbove(user, appraisal);
	}

	/** The appraisal as this reader may see it, or not found. */
	AppraisalView readable(CurrentUser user, AppraisalView appraisal, AppraisalPhase phase) {
		if (!canRead(user, appraisal)) {
			throw new NotFoundException("appraisal", appraisal.id());
		}
		return shown(user, appraisal, phase);
	}

	static AppraisalView shown(CurrentUser user, AppraisalView appraisal, AppraisalPhase phase) {
		AppraisalView shown = user.canSeePay() ? appraisal : appraisal.withoutPay();
		boolean ownBeforeResults = user.isEmployee(appraisal.employeeId()) && phase.isBefore(AppraisalPhase.RESULTS);
		return ownBeforeResults && !seesAll(user) ? shown.beforeResults() : shown;
	}

}
