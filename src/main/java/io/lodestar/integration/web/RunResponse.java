package io.lodestar.integration.web;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import io.lodestar.integration.RunStatus;
import io.lodestar.integration.RunTrigger;
import io.lodestar.integration.RunView;
import io.lodestar.platform.web.Messages;
import io.swagger.v3.oas.annotations.media.Schema;

/** One run of a connector, with its skipped rows explained in the caller's language. */
@Schema(name = "ConnectorRun")
record RunResponse(UUID id, UUID connectorId, RunTrigger trigger, RunStatus status, Instant startedAt,
		Instant finishedAt, int rowsRead, int recorded, int unchanged, int skipped,
		@Schema(description = "Why a FAILED run failed: a stable code and a message.") String errorCode, String error,
		List<Problem> problems) {

	/** A skipped row: its 1-based position in the result, the employee number and date when known. */
	@Schema(name = "ConnectorRunProblem")
	record Problem(int row, String employeeNo, String measuredOn, String code, String message) {
	}

	static RunResponse of(RunView run, Messages messages) {
		return new RunResponse(run.id(), run.connectorId(), run.trigger(), run.status(), run.startedAt(),
				run.finishedAt(), run.rowsRead(), run.recorded(), run.unchanged(), run.skipped(), run.errorCode(),
				run.errorCode() == null ? null : messages.get(run.errorCode(), run.errorArguments()),
				run.problems()
					.stream()
					.map(problem -> new Problem(problem.row(), problem.employeeNo(), problem.measuredOn(), problem.code(),
							messages.get(problem.code(), problem.argumentArray())))
					.toList());
	}

}
