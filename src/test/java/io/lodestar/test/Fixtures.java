package io.lodestar.test;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.boot.test.context.TestComponent;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import io.lodestar.account.AccountManagement;
import io.lodestar.account.CompanyOnboarding;
import io.lodestar.account.CreatedUser;
import io.lodestar.account.NewToken;
import io.lodestar.account.NewUser;
import io.lodestar.account.Onboarding;
import io.lodestar.account.TokenManagement;
import io.lodestar.company.NewCompany;
import io.lodestar.people.EmployeeManagement;
import io.lodestar.people.EmployeeView;
import io.lodestar.people.NewEmployee;
import io.lodestar.people.OrgUnitKind;
import io.lodestar.people.OrgUnitManagement;
import io.lodestar.people.OrgUnitRequest;
import io.lodestar.people.PositionManagement;
import io.lodestar.people.PositionRequest;
import io.lodestar.platform.security.CurrentUser;
import io.lodestar.platform.security.Role;
import io.lodestar.platform.security.SystemActor;
import io.lodestar.platform.security.TokenScope;

/**
 * Builds a small, complete company per test (so tests never see each other's data): an HR admin, an
 * executive, a manager with two reports, units and positions, all with sign-in accounts.
 */
@TestComponent
public class Fixtures {

	private static final AtomicInteger SEQUENCE = new AtomicInteger();

	private final CompanyOnboarding onboarding;

	private final OrgUnitManagement units;

	private final PositionManagement positions;

	private final EmployeeManagement employees;

	private final AccountManagement accounts;

	private final TokenManagement tokens;

	Fixtures(CompanyOnboarding onboarding, OrgUnitManagement units, PositionManagement positions,
			EmployeeManagement employees, AccountManagement accounts, TokenManagement tokens) {
		this.onboarding = onboarding;
		this.units = units;
		this.positions = positions;
		this.employees = employees;
		this.accounts = accounts;
		this.tokens = tokens;
	}

	/** A person with an employee record and an account. */
	public record Person(UUID employeeId, UUID userId, String name, String email, String password, Set<Role> roles,
			UUID tenantId) {

		public CurrentUser principal() {
			return new CurrentUser(userId, tenantId, employeeId, email, name, roles, 0, CurrentUser.AuthMethod.SESSION,
					Set.of(), null);
		}

	}

	public record Company(UUID id, String code, UUID rootUnit, UUID salesUnit, UUID teamUnit, UUID position,
			Person hr, Person executive, Person manager, Person employee, Person colleague) {
	}

	public Company company() {
		int n = SEQUENCE.incrementAndGet();
		String code = "T" + n + "-" + UUID.randomUUID().toString().substring(0, 6);
		String domain = code.toLowerCase() + ".test";
		var onboarded = SystemActor.runAs(null, () -> onboarding.register(SystemActor.in(null),
				new Onboarding(new NewCompany(code, "Company " + code, "en", "Asia/Shanghai"), "Hana HR",
						"hr@" + domain, "HR-1")));
		UUID tenant = onboarded.company().id();
		CurrentUser system = SystemActor.in(tenant);
		return SystemActor.runAs(tenant, () -> {
			UUID root = units.tree(system).get(0).id();
			UUID sales = units.create(system, new OrgUnitRequest(root, "SALES", "Sales", OrgUnitKind.DEPARTMENT, null, 1))
				.id();
			UUID team = units.create(system, new OrgUnitRequest(sales, "SALES-EAST", "Sales East", OrgUnitKind.TEAM, null, 1))
				.id();
			UUID rep = positions.create(system, new PositionRequest("REP", "Sales representative", null)).id();
			EmployeeView hrEmployee = employees.search(system, new io.lodestar.people.DirectoryQuery("HR-1", null, null,
					null, false), io.lodestar.platform.web.PageQuery.of(0, 5, null)).items().get(0);
			Person hr = new Person(hrEmployee.id(), onboarded.hrAdministrator().user().id(), "Hana HR",
					"hr@" + domain, onboarded.hrAdministrator().initialPassword(), EnumSet.of(Role.EMPLOYEE, Role.HR_ADMIN),
					tenant);
			Person executive = person(system, tenant, "EX-1", "Eve Executive", "eve@" + domain, root, null, null,
					EnumSet.of(Role.EXECUTIVE));
			Person manager = person(system, tenant, "M-1", "Max Manager", "max@" + domain, sales, null,
					executive.employeeId(), Set.of());
			Person employee = person(system, tenant, "E-1", "Emma Employee", "emma@" + domain, team, rep,
					manager.employeeId(), Set.of());
			Person colleague = person(system, tenant, "E-2", "Carl Colleague", "carl@" + domain, team, rep,
					manager.employeeId(), Set.of());
			return new Company(tenant, code, root, sales, team, rep, hr, executive,
					withRoles(manager, Role.EMPLOYEE, Role.MANAGER), employee, colleague);
		});
	}

	private Person person(CurrentUser system, UUID tenant, String number, String name, String email, UUID unit,
			UUID position, UUID manager, Set<Role> granted) {
		EmployeeView employee = employees.hire(system, new NewEmployee(number, name, email, "+86 138 0000 " + number.hashCode() % 10000,
				LocalDate.of(2020, 3, 1), unit, position, manager));
		CreatedUser account = accounts.create(system, new NewUser(employee.id(), null, null, granted));
		Set<Role> roles = EnumSet.of(Role.EMPLOYEE);
		roles.addAll(granted);
		return new Person(employee.id(), account.user().id(), name, email, account.initialPassword(), roles, tenant);
	}

	private static Person withRoles(Person person, Role... roles) {
		return new Person(person.employeeId(), person.userId(), person.name(), person.email(), person.password(),
				EnumSet.of(roles[0], roles), person.tenantId());
	}

	/** Signs the request in as this person (their session, refreshed from the database like a real one). */
	public static RequestPostProcessor as(Person person) {
		CurrentUser principal = person.principal();
		return SecurityMockMvcRequestPostProcessors
			.authentication(UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.authorities()));
	}

	/** A system administrator working in the company (an account without an employee record). */
	public Person systemAdministrator(Company company) {
		String email = "ops-" + SEQUENCE.incrementAndGet() + "@" + company.code().toLowerCase() + ".test";
		CreatedUser created = SystemActor.runAs(company.id(), () -> accounts.create(SystemActor.in(company.id()),
				new NewUser(null, email, "Olga Operator", EnumSet.of(Role.SYSTEM_ADMIN))));
		return new Person(null, created.user().id(), "Olga Operator", email, created.initialPassword(),
				Set.of(Role.SYSTEM_ADMIN), company.id());
	}

	/** A personal access token for the person. */
	public String token(Person person, TokenScope... scopes) {
		return SystemActor.runAs(person.tenantId(), () -> tokens
			.issue(person.principal(), new NewToken("test", EnumSet.of(scopes[0], scopes), null))
			.token());
	}

}
