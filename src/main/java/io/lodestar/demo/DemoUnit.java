package io.lodestar.demo;

import java.util.UUID;

import io.lodestar.people.OrgUnitKind;

/** An org unit a demo script created; kept whole because appointing a head re-sends every field. */
record DemoUnit(UUID id, UUID parentId, String code, String name, OrgUnitKind kind, int sortOrder) {
}
