package io.lodestar.okr;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.lodestar.goals.GoalAccess;
import io.lodestar.goals.OwnerType;
import io.lodestar.people.EmployeeSummary;
import io.lodestar.people.PeopleDirectory;
import io.lodestar.platform.security.CurrentUser;

/**
 * The manager's weekly view of a cycle: for every person in their reporting lines, each key result now and one
 * check-in interval ago (what changed since last week), the latest narrative, who asked for help, and who has
 * not checked in within the interval.
 */
@Service
@Transactional(readOnly = true)
public class TeamCheckIns {

	private final ObjectiveReaders readers;

	private final OkrCycles cycles;

	private final GoalAccess access;

	private final PeopleDirectory people;

	private final JdbcClient jdbc;

	TeamCheckIns(ObjectiveReaders readers, OkrCycles cycles, GoalAccess access, PeopleDirectory people, JdbcClient jdbc) {
		this.readers = readers;
		this.cycles = cycles;
		this.access = access;
		this.people = people;
		this.jdbc = jdbc;
	}

	/** One read of the team, one of the cycle's objectives and one of their check-ins, however large the team. */
	public List<Person> of(CurrentUser user, UUID cycleId) {
		UUID tenant = user.tenant();
		OkrCycle cycle = cycles.get(tenant, cycleId);
		GoalAccess.Scope scope = access.scopeOf(user);
		java.time.LocalDate since = cycles.today(tenant).minusDays(cycle.checkInDays());
		// people who have left stay in the reporting lines' history, not in the team
		List<EmployeeSummary> members = people.activeEmployees(tenant, null, null)
			.stream()
			.filter(employee -> scope.reports().contains(employee.id()))
			.sorted(java.util.Comparator.comparing(EmployeeSummary::name))
			.toList();
		Map<UUID, List<ObjectiveView>> approvedByOwner = readers.list(user, cycleId, OwnerType.EMPLOYEE, null)
			.stream()
			.filter(objective -> objective.reviewState() == ReviewState.APPROVED)
			.collect(java.util.stream.Collectors.groupingBy(ObjectiveView::ownerId));
		Map<UUID, List<CheckInView>> checkIns = checkInsOf(tenant, approvedByOwner.values()
			.stream()
			.flatMap(List::stream)
			.flatMap(objective -> objective.keyResults().stream())
			.map(KeyResultView::id)
			.toList());
		List<Person> team = new ArrayList<>();
		for (EmployeeSummary member : members) {
			List<ObjectiveView> objectives = approvedByOwner.getOrDefault(member.id(), List.of());
			List<Line> lines = new ArrayList<>();
			boolean checkedIn = false;
			for (ObjectiveView objective : objectives) {
				for (KeyResultView kr : objective.keyResults()) {
					Latest latest = Latest.of(checkIns.getOrDefault(kr.id(), List.of()), since);
					checkedIn |= latest.recent != null;
					lines.add(new Line(objective, kr, latest.before == null ? null : latest.before.progress(),
							latest.before == null ? null : latest.before.confidence(), latest.recent));
				}
			}
			team.add(new Person(member.id(), member.name(), lines, !objectives.isEmpty() && !checkedIn));
		}
		return team;
	}

	/** Check-ins of the key results, newest first per key result. */
	private Map<UUID, List<CheckInView>> checkInsOf(UUID tenant, List<UUID> keyResults) {
		Map<UUID, List<CheckInView>> byKeyResult = new java.util.HashMap<>();
		for (int from = 0; from < keyResults.size(); from += 1000) {
			jdbc.sql("""
					select * from okr_check_in where tenant_id = :tenant and key_result_id in (:krs)
					order by checked_on desc, created_at desc, id
					""")
				.param("tenant", tenant)
				.param("krs", keyResults.subList(from, Math.min(keyResults.size(), from + 1000)))
				.query(CheckIns::view)
				.list()
				.forEach(checkIn -> byKeyResult.computeIfAbsent(checkIn.keyResultId(), key -> new ArrayList<>())
					.add(checkIn));
		}
		return byKeyResult;
	}

	/** The latest check-in within the interval, and the latest before it. */
	private record Latest(CheckInView recent, CheckInView before) {

		static Latest of(List<CheckInView> newestFirst, java.time.LocalDate since) {
			return new Latest(newestFirst.stream().filter(c -> c.checkedOn().isAfter(since)).findFirst().orElse(null),
					newestFirst.stream().filter(c -> !c.checkedOn().isAfter(since)).findFirst().orElse(null));
		}

	}

	/** One person of the team: their key results, and whether their check-in is overdue. */
	public record Person(UUID employeeId, String name, List<Line> keyResults, boolean overdue) {

		public List<Line> helpRequests() {
			return keyResults.stream().filter(line -> line.recent() != null && line.recent().helpNeeded() != null).toList();
		}

	}

	/** A key result now, and its progress and confidence one interval ago. */
	public record Line(ObjectiveView objective, KeyResultView keyResult, BigDecimal progressBefore,
			Integer confidenceBefore, CheckInView recent) {

		public BigDecimal change() {
			return progressBefore == null ? null : keyResult.progress().subtract(progressBefore);
		}

		public BigDecimal changePercent() {
			BigDecimal change = change();
			return change == null ? null : change.movePointRight(2).setScale(0, java.math.RoundingMode.HALF_UP);
		}

	}

}
