package io.lodestar.kpi.web;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.springframework.stereotype.Component;

import io.lodestar.goals.GoalFilter;
import io.lodestar.goals.GoalKind;
import io.lodestar.goals.GoalManagement;
import io.lodestar.goals.GoalView;
import io.lodestar.goals.OwnerType;
import io.lodestar.goals.Period;
import io.lodestar.goals.PeriodCalendar;
import io.lodestar.people.OrgUnitManagement;
import io.lodestar.people.OrgUnitNode;
import io.lodestar.people.PositionManagement;
import io.lodestar.platform.security.CurrentUser;
import io.lodestar.platform.web.Messages;

/** The drop-down options the KPI data pages share: fiscal periods, org units (indented) and positions. */
@Component
class Choices {

	/** One option; {@code group} heads an optgroup (the fiscal year of a period). */
	record Option(UUID id, String name, String group) {
	}

	private final PeriodCalendar calendar;

	private final OrgUnitManagement units;

	private final PositionManagement positions;

	private final Messages messages;

	private final GoalManagement goals;

	Choices(PeriodCalendar calendar, OrgUnitManagement units, PositionManagement positions, Messages messages,
			GoalManagement goals) {
		this.goals = goals;
		this.calendar = calendar;
		this.units = units;
		this.positions = positions;
		this.messages = messages;
	}

	/** Options by their group, in order: for optgroups. */
	static java.util.Map<String, List<Option>> grouped(List<Option> options) {
		java.util.Map<String, List<Option>> groups = new java.util.LinkedHashMap<>();
		options.forEach(option -> groups.computeIfAbsent(option.group(), group -> new ArrayList<>()).add(option));
		return groups;
	}

	/** Last, this and next fiscal year, each year first, then its halves, quarters and months. */
	List<Option> periods(CurrentUser user) {
		UUID tenant = user.tenant();
		int current = calendar.fiscalYearOf(tenant, calendar.today(tenant));
		List<Option> options = new ArrayList<>();
		for (int year = current - 1; year <= current + 1; year++) {
			List<Period> periods = calendar.year(tenant, year);
			String group = label(periods.get(0));
			periods.forEach(period -> options.add(new Option(period.id(), label(period), group)));
		}
		return options;
	}

	/** The current fiscal year: where a new assignment usually goes. */
	UUID currentYear(CurrentUser user) {
		UUID tenant = user.tenant();
		return calendar.year(tenant, calendar.fiscalYearOf(tenant, calendar.today(tenant))).get(0).id();
	}

	String label(Period period) {
		return messages.get(period.labelKey(), period.labelArguments());
	}

	/** Every org unit, indented by its depth in the tree. */
	List<Option> units(CurrentUser user) {
		List<Option> options = new ArrayList<>();
		units.tree(user).forEach(root -> add(root, 0, options));
		return options;
	}

	private static void add(OrgUnitNode node, int depth, List<Option> options) {
		options.add(new Option(node.id(), "\u3000".repeat(depth) + node.name(), null));
		node.children().forEach(child -> add(child, depth + 1, options));
	}

	List<Option> positions(CurrentUser user) {
		return positions.all(user).stream().map(position -> new Option(position.id(), position.name(), null)).toList();
	}

	/**
	 * Goals a bulk-assigned KPI may contribute to: the company's and the units' strategic goals and KPIs, and
	 * the personal KPIs of the user and of the heads of the chosen unit and the units above it (a workshop
	 * head's KPI for the workshop's operators), each in a period that contains the chosen one.
	 */
	List<Option> parents(CurrentUser user, UUID periodId, UUID unitId) {
		UUID tenant = user.tenant();
		Period period = calendar.get(tenant, periodId);
		UUID year = calendar.year(tenant, period.fiscalYear()).get(0).id();
		Set<GoalKind> kinds = Set.of(GoalKind.STRATEGY, GoalKind.KPI);
		List<GoalView> found = new ArrayList<>();
		found.addAll(goals.list(user, new GoalFilter(year, OwnerType.COMPANY, null, kinds, false)));
		found.addAll(goals.list(user, new GoalFilter(year, OwnerType.ORG_UNIT, null, kinds, false)));
		Set<UUID> people = new LinkedHashSet<>(headsAbove(user, unitId));
		if (user.employeeId() != null) {
			people.add(user.employeeId());
		}
		for (UUID person : people) {
			found.addAll(goals.list(user, new GoalFilter(year, OwnerType.EMPLOYEE, person, Set.of(GoalKind.KPI), false)));
		}
		return found.stream()
			.filter(goal -> goal.period().contains(period))
			.map(goal -> new Option(goal.id(), goal.ownerName() + " · " + goal.title() + " (" + label(goal.period()) + ")",
					messages.get("goals.owner." + goal.ownerType())))
			.toList();
	}

	/** The heads of the unit and of every unit above it: whose personal KPIs a unit's KPIs usually serve. */
	List<UUID> headsAbove(CurrentUser user, UUID unitId) {
		List<UUID> heads = new ArrayList<>();
		if (unitId == null) {
			return heads;
		}
		List<OrgUnitNode> all = units.tree(user).stream().flatMap(root -> root.flatten().stream()).toList();
		UUID cursor = unitId;
		for (int guard = 0; cursor != null && guard <= all.size(); guard++) {
			UUID id = cursor;
			OrgUnitNode node = all.stream().filter(candidate -> candidate.id().equals(id)).findFirst().orElse(null);
			if (node == null) {
				break;
			}
			if (node.head() != null) {
				heads.add(node.head().id());
			}
			cursor = node.parentId();
		}
		return heads;
	}

}
