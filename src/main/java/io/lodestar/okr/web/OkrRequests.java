package io.lodestar.okr.web;

import java.math.BigDecimal;
import java.util.UUID;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import io.lodestar.okr.CyclePhase;
import io.lodestar.okr.UnitMode;

/** Small request bodies of the OKR API. */
final class OkrRequests {

	private OkrRequests() {
	}

	/** The version the caller saw, and an optional note (approve) or reason (return, required). */
	record Decision(Long version, @Size(max = 1000, message = "{okr.revision.reason.size}") String note) {
	}

	record Phase(@NotNull(message = "{okr.cycle.cadence.required}") CyclePhase phase) {
	}

	record Reason(@Size(max = 1000, message = "{okr.revision.reason.size}") String reason) {
	}

	record Mode(UnitMode mode) {
	}

	/** Contribute to {@code parentId} (null: to nothing) with a weight among its contributors. */
	record Alignment(UUID parentId, BigDecimal weight) {
	}

	record SuggestionDecision(boolean accept) {
	}

	record RevisionDecision(boolean approve, @Size(max = 1000, message = "{okr.revision.reason.size}") String note) {
	}

	record Score(@NotNull(message = "{okr.score.range}") BigDecimal score,
			@Size(max = 1000, message = "{okr.revision.reason.size}") String reason) {
	}

	record Version(Long version) {
	}

}
