package io.lodestar.appraisal;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/**
 * One employee's appraisal as a reader may see it. Pay fields are null for readers who may not see pay
 * ({@link io.lodestar.platform.security.CurrentUser#canSeePay()}); peer feedback appears only as an average of at
 * least the template's minimum number of answers, never with its authors.
 */
public record AppraisalView(UUID id, UUID cycleId, UUID employeeId, String employeeName, String employeeNo,
		UUID orgUnitId, String orgUnitName, UUID reviewerId, String reviewerName, BigDecimal selfRating,
		String selfComment, Instant selfSubmittedAt, BigDecimal managerRating, String managerComment, Integer potential,
		Instant managerSubmittedAt, BigDecimal kpiScore, BigDecimal okrScore, BigDecimal peerScore, int peerCount,
		BigDecimal finalScore, String missingComponents, String managerGrade, String grade, BigDecimal payBase,
		BigDecimal payAmount, String paySteps, Instant acknowledgedAt, AppealState appealState, String appealReason,
		String appealDecision, long version) {

	/** What an appeal is: open until HR decides, then upheld (grade unchanged) or changed. */
	public enum AppealState {

		OPEN, UPHELD, CHANGED

	}

	public boolean selfSubmitted() {
		return selfSubmittedAt != null;
	}

	public boolean managerSubmitted() {
		return managerSubmittedAt != null;
	}

	public boolean calibrated() {
		return grade != null && managerGrade != null && !grade.equals(managerGrade);
	}

	AppraisalView withoutPay() {
		return new AppraisalView(id, cycleId, employeeId, employeeName, employeeNo, orgUnitId, orgUnitName, reviewerId,
				reviewerName, selfRating, selfComment, selfSubmittedAt, managerRating, managerComment, potential,
				managerSubmittedAt, kpiScore, okrScore, peerScore, peerCount, finalScore, missingComponents,
				managerGrade, grade, null, null, null, acknowledgedAt, appealState, appealReason, appealDecision,
				version);
	}

	/** What the employee sees before results are published: their own words, not the manager's or the score. */
	AppraisalView beforeResults() {
		return new AppraisalView(id, cycleId, employeeId, employeeName, employeeNo, orgUnitId, orgUnitName, reviewerId,
				reviewerName, selfRating, selfComment, selfSubmittedAt, null, null, null, managerSubmittedAt, null, null,
				null, 0, null, null, null, null, null, null, null, acknowledgedAt, appealState, appealReason,
				appealDecision, version);
	}

}
