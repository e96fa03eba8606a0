package io.lodestar.okr;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.lodestar.goals.OwnerType;
import io.lodestar.people.EmployeeSummary;
import io.lodestar.people.PeopleDirectory;
import io.lodestar.platform.security.CurrentUser;
import io.lodestar.platform.web.NotFoundException;

/**
 * Builds the retrospective of a cycle (see {@link Retrospective}). Which objectives appear is decided by
 * {@link Objectives#list} for the reader, so a private objective is missing for whoever may not see it; the
 * details (check-ins, versions, carry-over) are then read for exactly those objectives.
 */
@Service
@Transactional(readOnly = true)
public class Retrospectives {

	private static final int CHUNK = 500;

	private final Objectives objectives;

	private final OkrCycles cycles;

	private final ObjectiveReaders readers;

	private final PeopleDirectory people;

	private final JdbcClient jdbc;

	Retrospectives(Objectives objectives, OkrCycles cycles, ObjectiveReaders readers, PeopleDirectory people,
			JdbcClient jdbc) {
		this.objectives = objectives;
		this.cycles = cycles;
		this.readers = readers;
		this.people = people;
		this.jdbc = jdbc;
	}

	/** The company's objectives the reader may see. */
	public Retrospective company(CurrentUser reader, UUID cycleId) {
		OkrCycle cycle = cycles.get(reader.tenant(), cycleId);
		return build(reader, cycle, Retrospective.Scope.COMPANY, null, null,
				objectives.list(reader, cycleId, null, null));
	}

	/** The unit's objectives, those of the units below it and of the people in them (as far as the reader may see). */
	public Retrospective unit(CurrentUser reader, UUID cycleId, UUID unitId) {
		UUID tenant = reader.tenant();
		OkrCycle cycle = cycles.get(tenant, cycleId);
		String name = people.unitNames(tenant, List.of(unitId)).get(unitId);
		if (name == null) {
			throw new NotFoundException("org_unit", unitId);
		}
		Set<UUID> units = new HashSet<>(people.unitAndDescendants(tenant, unitId));
		List<ObjectiveView> all = objectives.list(reader, cycleId, null, null);
		Map<UUID, UUID> unitOfEmployee = new HashMap<>();
		all.stream()
			.filter(o -> o.ownerType() == OwnerType.EMPLOYEE)
			.map(ObjectiveView::ownerId)
			.distinct()
			.forEach(employee -> people.employee(tenant, employee)
				.map(EmployeeSummary::orgUnitId)
				.ifPresent(unit -> unitOfEmployee.put(employee, unit)));
		List<ObjectiveView> inUnit = all.stream().filter(o -> switch (o.ownerType()) {
			case ORG_UNIT -> units.contains(o.ownerId());
			case EMPLOYEE -> units.contains(unitOfEmployee.get(o.ownerId()));
			case COMPANY -> false;
		}).toList();
		return build(reader, cycle, Retrospective.Scope.UNIT, unitId, name, inUnit);
	}

	/** One person's objectives (as far as the reader may see). */
	public Retrospective person(CurrentUser reader, UUID cycleId, UUID employeeId) {
		UUID tenant = reader.tenant();
		OkrCycle cycle = cycles.get(tenant, cycleId);
		EmployeeSummary person = people.employee(tenant, employeeId)
			.orElseThrow(() -> new NotFoundException("employee", employeeId));
		return build(reader, cycle, Retrospective.Scope.PERSON, employeeId, person.name(),
				objectives.list(reader, cycleId, OwnerType.EMPLOYEE, employeeId));
	}

	private Retrospective build(CurrentUser reader, OkrCycle cycle, Retrospective.Scope scope, UUID scopeId,
			String scopeName, List<ObjectiveView> visible) {
		UUID tenant = reader.tenant();
		List<ObjectiveView> approved = visible.stream()
			.filter(o -> o.reviewState() == ReviewState.APPROVED)
			.sorted(Comparator.comparing((ObjectiveView o) -> ownerOrder(o.ownerType()))
				.thenComparing(o -> o.ownerName() == null ? "" : o.ownerName())
				.thenComparing(ObjectiveView::title))
			.toList();
		List<UUID> keyResultIds = approved.stream()
			.flatMap(o -> o.keyResults().stream())
			.map(KeyResultView::id)
			.toList();
		Map<UUID, List<CheckInView>> checkIns = checkIns(tenant, keyResultIds);
		Map<UUID, List<Version>> versions = versions(tenant, keyResultIds);
		Map<UUID, UUID> carriedTo = carriedTo(tenant, approved.stream().map(ObjectiveView::id).toList());
		Map<UUID, OkrCycle> cycleById = new HashMap<>();
		List<Retrospective.Objective> result = new ArrayList<>();
		for (ObjectiveView objective : approved) {
			List<Retrospective.KeyResult> keyResults = new ArrayList<>();
			List<Retrospective.Change> changes = new ArrayList<>();
			List<Retrospective.Note> notes = new ArrayList<>();
			for (KeyResultView kr : objective.keyResults()) {
				List<CheckInView> ofKr = checkIns.getOrDefault(kr.id(), List.of());
				keyResults.add(new Retrospective.KeyResult(kr, trend(cycle.startsOn(), cycle.endsOn(), ofKr)));
				changes.addAll(changes(kr.title(), versions.getOrDefault(kr.id(), List.of())));
				for (CheckInView checkIn : ofKr) {
					if (checkIn.narrative() != null || checkIn.helpNeeded() != null) {
						notes.add(new Retrospective.Note(checkIn.checkedOn(), kr.title(), checkIn.authorName(),
								checkIn.confidence(), checkIn.status(), checkIn.progress(), checkIn.narrative(),
								checkIn.helpNeeded()));
					}
				}
			}
			notes.sort(Comparator.comparing(Retrospective.Note::on));
			result.add(new Retrospective.Objective(objective, objective.score(), keyResults, changes, notes,
					carriedTo(reader, carriedTo.get(objective.id()), cycleById)));
		}
		return new Retrospective(cycle, scope, scopeId, scopeName, result, visible.size() - approved.size());
	}

	/**
	 * A key result's check-ins as one point per day checked in (the day's last check-in counts), with the pace
	 * expected on that day ({@link KeyResultRules#expected}), oldest first.
	 */
	static List<Retrospective.Point> trend(LocalDate cycleStart, LocalDate cycleEnd, List<CheckInView> checkIns) {
		Map<LocalDate, CheckInView> lastOfDay = new java.util.TreeMap<>();
		checkIns.stream()
			.sorted(Comparator.comparing(CheckInView::at).thenComparing(CheckInView::id))
			.forEach(checkIn -> lastOfDay.put(checkIn.checkedOn(), checkIn));
		List<Retrospective.Point> points = new ArrayList<>();
		lastOfDay.forEach((day, checkIn) -> points.add(new Retrospective.Point(day, checkIn.progress(),
				KeyResultRules.expected(cycleStart, cycleEnd, day), checkIn.confidence())));
		return points;
	}

	/** Each version after the first, against the one before it. */
	static List<Retrospective.Change> changes(String keyResultTitle, List<Version> versions) {
		List<Retrospective.Change> changes = new ArrayList<>();
		for (int i = 1; i < versions.size(); i++) {
			Version before = versions.get(i - 1);
			Version after = versions.get(i);
			changes.add(new Retrospective.Change(keyResultTitle, after.number(), before.title(), before.target(),
					after.title(), after.target(), after.effectiveFrom(), after.reason(), after.state(),
					after.decisionNote()));
		}
		return changes;
	}

	private Retrospective.CarriedTo carriedTo(CurrentUser reader, UUID target, Map<UUID, OkrCycle> cycleById) {
		if (target == null) {
			return null;
		}
		try {
			ObjectiveQueries.Row row = readers.readable(reader, target);
			OkrCycle next = cycleById.computeIfAbsent(row.cycleId(), id -> cycles.get(reader.tenant(), id));
			return new Retrospective.CarriedTo(row.id(), row.title(), next.id(), next.name());
		}
		catch (NotFoundException archivedOrHidden) {
			return null;
		}
	}

	private Map<UUID, List<CheckInView>> checkIns(UUID tenant, List<UUID> keyResults) {
		Map<UUID, List<CheckInView>> byKeyResult = new HashMap<>();
		for (List<UUID> chunk : chunks(keyResults)) {
			jdbc.sql("select * from okr_check_in where tenant_id = :tenant and key_result_id in (:krs) "
					+ "order by created_at, id")
				.param("tenant", tenant)
				.param("krs", chunk)
				.query(CheckIns::view)
				.list()
				.forEach(checkIn -> byKeyResult.computeIfAbsent(checkIn.keyResultId(), id -> new ArrayList<>())
					.add(checkIn));
		}
		return byKeyResult;
	}

	private Map<UUID, List<Version>> versions(UUID tenant, List<UUID> keyResults) {
		Map<UUID, List<Version>> byKeyResult = new HashMap<>();
		for (List<UUID> chunk : chunks(keyResults)) {
			jdbc.sql("select * from okr_key_result_version where tenant_id = :tenant and key_result_id in (:krs) "
					+ "order by key_result_id, number")
				.param("tenant", tenant)
				.param("krs", chunk)
				.query((rs, row) -> new Version(rs.getObject("key_result_id", UUID.class), rs.getInt("number"),
						rs.getString("title"), target(rs.getString("kr_type"), rs.getBigDecimal("start_value"),
								rs.getBigDecimal("target_value"), rs.getString("unit")),
						rs.getObject("effective_from", LocalDate.class), rs.getString("reason"), rs.getString("state"),
						rs.getString("decision_note")))
				.list()
				.forEach(version -> byKeyResult.computeIfAbsent(version.keyResultId(), id -> new ArrayList<>())
					.add(version));
		}
		return byKeyResult;
	}

	private Map<UUID, UUID> carriedTo(UUID tenant, List<UUID> objectiveIds) {
		Map<UUID, UUID> carried = new LinkedHashMap<>();
		for (List<UUID> chunk : chunks(objectiveIds)) {
			jdbc.sql("select goal_id, carried_to_goal_id from okr_objective where tenant_id = :tenant "
					+ "and goal_id in (:ids) and carried_to_goal_id is not null")
				.param("tenant", tenant)
				.param("ids", chunk)
				.query(rs -> {
					carried.put(rs.getObject("goal_id", UUID.class), rs.getObject("carried_to_goal_id", UUID.class));
				});
		}
		return carried;
	}

	/** "start → target unit" of a metric, or null for a milestone. */
	static String target(String type, BigDecimal start, BigDecimal target, String unit) {
		if (KeyResultType.MILESTONE.name().equals(type) || target == null) {
			return null;
		}
		String suffix = unit == null || unit.isBlank() ? "" : " " + unit;
		return plain(start) + " → " + plain(target) + suffix;
	}

	private static String plain(BigDecimal value) {
		return value == null ? "?" : value.stripTrailingZeros().toPlainString();
	}

	private static int ownerOrder(OwnerType type) {
		return switch (type) {
			case COMPANY -> 0;
			case ORG_UNIT -> 1;
			case EMPLOYEE -> 2;
		};
	}

	private static <T> List<List<T>> chunks(List<T> all) {
		List<List<T>> chunks = new ArrayList<>();
		for (int from = 0; from < all.size(); from += CHUNK) {
			chunks.add(all.subList(from, Math.min(all.size(), from + CHUNK)));
		}
		return chunks;
	}

	/** One version of a key result as the report needs it. */
	record Version(UUID keyResultId, int number, String title, String target, LocalDate effectiveFrom, String reason,
			String state, String decisionNote) {
	}

}
