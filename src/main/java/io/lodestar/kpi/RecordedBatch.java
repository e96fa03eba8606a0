package io.lodestar.kpi;

import java.util.List;
import java.util.UUID;

/**
 * The outcome of recording a batch: new measurements, items that were already recorded under the same
 * idempotency key (unchanged), and refused items (only when partial acceptance was asked for).
 * {@code resultsPending}: the batch was large, so its results are being computed in the background.
 */
public record RecordedBatch(List<UUID> recorded, int duplicates, List<ItemProblem> refused, boolean resultsPending) {
}
