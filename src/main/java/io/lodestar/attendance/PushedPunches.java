package io.lodestar.attendance;

import java.util.List;

import io.lodestar.platform.web.IndexedProblem;

/**
 * What a push did: items received, new punches, items that were already stored (unchanged), and the refused items
 * by index (only when partial acceptance was asked for).
 */
public record PushedPunches(int received, int stored, int duplicates, List<IndexedProblem> refused) {
}
