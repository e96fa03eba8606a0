package io.lodestar.reporting;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** A company's org units in memory (one statement loads them all): children, subtrees, paths and names. */
final class UnitTree {

	private final Map<UUID, ReportingQueries.UnitRow> byId = new LinkedHashMap<>();

	private final Map<UUID, List<ReportingQueries.UnitRow>> children = new HashMap<>();

	private final List<ReportingQueries.UnitRow> roots = new ArrayList<>();

	UnitTree(List<ReportingQueries.UnitRow> units) {
		units.forEach(unit -> byId.put(unit.id(), unit));
		for (ReportingQueries.UnitRow unit : units) {
			if (unit.parentId() == null || !byId.containsKey(unit.parentId())) {
				roots.add(unit);
			}
			else {
				children.computeIfAbsent(unit.parentId(), id -> new ArrayList<>()).add(unit);
			}
		}
	}

	Optional<ReportingQueries.UnitRow> get(UUID id) {
		return Optional.ofNullable(id == null ? null : byId.get(id));
	}

	String name(UUID id) {
		ReportingQueries.UnitRow unit = byId.get(id);
		return unit == null ? null : unit.name();
	}

	List<ReportingQueries.UnitRow> children(UUID id) {
		return children.getOrDefault(id, List.of());
	}

	List<ReportingQueries.UnitRow> roots() {
		return roots;
	}

	/** The units directly below the company's root units: the top level of the organisation. */
	List<ReportingQueries.UnitRow> topLevel() {
		return roots.stream().flatMap(root -> children(root.id()).stream()).toList();
	}

	/** The unit and every unit below it. */
	List<UUID> subtree(UUID id) {
		List<UUID> all = new ArrayList<>();
		Deque<UUID> open = new ArrayDeque<>(List.of(id));
		while (!open.isEmpty()) {
			UUID next = open.poll();
			all.add(next);
			children(next).forEach(child -> open.add(child.id()));
		}
		return all;
	}

	/** The units above this one, the root first (the unit itself excluded). */
	List<ReportingQueries.UnitRow> ancestors(UUID id) {
		List<ReportingQueries.UnitRow> path = new ArrayList<>();
		ReportingQueries.UnitRow unit = byId.get(id);
		while (unit != null && unit.parentId() != null && byId.containsKey(unit.parentId()) && path.size() < 200) {
			unit = byId.get(unit.parentId());
			path.add(0, unit);
		}
		return path;
	}

}
