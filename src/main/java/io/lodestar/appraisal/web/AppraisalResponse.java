package io.lodestar.appraisal.web;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;

import io.lodestar.appraisal.AppraisalView;

/**
 * An appraisal over the API. Fields the reader may not see are left out, not sent empty: pay (unless the reader
 * may see pay), the manager's part and the score (for the employee before results are out).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record AppraisalResponse(UUID id, UUID cycleId, UUID employeeId, String employeeName, String employeeNo,
		UUID orgUnitId, String orgUnitName, UUID reviewerId, String reviewerName, BigDecimal selfRating,
		String selfComment, Instant selfSubmittedAt, BigDecimal managerRating, String managerComment, Integer potential,
		Instant managerSubmittedAt, BigDecimal kpiScore, BigDecimal okrScore, BigDecimal peerScore, Integer peerCount,
		BigDecimal finalScore, String missingComponents, String managerGrade, String grade, BigDecimal payBase,
		BigDecimal payAmount, String paySteps, Instant acknowledgedAt, String appealState, String appealReason,
		String appealDecision, long version) {

	static AppraisalResponse of(AppraisalView view) {
		return new AppraisalResponse(view.id(), view.cycleId(), view.employeeId(), view.employeeName(), view.employeeNo(),
				view.orgUnitId(), view.orgUnitName(), view.reviewerId(), view.reviewerName(), view.selfRating(),
				view.selfComment(), view.selfSubmittedAt(), view.managerRating(), view.managerComment(), view.potential(),
				view.managerSubmittedAt(), view.kpiScore(), view.okrScore(), view.peerScore(),
				view.peerScore() == null ? null : view.peerCount(), view.finalScore(),
				view.missingComponents(), view.managerGrade(), view.grade(), view.payBase(), view.payAmount(),
				view.paySteps(), view.acknowledgedAt(), view.appealState() == null ? null : view.appealState().name(),
				view.appealReason(), view.appealDecision(), view.version());
	}

}
