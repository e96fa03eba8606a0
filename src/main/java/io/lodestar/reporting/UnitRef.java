package io.lodestar.reporting;

import java.util.UUID;

/** An org unit by id and name, for links and breadcrumbs. */
public record UnitRef(UUID id, String name) {
}
