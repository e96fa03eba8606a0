package io.lodestar.kpi.web;

import java.util.List;
import java.util.UUID;

import io.lodestar.platform.web.IndexedError;
import io.swagger.v3.oas.annotations.media.Schema;

/** What a batch did: new measurements, re-sent items that changed nothing, refused items (partial only). */
@Schema(name = "RecordedBatch")
record BatchResponse(@Schema(description = "Ids of the new measurements, in item order.") List<UUID> recorded,
		@Schema(description = "Items already recorded under the same idempotency key: unchanged.") int duplicates,
		@Schema(description = "With partial: the refused items, by index (from 0).") List<IndexedError> refused,
		@Schema(description = "True for a batch of more than lodestar.kpi.results.inline-limit (200) stored actuals: "
				+ "they are stored, and their results, rollups and scores are being computed in the background "
				+ "(usually within seconds). False: results are current when this answer arrives.") boolean resultsPending) {
}
