package io.lodestar.appraisal.web;

import java.util.List;
import java.util.UUID;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.lodestar.appraisal.AppraisalReviews;
import io.lodestar.appraisal.AppraisalView;
import io.lodestar.appraisal.Calibration;
import io.lodestar.platform.privacy.DataKind;
import io.lodestar.platform.privacy.SensitiveReads;
import io.lodestar.platform.security.CurrentUser;
import io.lodestar.platform.web.ApiDocs;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * People's appraisals over the API: the employee's self-assessment, acknowledgement and appeal; the reviewer's
 * assessment and peer requests; peers' anonymous answers; HR's appeal decisions; calibration by HR and
 * executives. Every call checks the person and the phase in the service; an appraisal one may not see is "not
 * found".
 */
@RestController
@RequestMapping("/api/v1/appraisals")
@Tag(name = ApiDocs.TAG_APPRAISALS)
class AppraisalApiController {

	private final AppraisalReviews reviews;

	private final Calibration calibration;

	private final SensitiveReads reads;

	AppraisalApiController(AppraisalReviews reviews, Calibration calibration, SensitiveReads reads) {
		this.reads = reads;
		this.reviews = reviews;
		this.calibration = calibration;
	}

	@GetMapping("/mine")
	@PreAuthorize("isAuthenticated()")
	@Operation(summary = "The reader's own appraisals (the manager's part and the score once results are out)")
	List<AppraisalResponse> mine(@AuthenticationPrincipal CurrentUser user) {
		return reviews.mine(user).stream().map(AppraisalResponse::of).toList();
	}

	@GetMapping("/peer-requests")
	@PreAuthorize("isAuthenticated()")
	@Operation(summary = "Colleagues the reader is asked to give anonymous feedback on")
	List<AppraisalResponse> peerRequests(@AuthenticationPrincipal CurrentUser user) {
		return reviews.peerRequests(user).stream().map(AppraisalResponse::of).toList();
	}

	@GetMapping("/{id}")
	@PreAuthorize("isAuthenticated()")
	@Operation(summary = "One appraisal, as the reader may see it")
	AppraisalResponse get(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id) {
		AppraisalView appraisal = reviews.get(user, id);
		reads.read(user, DataKind.APPRAISAL_RESULTS, appraisal.employeeId());
		return AppraisalResponse.of(appraisal);
	}

	@PutMapping("/{id}/self-assessment")
	@PreAuthorize("isAuthenticated()")
	@Operation(summary = "The employee's self-assessment (during self review)")
	AppraisalResponse selfAssess(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
			@RequestBody AppraisalRequests.Rating body) {
		return AppraisalResponse.of(reviews.selfAssess(user, id, body.rating(), body.comment()));
	}

	@PutMapping("/{id}/manager-assessment")
	@PreAuthorize("isAuthenticated()")
	@Operation(summary = "The reviewer's assessment with a potential rating 1-3 (never one's own)")
	AppraisalResponse managerAssess(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
			@RequestBody AppraisalRequests.ManagerAssessment body) {
		return AppraisalResponse.of(reviews.managerAssess(user, id, body.rating(), body.comment(), body.potential()));
	}

	@PostMapping("/{id}/peers")
	@PreAuthorize("isAuthenticated()")
	@Operation(summary = "The reviewer asks colleagues for anonymous feedback")
	void askPeers(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
			@RequestBody AppraisalRequests.Peers body) {
		reviews.askPeers(user, id, body.peerIds() == null ? List.of() : body.peerIds());
	}

	@PutMapping("/{id}/peer-feedback")
	@PreAuthorize("isAuthenticated()")
	@Operation(summary = "A colleague's anonymous answer")
	void answerAsPeer(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
			@RequestBody AppraisalRequests.Rating body) {
		reviews.answerAsPeer(user, id, body.rating(), body.comment());
	}

	@GetMapping("/{id}/peer-comments")
	@PreAuthorize("isAuthenticated()")
	@Operation(summary = "The peers' comments, without authors, once enough have answered")
	List<String> peerComments(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id) {
		return reviews.peerComments(user, id);
	}

	@PostMapping("/{id}/acknowledgement")
	@PreAuthorize("isAuthenticated()")
	@Operation(summary = "The employee acknowledges the result")
	AppraisalResponse acknowledge(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id) {
		return AppraisalResponse.of(reviews.acknowledge(user, id));
	}

	@PostMapping("/{id}/appeal")
	@PreAuthorize("isAuthenticated()")
	@Operation(summary = "The employee appeals the result, with a reason")
	AppraisalResponse appeal(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
			@RequestBody AppraisalRequests.Reason body) {
		return AppraisalResponse.of(reviews.appeal(user, id, body.reason()));
	}

	@PostMapping("/{id}/appeal/decision")
	@PreAuthorize("hasRole('HR_ADMIN')")
	@Operation(summary = "HR decides an appeal: a new grade, or none to uphold, always with a reason")
	AppraisalResponse decideAppeal(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
			@RequestBody AppraisalRequests.GradeChange body) {
		return AppraisalResponse.of(reviews.decideAppeal(user, id, body.grade(), body.reason()));
	}

	@PutMapping("/{id}/pay-base")
	@PreAuthorize("hasRole('HR_ADMIN')")
	@Operation(summary = "Set one person's variable-pay base (null: the cycle's); their pay follows")
	AppraisalResponse setPayBase(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
			@RequestBody AppraisalRequests.PayBase body) {
		return AppraisalResponse.of(calibration.setPayBase(user, id, body.payBase()));
	}

	@PostMapping("/{id}/calibration")
	@PreAuthorize("hasAnyRole('HR_ADMIN', 'EXECUTIVE')")
	@Operation(summary = "Change a grade during calibration, with a reason")
	AppraisalResponse calibrate(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
			@RequestBody AppraisalRequests.GradeChange body) {
		return AppraisalResponse.of(calibration.calibrate(user, id, body.grade(), body.reason()));
	}

}
