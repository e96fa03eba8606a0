package io.lodestar.integration;

import java.util.List;

/** What a run achieved, as stored in its record. */
record RunOutcome(RunStatus status, int rowsRead, int recorded, int unchanged, int skipped, String errorCode,
		String errorDetail, List<RunProblem> problems) {

	static RunOutcome failed(int rowsRead, String errorCode, String errorDetail) {
		return new RunOutcome(RunStatus.FAILED, rowsRead, 0, 0, 0, errorCode, errorDetail, List.of());
	}

	static RunOutcome of(int rowsRead, int recorded, int unchanged, List<RunProblem> problems) {
		int skipped = (int) problems.stream().map(RunProblem::row).distinct().count();
		return new RunOutcome(problems.isEmpty() ? RunStatus.SUCCESS : RunStatus.PARTIAL, rowsRead, recorded, unchanged,
				skipped, null, null, problems);
	}

}
