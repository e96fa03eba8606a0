package io.lodestar.appraisal.web;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

import io.lodestar.appraisal.AppraisalPhase;

/** Request bodies of the appraisal API. */
final class AppraisalRequests {

	private AppraisalRequests() {
	}

	record Rating(BigDecimal rating, String comment) {
	}

	record ManagerAssessment(BigDecimal rating, String comment, Integer potential) {
	}

	record Peers(List<UUID> peerIds) {
	}

	record Reason(String reason) {
	}

	record GradeChange(String grade, String reason) {
	}

	record Advance(AppraisalPhase phase) {
	}

	record PayBase(BigDecimal payBase) {
	}

}
