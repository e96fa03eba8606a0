package io.lodestar.people.web;

import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;

import io.lodestar.people.OrgUnitKind;
import io.lodestar.people.OrgUnitNode;
import io.lodestar.people.Ref;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * An org unit. {@code children} is only present in the tree view ({@code GET /api/v1/org-units?tree=true}).
 *
 * @param members active employees of this unit itself
 * @param totalMembers active employees of this unit and everything below it
 */
@Schema(name = "OrgUnit")
record OrgUnitResponse(UUID id, @Schema(description = "Null for the company's root unit.") UUID parentId, String code,
		String name, OrgUnitKind kind, int sortOrder, @Schema(description = "The head of the unit, if any.") Ref head,
		long members, long totalMembers,
		@Schema(description = "Send it back with PUT; a stale version is refused with 409.") Long version,
		@JsonInclude(JsonInclude.Include.NON_NULL) @Schema(description = "Sub-units; only in the tree view.")
		List<OrgUnitResponse> children) {

	static OrgUnitResponse flat(OrgUnitNode node) {
		return new OrgUnitResponse(node.id(), node.parentId(), node.code(), node.name(), node.kind(), node.sortOrder(),
				node.head(), node.members(), node.totalMembers(), node.version(), null);
	}

	static OrgUnitResponse tree(OrgUnitNode node) {
		return new OrgUnitResponse(node.id(), node.parentId(), node.code(), node.name(), node.kind(), node.sortOrder(),
				node.head(), node.members(), node.totalMembers(), node.version(),
				node.children().stream().map(OrgUnitResponse::tree).toList());
	}

}
