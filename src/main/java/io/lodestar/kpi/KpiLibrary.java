package io.lodestar.kpi;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.lodestar.goals.GoalAccess;
import io.lodestar.goals.OwnerType;
import io.lodestar.goals.Period;
import io.lodestar.goals.PeriodCalendar;
import io.lodestar.people.EmployeeSummary;
import io.lodestar.people.PeopleDirectory;
import io.lodestar.platform.audit.AuditTrail;
import io.lodestar.platform.security.CurrentUser;
import io.lodestar.platform.security.Role;
import io.lodestar.platform.web.BusinessRuleException;
import io.lodestar.platform.web.IndexedProblem;
import io.lodestar.platform.web.IndexedProblemsException;
import io.lodestar.platform.web.NotFoundException;

/**
 * The company's KPI library: reusable definitions (HR administrators and executives maintain it, everyone
 * may read it) and bulk assignment of a definition to many employees with per-person targets, all or nothing.
 */
@Service
@Transactional
public class KpiLibrary {

	private final KpiDefinitionRepository definitions;

	private final KpiManagement kpis;

	private final PeopleDirectory people;

	private final PeriodCalendar calendar;

	private final GoalAccess access;

	private final AuditTrail audit;

	KpiLibrary(KpiDefinitionRepository definitions, KpiManagement kpis, PeopleDirectory people,
			PeriodCalendar calendar, GoalAccess access, AuditTrail audit) {
		this.definitions = definitions;
		this.kpis = kpis;
		this.people = people;
		this.calendar = calendar;
		this.access = access;
		this.audit = audit;
	}

	@Transactional(readOnly = true)
	public List<KpiDefinitionView> all(CurrentUser user, boolean includeArchived) {
		return definitions.findByTenantIdOrderByCode(user.tenant())
			.stream()
			.map(KpiDefinition::view)
			.filter(view -> includeArchived || !view.archived())
			.toList();
	}

	@Transactional(readOnly = true)
	public KpiDefinitionView get(CurrentUser user, UUID id) {
		return find(user.tenant(), id).view();
	}

	public KpiDefinitionView create(CurrentUser user, KpiDefinitionRequest request) {
		requireLibrarian(user);
		UUID tenant = user.tenant();
		io.lodestar.scoring.Scoring.validate(request.config().rule());
		requireFreeCode(tenant, request.code().strip(), null);
		KpiDefinition definition = definitions.save(KpiDefinition.create(tenant, request));
		audit.record("CREATE", "kpi-definition", definition.id(), null, java.util.Map.of("code", definition.code()));
		return definition.view();
	}

	public KpiDefinitionView update(CurrentUser user, UUID id, KpiDefinitionRequest request) {
		requireLibrarian(user);
		UUID tenant = user.tenant();
		KpiDefinition definition = find(tenant, id);
		if (request.version() != null && !request.version().equals(definition.view().version())) {
			throw new OptimisticLockingFailureException("definition changed");
		}
		io.lodestar.scoring.Scoring.validate(request.config().rule());
		requireFreeCode(tenant, request.code().strip(), id);
		var before = definition.view();
		definition.change(request);
		definition = definitions.save(definition);
		audit.record("UPDATE", "kpi-definition", id, java.util.Map.of("code", before.code(), "name", before.name()),
				java.util.Map.of("code", definition.view().code(), "name", definition.view().name()));
		return definition.view();
	}

	public KpiDefinitionView archive(CurrentUser user, UUID id, boolean archived) {
		requireLibrarian(user);
		KpiDefinition definition = find(user.tenant(), id);
		definition.archive(archived);
		definition = definitions.save(definition);
		audit.record(archived ? "ARCHIVE" : "RESTORE", "kpi-definition", id, null, null);
		return definition.view();
	}

	/**
	 * The starting grid for a bulk assignment: the active employees of a unit (with its sub-units) and/or
	 * holding a position, each with the definition's default target and weight, only those the caller may
	 * set goals for.
	 */
	@Transactional(readOnly = true)
	public List<PersonTarget> draft(CurrentUser user, UUID definitionId, UUID unitId, UUID positionId) {
		KpiDefinitionView definition = get(user, definitionId);
		GoalAccess.Scope scope = access.scopeOf(user);
		return people.activeEmployees(user.tenant(), unitId, positionId)
			.stream()
			.filter(employee -> scope.canManage(OwnerType.EMPLOYEE, employee.id()))
			.map(employee -> new PersonTarget(employee.id(), definition.config().target(), definition.config().weight()))
			.toList();
	}

	/** Creates one personal KPI per row; any bad row refuses the whole assignment (row index in the error). */
	public List<KpiDetail> assign(CurrentUser user, Assignment assignment) {
		UUID tenant = user.tenant();
		KpiDefinitionView definition = get(user, assignment.definitionId());
		if (definition.archived()) {
			throw BusinessRuleException.invalid("kpi.definition.archived", "definitionId", definition.name());
		}
		Period period = calendar.get(tenant, assignment.periodId());
		if (assignment.targets() == null || assignment.targets().isEmpty()) {
			throw BusinessRuleException.invalid("kpi.assign.nobody", "targets");
		}
		GoalAccess.Scope scope = access.scopeOf(user);
		List<BatchProblem> problems = new ArrayList<>();
		Set<UUID> seen = new HashSet<>();
		for (int index = 0; index < assignment.targets().size(); index++) {
			PersonTarget row = assignment.targets().get(index);
			EmployeeSummary employee = row.employeeId() == null ? null
					: people.employee(tenant, row.employeeId()).orElse(null);
			if (employee == null || !employee.isActive()) {
				problems.add(new BatchProblem(index, "employeeId", "kpi.assign.employee-unknown"));
			}
			else if (!seen.add(employee.id())) {
				problems.add(new BatchProblem(index, "employeeId", "kpi.assign.employee-twice"));
			}
			else if (!scope.canManage(OwnerType.EMPLOYEE, employee.id())) {
				problems.add(new BatchProblem(index, "employeeId", "kpi.assign.not-allowed"));
			}
			if (row.weight() != null && (row.weight().signum() < 0 || row.weight().compareTo(BigDecimal.valueOf(100)) > 0)) {
				problems.add(new BatchProblem(index, "weight", "kpi.weight.range"));
			}
			try {
				KpiManagement.check(configFor(definition, row), period);
			}
			catch (BusinessRuleException invalid) {
				problems.add(new BatchProblem(index, invalid.field() == null ? "target" : invalid.field(), invalid.code(),
						java.util.Arrays.asList(invalid.arguments())));
			}
		}
		if (!problems.isEmpty()) {
			throw new AssignmentRejectedException(problems);
		}
		List<KpiDetail> created = new ArrayList<>();
		for (PersonTarget row : assignment.targets()) {
			created.add(kpis.create(user, new NewKpi(definition.name(), definition.description(), OwnerType.EMPLOYEE,
					row.employeeId(), assignment.periodId(), assignment.parentId(), null, configFor(definition, row))));
		}
		return created;
	}

	private static KpiConfig configFor(KpiDefinitionView definition, PersonTarget row) {
		KpiConfig base = definition.config();
		return new KpiConfig(base.unit(), base.direction(), base.method(), base.aggregation(), base.frequency(),
				base.baseline(), row.target() == null ? base.target() : row.target(), base.stretch(), base.rangeLow(),
				base.rangeHigh(), base.inclusive(), base.tolerance(), base.steps(), base.cap(), base.floor(),
				row.weight() == null ? (base.weight() == null ? BigDecimal.ZERO : base.weight()) : row.weight(), false,
				definition.id());
	}

	/** One refused row of a bulk assignment; {@code arguments} fill in the message. */
	public record BatchProblem(int index, String field, String code, List<Object> arguments) {

		public BatchProblem {
			// arguments may hold nulls (a missing value named in the message)
			arguments = arguments == null ? List.of()
					: java.util.Collections.unmodifiableList(new ArrayList<>(arguments));
		}

		public BatchProblem(int index, String field, String code) {
			this(index, field, code, List.of());
		}

	}

	/** A bulk assignment refused whole. */
	public static class AssignmentRejectedException extends IndexedProblemsException {

		private final List<BatchProblem> problems;

		AssignmentRejectedException(List<BatchProblem> problems) {
			super(problems.size() + " row(s) refused");
			this.problems = List.copyOf(problems);
		}

		public List<BatchProblem> problems() {
			return problems;
		}

		@Override
		public List<IndexedProblem> indexedProblems() {
			return problems.stream()
				.map(problem -> new IndexedProblem(problem.index(), problem.field(), problem.code(), problem.arguments()))
				.toList();
		}

	}

	private KpiDefinition find(UUID tenant, UUID id) {
		return definitions.findByTenantIdAndId(tenant, id).orElseThrow(() -> new NotFoundException("kpi-definition", id));
	}

	private void requireFreeCode(UUID tenant, String code, UUID self) {
		definitions.findByTenantIdAndCode(tenant, code).filter(other -> !other.id().equals(self)).ifPresent(other -> {
			throw BusinessRuleException.conflict("kpi.definition.code.taken", "code", code);
		});
	}

	private static void requireLibrarian(CurrentUser user) {
		if (!user.hasAny(Role.HR_ADMIN, Role.EXECUTIVE)) {
			throw new AccessDeniedException("kpi library");
		}
	}

}
