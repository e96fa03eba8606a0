package io.lodestar.okr;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.lodestar.goals.GoalFilter;
import io.lodestar.goals.GoalKind;
import io.lodestar.goals.GoalManagement;
import io.lodestar.goals.GoalStatus;
import io.lodestar.goals.GoalView;
import io.lodestar.goals.OwnerType;
import io.lodestar.goals.Period;
import io.lodestar.goals.PeriodCalendar;
import io.lodestar.platform.security.CurrentUser;

/**
 * The goal map of a cycle: every goal the reader may see whose period overlaps the cycle — strategic goals and
 * KPIs of the year, objectives and key results of the quarter — as the tree of "contributes to" links, from the
 * company's goals down to units and people. Each node has its progress and status (an objective's and key
 * result's from their pace, a KPI's from its completion). A search for a person marks their goals and opens the
 * way up; "where does my work land" lists, for one person, each of their goals with the chain it feeds, up to the
 * top.
 */
@Service
@Transactional(readOnly = true)
public class GoalMap {

	/** A KPI below this completion is off track, below {@link #KPI_ON_TRACK} at risk. */
	static final BigDecimal KPI_AT_RISK = new BigDecimal("0.8");

	static final BigDecimal KPI_ON_TRACK = BigDecimal.ONE;

	private final GoalManagement goals;

	private final PeriodCalendar calendar;

	private final Objectives objectives;

	private final int limit;

	GoalMap(GoalManagement goals, PeriodCalendar calendar, Objectives objectives,
			@org.springframework.beans.factory.annotation.Value("${lodestar.okr.map-limit:1500}") int limit) {
		this.goals = goals;
		this.calendar = calendar;
		this.objectives = objectives;
		this.limit = limit;
	}

	/**
	 * @param person an employee whose goals to mark and trace (null: the reader)
	 * @param query part of a person's name to mark their goals (null: none)
	 */
	public MapView of(CurrentUser user, OkrCycle cycle, UUID person, String query) {
		UUID tenant = user.tenant();
		Period period = calendar.get(tenant, cycle.periodId());
		Period year = calendar.year(tenant, period.fiscalYear()).get(0);
		UUID traced = person != null ? person : user.employeeId();
		String needle = query == null || query.isBlank() ? null : query.strip().toLowerCase(Locale.ROOT);
		List<GoalView> all = goals.list(user, GoalFilter.period(year.id()))
			.stream()
			.filter(goal -> goal.status() != GoalStatus.ARCHIVED)
			.filter(goal -> goal.period().contains(period) || period.contains(goal.period()))
			.toList();
		List<GoalView> visible = shown(all, limit, traced, needle);
		Map<UUID, PaceStatus> okrStatus = new HashMap<>();
		// drafts have no pace yet: only approved objectives get a status
		for (ObjectiveView objective : objectives.list(user, cycle.id(), null, null)) {
			if (objective.reviewState() != ReviewState.APPROVED) {
				continue;
			}
			okrStatus.put(objective.id(), objective.status());
			objective.keyResults().forEach(kr -> okrStatus.put(kr.id(), kr.status()));
		}
		Map<UUID, GoalView> byId = new HashMap<>();
		visible.forEach(goal -> byId.put(goal.id(), goal));
		Map<UUID, List<GoalView>> children = new HashMap<>();
		List<GoalView> roots = new ArrayList<>();
		for (GoalView goal : visible) {
			if (goal.parentId() != null && byId.containsKey(goal.parentId())) {
				children.computeIfAbsent(goal.parentId(), key -> new ArrayList<>()).add(goal);
			}
			else {
				roots.add(goal);
			}
		}
		Set<UUID> marked = new HashSet<>();
		for (GoalView goal : visible) {
			boolean named = needle != null && goal.ownerType() == OwnerType.EMPLOYEE && goal.ownerName() != null
					&& goal.ownerName().toLowerCase(Locale.ROOT).contains(needle);
			boolean theirs = needle == null && person != null && goal.ownerType() == OwnerType.EMPLOYEE
					&& person.equals(goal.ownerId());
			if (named || theirs) {
				marked.add(goal.id());
			}
		}
		Set<UUID> open = new HashSet<>();
		for (UUID id : marked) {
			for (GoalView up = byId.get(id); up != null; up = up.parentId() == null ? null : byId.get(up.parentId())) {
				if (!open.add(up.id())) {
					break;
				}
			}
		}
		List<Node> tree = roots.stream()
			.sorted(ORDER)
			.map(root -> node(root, children, okrStatus, marked, open, 0))
			.toList();
		List<Trace> traces = new ArrayList<>();
		if (traced != null) {
			visible.stream()
				.filter(goal -> goal.ownerType() == OwnerType.EMPLOYEE && traced.equals(goal.ownerId()))
				.filter(goal -> goal.kind() != GoalKind.KEY_RESULT)
				.sorted(ORDER)
				.forEach(goal -> {
					List<GoalView> chain = new ArrayList<>();
					for (GoalView up = goal; up != null; up = up.parentId() == null ? null : byId.get(up.parentId())) {
						chain.add(up);
					}
					traces.add(new Trace(goal, chain.subList(1, chain.size())));
				});
		}
		return new MapView(tree, visible.size(), marked.size(), traces, traced, all.size() - visible.size());
	}

	/**
	 * Above {@code limit} goals a page would weigh megabytes: then people's own KPIs stay off the map, except the
	 * traced person's and those of people matching the search. Objectives and key results always stay.
	 */
	static List<GoalView> shown(List<GoalView> all, int limit, UUID traced, String needle) {
		if (all.size() <= limit) {
			return all;
		}
		return all.stream()
			.filter(goal -> goal.kind() != GoalKind.KPI || goal.ownerType() != OwnerType.EMPLOYEE
					|| goal.ownerId().equals(traced)
					|| (needle != null && goal.ownerName() != null
							&& goal.ownerName().toLowerCase(Locale.ROOT).contains(needle)))
			.toList();
	}

	private static final Comparator<GoalView> ORDER = Comparator
		.comparing((GoalView goal) -> goal.ownerType().ordinal())
		.thenComparing(goal -> goal.kind().ordinal())
		.thenComparing(GoalView::title);

	private Node node(GoalView goal, Map<UUID, List<GoalView>> children, Map<UUID, PaceStatus> okrStatus,
			Set<UUID> marked, Set<UUID> open, int depth) {
		List<Node> below = children.getOrDefault(goal.id(), List.of())
			.stream()
			.sorted(ORDER)
			.map(child -> node(child, children, okrStatus, marked, open, depth + 1))
			.toList();
		return new Node(goal, status(goal, okrStatus), below, marked.contains(goal.id()),
				open.isEmpty() ? depth < 2 : open.contains(goal.id()));
	}

	static PaceStatus status(GoalView goal, Map<UUID, PaceStatus> okrStatus) {
		PaceStatus okr = okrStatus.get(goal.id());
		if (okr != null || goal.progress() == null || goal.kind() == GoalKind.OBJECTIVE
				|| goal.kind() == GoalKind.KEY_RESULT) {
			return okr;
		}
		if (goal.progress().compareTo(KPI_ON_TRACK) >= 0) {
			return PaceStatus.ON_TRACK;
		}
		return goal.progress().compareTo(KPI_AT_RISK) >= 0 ? PaceStatus.AT_RISK : PaceStatus.OFF_TRACK;
	}

	/**
	 * The map: its root nodes, how many goals it shows and marks, the traced person's chains, and how many personal
	 * KPIs were left off because the map is large.
	 */
	public record MapView(List<Node> roots, int goalCount, int markedCount, List<Trace> traces, UUID tracedPerson,
			int hiddenPersonalKpis) {
	}

	/** One goal with what contributes to it; {@code open} says whether it starts expanded. */
	public record Node(GoalView goal, PaceStatus status, List<Node> children, boolean marked, boolean open) {
	}

	/** One of a person's goals and the goals it feeds, nearest first, up to the top of the map. */
	public record Trace(GoalView goal, List<GoalView> feeds) {
	}

}
