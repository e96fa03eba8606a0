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

import io.lodestar.okr.NewCycle;
import io.lodestar.okr.OkrClosing;
import io.lodestar.okr.OkrCycle;
import io.lodestar.okr.OkrCycles;
import io.lodestar.okr.TeamCheckIns;
import io.lodestar.platform.security.CurrentUser;
import io.lodestar.platform.web.ApiDocs;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** OKR cycles over the API: everyone reads them; HR creates, changes, moves, closes and reopens them. */
@RestController
@RequestMapping("/api/v1/okr")
@Tag(name = ApiDocs.TAG_OKR_CYCLES)
class OkrCycleApiController {

	private final OkrCycles cycles;

	private final OkrClosing closing;

	private final TeamCheckIns team;

	OkrCycleApiController(OkrCycles cycles, OkrClosing closing, TeamCheckIns team) {
		this.cycles = cycles;
		this.closing = closing;
		this.team = team;
	}

	@GetMapping("/cycles")
	@PreAuthorize("isAuthenticated()")
	@Operation(summary = "The company's OKR cycles, newest first")
	List<OkrCycle> list(@AuthenticationPrincipal CurrentUser user) {
		return cycles.list(user.tenant());
	}

	@PostMapping("/cycles")
	@ResponseStatus(HttpStatus.CREATED)
	@PreAuthorize("hasRole('HR_ADMIN')")
	@Operation(summary = "Create a cycle (dates not given follow from the cadence)")
	OkrCycle create(@AuthenticationPrincipal CurrentUser user, @Valid @RequestBody NewCycle body) {
		return cycles.create(user, body);
	}

	@GetMapping("/cycles/{id}")
	@PreAuthorize("isAuthenticated()")
	@Operation(summary = "One cycle")
	OkrCycle get(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id) {
		return cycles.get(user.tenant(), id);
	}

	@PutMapping("/cycles/{id}")
	@PreAuthorize("hasRole('HR_ADMIN')")
	@Operation(summary = "Change a cycle's name, dates and rules (send the version you read)")
	OkrCycle update(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, @Valid @RequestBody NewCycle body) {
		return cycles.update(user, id, body);
	}

	@PostMapping("/cycles/{id}/phase")
	@PreAuthorize("hasRole('HR_ADMIN')")
	@Operation(summary = "Move a cycle to drafting, active or closing")
	OkrCycle phase(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
			@Valid @RequestBody OkrRequests.Phase body) {
		return cycles.movePhase(user, id, body.phase());
	}

	@PostMapping("/cycles/{id}/close")
	@PreAuthorize("hasRole('HR_ADMIN')")
	@Operation(summary = "Close the cycle: objectives are locked, carry-overs drafted in the next cycle")
	OkrCycle close(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id) {
		return closing.close(user, id);
	}

	@PostMapping("/cycles/{id}/reopen")
	@PreAuthorize("hasRole('HR_ADMIN')")
	@Operation(summary = "Reopen a closed cycle for corrections, with a reason (audited)")
	OkrCycle reopen(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
			@Valid @RequestBody OkrRequests.Reason body) {
		return closing.reopen(user, id, body.reason());
	}

	@GetMapping("/cycles/{id}/team")
	@PreAuthorize("isAuthenticated()")
	@Operation(summary = "The caller's team: each key result now and one check-in interval ago, help requests, who is overdue")
	List<TeamCheckIns.Person> team(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id) {
		return team.of(user, id);
	}

	@PutMapping("/unit-modes/{id}")
	@PreAuthorize("hasRole('HR_ADMIN')")
	@Operation(summary = "Set an org unit's goals to KPI, OKR or BOTH (null: inherit from the unit above)")
	void mode(@AuthenticationPrincipal CurrentUser user, @PathVariable("id") UUID orgUnitId,
			@RequestBody OkrRequests.Mode body) {
		cycles.setMode(user, orgUnitId, body.mode());
	}

}
