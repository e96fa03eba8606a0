package io.lodestar.security;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import io.lodestar.account.AccountManagement;
import io.lodestar.account.NewUser;
import io.lodestar.integration.ApiKeys;
import io.lodestar.integration.NewApiKey;
import io.lodestar.people.EmployeeManagement;
import io.lodestar.people.NewEmployee;
import io.lodestar.people.OrgUnitKind;
import io.lodestar.people.OrgUnitManagement;
import io.lodestar.people.OrgUnitRequest;
import io.lodestar.platform.security.CurrentUser;
import io.lodestar.platform.security.Role;
import io.lodestar.platform.security.SystemActor;
import io.lodestar.platform.security.TokenScope;
import io.lodestar.test.Api;
import io.lodestar.test.Fixtures;

/**
 * The actors of the access matrix, all in company A unless said: nobody, the employee the objects belong to, a
 * colleague in the same team, the manager of another team, the employee's line manager, HR, an executive, a system
 * administrator, HR of company B; and integration API keys of company A (one per scope, and one with every scope for
 * the calls no key may make).
 */
final class MatrixActors {

	final Fixtures.Company a;

	final Fixtures.Company b;

	final Fixtures.Person otherManager;

	final Fixtures.Person sysadmin;

	private final Map<String, String> keys = new LinkedHashMap<>();

	MatrixActors(ApplicationContext context, Fixtures fixtures) {
		this.a = fixtures.company();
		this.b = fixtures.company();
		this.otherManager = otherTeamManager(context, a);
		this.sysadmin = fixtures.systemAdministrator(a);
		ApiKeys apiKeys = context.getBean(ApiKeys.class);
		SystemActor.runAs(a.id(), () -> {
			for (TokenScope scope : TokenScope.forIntegrationKeys()) {
				keys.put(scope.name(), apiKeys.issue(a.hr().principal(), new NewApiKey("matrix " + scope, Set.of(scope),
						null, null)).key());
			}
			keys.put("ALL", apiKeys.issue(a.hr().principal(), new NewApiKey("matrix all scopes",
					Set.copyOf(TokenScope.forIntegrationKeys()), null, null)).key());
		});
	}

	/** A support unit beside sales, headed by a manager with one report of her own. */
	private static Fixtures.Person otherTeamManager(ApplicationContext context, Fixtures.Company a) {
		CurrentUser system = SystemActor.in(a.id());
		return SystemActor.runAs(a.id(), () -> {
			UUID unit = context.getBean(OrgUnitManagement.class)
				.create(system, new OrgUnitRequest(a.rootUnit(), "SUPPORT", "Support", OrgUnitKind.DEPARTMENT, null, 1))
				.id();
			EmployeeManagement employees = context.getBean(EmployeeManagement.class);
			String domain = a.code().toLowerCase() + ".test";
			UUID olivia = employees.hire(system, new NewEmployee("M-2", "Olivia Other", "olivia@" + domain,
					"+86 138 0000 0002", LocalDate.of(2020, 3, 1), unit, null, a.executive().employeeId())).id();
			employees.hire(system, new NewEmployee("E-3", "Rob Report", "rob@" + domain, "+86 138 0000 0003",
					LocalDate.of(2020, 3, 1), unit, null, olivia));
			var account = context.getBean(AccountManagement.class).create(system, new NewUser(olivia, null, null, Set.of()));
			return new Fixtures.Person(olivia, account.user().id(), "Olivia Other", "olivia@" + domain,
					account.initialPassword(), EnumSet.of(Role.EMPLOYEE, Role.MANAGER), a.id());
		});
	}

	/** How the actor's request is signed in: a session with a CSRF token, or nothing for an anonymous caller. */
	RequestPostProcessor session(String actor) {
		Fixtures.Person person = switch (actor) {
			case "anonymous" -> null;
			case "employee" -> a.employee();
			case "colleague" -> a.colleague();
			case "other-manager" -> otherManager;
			case "manager" -> a.manager();
			case "hr" -> a.hr();
			case "executive" -> a.executive();
			case "sysadmin" -> sysadmin;
			case "other-company" -> b.hr();
			default -> throw new IllegalArgumentException(actor);
		};
		if (person == null) {
			return csrf();
		}
		RequestPostProcessor signedIn = Fixtures.as(person);
		return request -> csrf().postProcessRequest(signedIn.postProcessRequest(request));
	}

	/** An API key of company A with just this scope, or with every scope ("ALL"). */
	RequestPostProcessor key(String scope) {
		String key = keys.get(scope);
		if (key == null) {
			throw new IllegalArgumentException("no key scope " + scope);
		}
		return Api.bearer(key);
	}

}
