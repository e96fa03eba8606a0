package io.lodestar.goals;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.lodestar.people.OrgChart;
import io.lodestar.people.OrgUnitManagement;
import io.lodestar.people.OrgUnitNode;
import io.lodestar.platform.security.CurrentUser;

/**
 * Whom a user may set goals for, as choices for the owner pickers of goal and KPI forms: the org units
 * (in tree order, indented by depth) and the active employees the user sets goals for (see {@link GoalAccess}).
 */
@Service
@Transactional(readOnly = true)
public class GoalOwners {

	private final GoalAccess access;

	private final OrgUnitManagement units;

	private final OrgChart chart;

	GoalOwners(GoalAccess access, OrgUnitManagement units, OrgChart chart) {
		this.access = access;
		this.units = units;
		this.chart = chart;
	}

	/** An entry of a picker: {@code name} is what the user reads. */
	public record Choice(UUID id, String name) {
	}

	public List<Choice> units(CurrentUser user) {
		GoalAccess.Scope scope = access.scopeOf(user);
		List<Choice> choices = new ArrayList<>();
		for (OrgUnitNode root : units.tree(user)) {
			addUnits(root, 0, scope, choices);
		}
		return choices;
	}

	private static void addUnits(OrgUnitNode node, int depth, GoalAccess.Scope scope, List<Choice> choices) {
		if (scope.canManage(OwnerType.ORG_UNIT, node.id())) {
			choices.add(new Choice(node.id(), "\u00a0\u00a0".repeat(depth) + node.name()));
		}
		node.children().forEach(child -> addUnits(child, depth + 1, scope, choices));
	}

	public List<Choice> employees(CurrentUser user) {
		GoalAccess.Scope scope = access.scopeOf(user);
		return chart.activeEmployees(user)
			.stream()
			.filter(employee -> scope.canManage(OwnerType.EMPLOYEE, employee.id()))
			.map(employee -> new Choice(employee.id(), employee.label()))
			.toList();
	}

}
