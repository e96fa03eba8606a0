package io.lodestar.kpi;

import java.util.List;
import java.util.UUID;

/**
 * Applying a library KPI to many employees at once, each with their own target and weight, optionally all
 * contributing to one parent goal (e.g. the unit's KPI).
 */
public record Assignment(UUID definitionId, UUID periodId, UUID parentId, List<PersonTarget> targets) {
}
