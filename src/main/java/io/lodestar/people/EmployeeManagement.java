package io.lodestar.people;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.lodestar.company.CompanyManagement;
import io.lodestar.platform.audit.AuditTrail;
import io.lodestar.platform.security.CurrentUser;
import io.lodestar.platform.security.Role;
import io.lodestar.platform.web.BusinessRuleException;
import io.lodestar.platform.web.NotFoundException;
import io.lodestar.platform.web.PageQuery;
import io.lodestar.platform.web.PageResult;
import io.lodestar.platform.web.SortOptions;

/**
 * Hiring, correcting, moving and off-boarding employees, and reading them as the caller may see them.
 * Every method takes the signed-in user: the company and the caller's rights come from there.
 */
@Service
@Transactional
public class EmployeeManagement {

	/** Public sort fields, and the restricted one only callers who see everyone's restricted fields get. */
	static final SortOptions PUBLIC_SORT = SortOptions.of("name", "e.name", "employeeNo", "e.employee_no", "orgUnit",
			"u.name", "position", "p.name");

	static final SortOptions FULL_SORT = SortOptions.of("name", "e.name", "employeeNo", "e.employee_no", "orgUnit",
			"u.name", "position", "p.name", "hireDate", "e.hire_date");

	private final EmployeeRepository employees;

	private final AssignmentHistory history;

	private final PeopleQueries queries;

	private final PlacementRules rules;

	private final CompanyManagement companies;

	private final ApplicationEventPublisher events;

	private final AuditTrail audit;

	EmployeeManagement(EmployeeRepository employees, AssignmentHistory history, PeopleQueries queries,
			PlacementRules rules, CompanyManagement companies, ApplicationEventPublisher events, AuditTrail audit) {
		this.employees = employees;
		this.history = history;
		this.queries = queries;
		this.rules = rules;
		this.companies = companies;
		this.events = events;
		this.audit = audit;
	}

	/** What the caller may see of whom; build once per request and reuse for lists. */
	@Transactional(readOnly = true)
	public EmployeeVisibility visibilityFor(CurrentUser user) {
		UUID tenant = user.tenant();
		if (EmployeeVisibility.seesEveryoneInFull(user)) {
			return new EmployeeVisibility(true, user.employeeId(), Set.of());
		}
		Set<UUID> reports = user.employeeId() != null && user.has(Role.MANAGER)
				? queries.reportsOf(tenant, user.employeeId()) : Set.of();
		return new EmployeeVisibility(false, user.employeeId(), reports);
	}

	@Transactional(readOnly = true)
	public EmployeeView get(CurrentUser user, UUID id) {
		EmployeeView view = queries.employee(user.tenant(), id).orElseThrow(() -> new NotFoundException("employee", id));
		return visibilityFor(user).seesRestrictedFieldsOf(id) ? view : view.restrictedCopy();
	}

	@Transactional(readOnly = true)
	public PageResult<EmployeeView> search(CurrentUser user, DirectoryQuery query, PageQuery page) {
		EmployeeVisibility visibility = visibilityFor(user);
		SortOptions sort = visibility.seesRestrictedFieldsOfEveryone() ? FULL_SORT : PUBLIC_SORT;
		PeopleQueries.Page found = queries.search(user.tenant(), query, sort.orderBy(page.sort()), page.size(),
				page.offset());
		List<EmployeeView> items = found.items()
			.stream()
			.map(view -> visibility.seesRestrictedFieldsOf(view.id()) ? view : view.restrictedCopy())
			.toList();
		return new PageResult<>(items, page.page(), page.size(), found.total());
	}

	/** Everyone in the company, as the caller may see them, for exports. */
	@Transactional(readOnly = true)
	public List<EmployeeView> everyone(CurrentUser user) {
		EmployeeVisibility visibility = visibilityFor(user);
		return queries.everyone(user.tenant())
			.stream()
			.map(view -> visibility.seesRestrictedFieldsOf(view.id()) ? view : view.restrictedCopy())
			.toList();
	}

	@Transactional(readOnly = true)
	public List<EmployeeView> directReports(CurrentUser user, UUID managerId) {
		EmployeeVisibility visibility = visibilityFor(user);
		return queries.directReports(user.tenant(), managerId)
			.stream()
			.map(view -> visibility.seesRestrictedFieldsOf(view.id()) ? view : view.restrictedCopy())
			.toList();
	}

	@Transactional(readOnly = true)
	public List<AssignmentView> history(CurrentUser user, UUID id) {
		UUID tenant = user.tenant();
		find(tenant, id);
		if (!visibilityFor(user).seesRestrictedFieldsOf(id)) {
			throw new org.springframework.security.access.AccessDeniedException("employee history");
		}
		return history.of(tenant, id);
	}

	public EmployeeView hire(CurrentUser user, NewEmployee request) {
		OrgUnitManagement.requireAdministrator(user);
		UUID tenant = user.tenant();
		LocalDate today = companies.today(tenant);
		EmployeeDetails details = request.details();
		rules.checkDetails(tenant, null, details, today);
		rules.checkPlacement(tenant, null, request.placement());
		Employee employee = employees.save(Employee.hire(tenant, details, request.placement()));
		LocalDate start = details.hireDate() != null ? details.hireDate() : today;
		history.start(tenant, employee.id(), request.placement(), start, null, user.userId());
		audit.record("CREATE", "employee", employee.id(), null, employee.auditState());
		events.publishEvent(new EmployeeHired(tenant, employee.id(), details.employeeNo(), details.name()));
		return get(user, employee.id());
	}

	public EmployeeView correct(CurrentUser user, UUID id, EmployeeCorrection request) {
		OrgUnitManagement.requireAdministrator(user);
		UUID tenant = user.tenant();
		Employee employee = find(tenant, id);
		requireVersion(employee, request.version());
		EmployeeDetails details = request.details();
		rules.checkDetails(tenant, id, details, companies.today(tenant));
		Map<String, Object> before = employee.auditState();
		employee.correct(details);
		employee = employees.save(employee);
		audit.record("UPDATE", "employee", id, before, employee.auditState());
		return get(user, id);
	}

	public EmployeeView move(CurrentUser user, UUID id, Move move) {
		OrgUnitManagement.requireAdministrator(user);
		UUID tenant = user.tenant();
		Employee employee = find(tenant, id);
		if (!employee.isActive()) {
			throw BusinessRuleException.conflict("people.move.not-active", null, employee.name());
		}
		Placement from = employee.placement();
		Placement to = move.placement();
		if (from.equals(to)) {
			throw BusinessRuleException.invalid("people.move.nothing-changes", null);
		}
		rules.checkPlacement(tenant, id, to);
		LocalDate today = companies.today(tenant);
		if (move.effectiveOn().isAfter(today)) {
			throw BusinessRuleException.invalid("people.move.effective-on.future", "effectiveOn");
		}
		LocalDate openSince = history.openSince(tenant, id).orElse(PlacementRules.EARLIEST_DATE);
		if (move.effectiveOn().isBefore(openSince)) {
			throw BusinessRuleException.invalid("people.move.effective-on.before-current", "effectiveOn", openSince);
		}
		Map<String, Object> before = employee.auditState();
		history.closeOpen(tenant, id, move.effectiveOn());
		history.start(tenant, id, to, move.effectiveOn(), blankToNull(move.reason()), user.userId());
		employee.place(to);
		employee = employees.save(employee);
		audit.record("MOVE", "employee", id, before, employee.auditState());
		events.publishEvent(new EmployeeMoved(tenant, id, from, to, move.effectiveOn()));
		return get(user, id);
	}

	public EmployeeView leave(CurrentUser user, UUID id, Departure departure) {
		OrgUnitManagement.requireAdministrator(user);
		UUID tenant = user.tenant();
		Employee employee = find(tenant, id);
		if (!employee.isActive()) {
			throw BusinessRuleException.conflict("people.leave.already-left", null, employee.name());
		}
		LocalDate today = companies.today(tenant);
		if (departure.lastDay().isAfter(today)) {
			throw BusinessRuleException.invalid("people.leave.last-day.future", "lastDay");
		}
		if (employee.hireDate() != null && departure.lastDay().isBefore(employee.hireDate())) {
			throw BusinessRuleException.invalid("people.leave.last-day.before-hire", "lastDay");
		}
		Map<String, Object> before = employee.auditState();
		history.closeOpen(tenant, id, departure.lastDay().plusDays(1));
		employee.leave(departure.lastDay());
		employee = employees.save(employee);
		audit.record("LEAVE", "employee", id, before, employee.auditState());
		events.publishEvent(new EmployeeLeft(tenant, id, departure.lastDay()));
		return get(user, id);
	}

	public EmployeeView rejoin(CurrentUser user, UUID id, LocalDate firstDay) {
		OrgUnitManagement.requireAdministrator(user);
		UUID tenant = user.tenant();
		Employee employee = find(tenant, id);
		if (employee.isActive()) {
			throw BusinessRuleException.conflict("people.rejoin.already-active", null, employee.name());
		}
		Map<String, Object> before = employee.auditState();
		Placement placement = employee.placement();
		if (placement.managerId() != null
				&& employees.findByTenantIdAndId(tenant, placement.managerId()).filter(Employee::isActive).isEmpty()) {
			placement = new Placement(placement.orgUnitId(), placement.positionId(), null);
			employee.place(placement);
		}
		employee.rejoin();
		employee = employees.save(employee);
		history.start(tenant, id, placement, firstDay == null ? companies.today(tenant) : firstDay, "rejoined",
				user.userId());
		audit.record("REJOIN", "employee", id, before, employee.auditState());
		events.publishEvent(new EmployeeRejoined(tenant, id));
		return get(user, id);
	}

	private Employee find(UUID tenant, UUID id) {
		return employees.findByTenantIdAndId(tenant, id).orElseThrow(() -> new NotFoundException("employee", id));
	}

	private static void requireVersion(Employee employee, Long expected) {
		if (expected != null && !expected.equals(employee.version())) {
			throw new OptimisticLockingFailureException("employee changed");
		}
	}

	private static String blankToNull(String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}

}
