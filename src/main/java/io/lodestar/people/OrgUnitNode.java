package io.lodestar.people;

import java.util.List;
import java.util.UUID;

/**
 * A unit in the org chart with its sub-units. {@code totalMembers} counts active employees of the unit
 * and everything below it.
 */
public record OrgUnitNode(UUID id, UUID parentId, String code, String name, OrgUnitKind kind, int sortOrder,
		Ref head, long members, long totalMembers, List<OrgUnitNode> children, Long version) {

	/** Depth-first list of this node and its descendants. */
	public List<OrgUnitNode> flatten() {
		List<OrgUnitNode> all = new java.util.ArrayList<>();
		all.add(this);
		children.forEach(child -> all.addAll(child.flatten()));
		return all;
	}

}
