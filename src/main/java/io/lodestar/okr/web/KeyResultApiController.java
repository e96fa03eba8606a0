package io.lodestar.okr.web;

import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import io.lodestar.okr.CheckInRequest;
import io.lodestar.okr.CheckInSource;
import io.lodestar.okr.CheckInView;
import io.lodestar.okr.CheckIns;
import io.lodestar.okr.KeyResultRevisions;
import io.lodestar.okr.KeyResultView;
import io.lodestar.okr.OkrClosing;
import io.lodestar.okr.RevisionRequest;
import io.lodestar.okr.RevisionView;
import io.lodestar.platform.security.CurrentUser;
import io.lodestar.platform.web.ApiDocs;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * Key results over the API: check-ins (other systems push progress with an idempotency key and a source
 * reference: re-sending changes nothing), versions and governed changes, and the score at close.
 */
@RestController
@RequestMapping("/api/v1/okr/key-results")
@Tag(name = ApiDocs.TAG_KEY_RESULTS)
class KeyResultApiController {

	private final CheckIns checkIns;

	private final KeyResultRevisions revisions;

	private final OkrClosing closing;

	KeyResultApiController(CheckIns checkIns, KeyResultRevisions revisions, OkrClosing closing) {
		this.checkIns = checkIns;
		this.revisions = revisions;
		this.closing = closing;
	}

	@PostMapping("/{id}/check-ins")
	@ResponseStatus(HttpStatus.CREATED)
	@PreAuthorize("isAuthenticated()")
	@Operation(summary = "Check in: value (or done), confidence 0-10, narrative, help needed; idempotent by key")
	CheckInView checkIn(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
			@Valid @RequestBody CheckInRequest body) {
		return checkIns.checkIn(user, id, body, CheckInSource.API);
	}

	@GetMapping("/{id}/check-ins")
	@PreAuthorize("isAuthenticated()")
	@Operation(summary = "The key result's check-ins, newest first")
	List<CheckInView> checkIns(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id) {
		return checkIns.of(user, id);
	}

	@GetMapping("/{id}/versions")
	@PreAuthorize("isAuthenticated()")
	@Operation(summary = "Every version of the key result, with the reason and decision of each change")
	List<RevisionView> versions(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id) {
		return revisions.versions(user, id);
	}

	@PostMapping("/{id}/revisions")
	@ResponseStatus(HttpStatus.CREATED)
	@PreAuthorize("isAuthenticated()")
	@Operation(summary = "Propose a mid-cycle change with a reason; the reviewer approves or declines it")
	RevisionView propose(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
			@Valid @RequestBody RevisionRequest body) {
		return revisions.propose(user, id, body);
	}

	@PostMapping("/{id}/revisions/{number}/decision")
	@PreAuthorize("isAuthenticated()")
	@Operation(summary = "Approve or decline (with a note) a proposed change")
	RevisionView decide(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, @PathVariable int number,
			@Valid @RequestBody OkrRequests.RevisionDecision body) {
		return revisions.decide(user, id, number, body.approve(), body.note());
	}

	@PutMapping("/{id}/score")
	@PreAuthorize("isAuthenticated()")
	@Operation(summary = "Final score 0.0-1.0 in the closing phase; a score other than the suggested one needs a reason")
	KeyResultView score(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
			@Valid @RequestBody OkrRequests.Score body) {
		return closing.score(user, id, body.score(), body.reason());
	}

}
