package io.lodestar.goals.web;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import io.lodestar.goals.GoalStatus;
import io.lodestar.goals.GoalView;
import io.lodestar.goals.OwnerType;

/**
 * The goals a user sees, arranged along their "contributes" links: strategic goals at the top, then what
 * contributes to them. A goal whose parent is not in view (another period, or a goal the user may not see)
 * becomes a root of its own and says so. In a large company the personal goals below a company or unit goal
 * can be left out ("deferred") and loaded when that goal is opened, so the page stays small.
 */
final class GoalTree {

	private GoalTree() {
	}

	/**
	 * @param share the goal's weight as a percentage of its siblings' weights (archived siblings left out), or
	 * null at the top
	 * @param detached it contributes to a goal that is not shown here
	 * @param deferred how many personal goals below it were left out, to be loaded on demand
	 */
	record Node(GoalView goal, List<Node> children, BigDecimal share, boolean detached, int deferred) {

		public boolean archived() {
			return goal.status() == GoalStatus.ARCHIVED;
		}

	}

	/** The whole tree. */
	static List<Node> of(List<GoalView> goals) {
		return of(goals, false);
	}

	/** @param deferPeople leave out the personal goals below company and unit goals (counted in {@code deferred}) */
	static List<Node> of(List<GoalView> goals, boolean deferPeople) {
		Map<UUID, GoalView> byId = new LinkedHashMap<>();
		goals.forEach(goal -> byId.put(goal.id(), goal));
		Map<UUID, List<GoalView>> children = new HashMap<>();
		List<GoalView> roots = new ArrayList<>();
		for (GoalView goal : goals) {
			if (goal.parentId() != null && byId.containsKey(goal.parentId()) && !goal.parentId().equals(goal.id())) {
				children.computeIfAbsent(goal.parentId(), id -> new ArrayList<>()).add(goal);
			}
			else {
				roots.add(goal);
			}
		}
		return sorted(roots).stream().map(root -> node(root, null, children, 0, deferPeople)).toList();
	}

	/** The goals below one goal of the tree, all of them (what a deferred node loads). */
	static Optional<List<Node>> childrenOf(List<GoalView> goals, UUID goal) {
		return find(of(goals), goal).map(Node::children);
	}

	private static Optional<Node> find(List<Node> nodes, UUID goal) {
		for (Node node : nodes) {
			if (node.goal().id().equals(goal)) {
				return Optional.of(node);
			}
			Optional<Node> below = find(node.children(), goal);
			if (below.isPresent()) {
				return below;
			}
		}
		return Optional.empty();
	}

	private static Node node(GoalView goal, BigDecimal share, Map<UUID, List<GoalView>> children, int depth,
			boolean deferPeople) {
		List<GoalView> below = depth > 50 ? List.of() : sorted(children.getOrDefault(goal.id(), List.of()));
		BigDecimal total = below.stream()
			.filter(child -> child.status() != GoalStatus.ARCHIVED && child.weight() != null)
			.map(GoalView::weight)
			.reduce(BigDecimal.ZERO, BigDecimal::add);
		boolean defer = deferPeople && goal.ownerType() != OwnerType.EMPLOYEE;
		List<Node> nodes = below.stream()
			.filter(child -> !defer || child.ownerType() != OwnerType.EMPLOYEE)
			.map(child -> node(child, shareOf(child, total), children, depth + 1, deferPeople))
			.toList();
		return new Node(goal, nodes, share, share == null && goal.parentId() != null, below.size() - nodes.size());
	}

	private static BigDecimal shareOf(GoalView child, BigDecimal total) {
		if (child.status() == GoalStatus.ARCHIVED || child.weight() == null || total.signum() == 0) {
			return BigDecimal.ZERO;
		}
		return child.weight().multiply(BigDecimal.valueOf(100)).divide(total, MathContext.DECIMAL64)
			.setScale(1, RoundingMode.HALF_UP);
	}

	/** Strategic goals first, then company, unit and personal goals; otherwise in the order they were created. */
	private static List<GoalView> sorted(List<GoalView> goals) {
		return goals.stream()
			.sorted(Comparator.comparing((GoalView goal) -> goal.kind().ordinal())
				.thenComparing(goal -> goal.ownerType().ordinal()))
			.toList();
	}

}
