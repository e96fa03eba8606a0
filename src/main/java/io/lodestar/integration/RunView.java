package io.lodestar.integration;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * One run of a connector.
 *
 * @param rowsRead rows the query returned
 * @param recorded new measurements (first values and corrections)
 * @param unchanged rows whose value was already recorded
 * @param skipped rows not recorded, each explained in {@code problems} (the first 100)
 * @param errorCode message key of why a FAILED run failed
 * @param errorDetail the database's own words, without credentials
 */
public record RunView(UUID id, UUID connectorId, RunTrigger trigger, Instant startedAt, Instant finishedAt,
		RunStatus status, int rowsRead, int recorded, int unchanged, int skipped, String errorCode, String errorDetail,
		List<RunProblem> problems) {

	/** Arguments of the error message: the database's words (may be empty). */
	public Object[] errorArguments() {
		return new Object[] { errorDetail == null ? "" : errorDetail };
	}

}
