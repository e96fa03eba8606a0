package io.lodestar.kpi;

import java.util.UUID;

public record KpiDefinitionView(UUID id, String code, String name, String description, KpiConfig config,
		boolean archived, Long version) {
}
