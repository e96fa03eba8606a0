package io.lodestar.people.web;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import io.lodestar.people.OrgUnitNode;
import io.lodestar.platform.web.NotFoundException;

/** A company's org tree with lookups by id, for pages that show where a unit or a person sits. */
final class OrgTree {

	private final List<OrgUnitNode> roots;

	private final Map<UUID, OrgUnitNode> byId = new HashMap<>();

	OrgTree(List<OrgUnitNode> roots) {
		this.roots = roots;
		roots.forEach(root -> root.flatten().forEach(node -> byId.put(node.id(), node)));
	}

	List<OrgUnitNode> roots() {
		return roots;
	}

	/** The unit; another company's (or an unknown) unit is "not found". */
	OrgUnitNode require(UUID id) {
		OrgUnitNode node = byId.get(id);
		if (node == null) {
			throw new NotFoundException("org-unit", id);
		}
		return node;
	}

	/** The units from the top of the tree down to this one (inclusive); empty for an unknown unit. */
	List<OrgUnitNode> path(UUID id) {
		List<OrgUnitNode> path = new ArrayList<>();
		OrgUnitNode cursor = id == null ? null : byId.get(id);
		while (cursor != null && path.size() <= byId.size()) {
			path.add(0, cursor);
			cursor = cursor.parentId() == null ? null : byId.get(cursor.parentId());
		}
		return path;
	}

	/** The roots and every unit on the way down to {@code focus}: the units a page shows expanded. */
	Set<UUID> openTowards(UUID focus) {
		Set<UUID> open = new LinkedHashSet<>();
		roots.forEach(root -> open.add(root.id()));
		path(focus).forEach(node -> open.add(node.id()));
		return open;
	}

	/** Every unit, indented by depth, for a drop-down (the directory's filter uses the same options). */
	List<DirectoryController.UnitOption> options() {
		return DirectoryController.UnitOption.flatten(roots);
	}

}
