package io.lodestar.account;

import java.util.EnumSet;
import java.util.Map;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.lodestar.company.CompanyManagement;
import io.lodestar.company.CompanySummary;
import io.lodestar.people.EmployeeManagement;
import io.lodestar.people.EmployeeView;
import io.lodestar.people.NewEmployee;
import io.lodestar.people.OrgUnitManagement;
import io.lodestar.platform.audit.AuditTrail;
import io.lodestar.platform.security.CurrentUser;
import io.lodestar.platform.security.Role;
import io.lodestar.platform.security.SystemActor;

/**
 * A system administrator registers a company: the company, its root org unit, its first HR administrator
 * as an employee, and that employee's account, all in one transaction.
 */
@Service
public class CompanyOnboarding {

	private final CompanyManagement companies;

	private final OrgUnitManagement units;

	private final EmployeeManagement employees;

	private final AccountManagement accounts;

	private final AuditTrail audit;

	CompanyOnboarding(CompanyManagement companies, OrgUnitManagement units, EmployeeManagement employees,
			AccountManagement accounts, AuditTrail audit) {
		this.companies = companies;
		this.units = units;
		this.employees = employees;
		this.accounts = accounts;
		this.audit = audit;
	}

	@Transactional
	public OnboardedCompany register(CurrentUser operator, Onboarding request) {
		if (!operator.has(Role.SYSTEM_ADMIN)) {
			throw new AccessDeniedException("only system administrators register companies");
		}
		CompanySummary company = companies.register(request.company());
		audit.recordSystem(null, operator.userId(), operator.email(), "CREATE", "company", company.id(),
				company.code() + " " + company.name());
		CreatedUser hr = SystemActor.runAs(company.id(), () -> {
			CurrentUser system = SystemActor.in(company.id());
			var root = units.tree(system).get(0);
			EmployeeView employee = employees.hire(system, new NewEmployee(request.hrEmployeeNo(), request.hrName(),
					request.hrEmail(), null, null, root.id(), null, null));
			return accounts.create(system, new NewUser(employee.id(), null, null, EnumSet.of(Role.HR_ADMIN)));
		});
		audit.recordSystem(company.id(), operator.userId(), operator.email(), "COMPANY_ONBOARDED", "company",
				company.id(), Map.of("hrAdmin", hr.user().email()).toString());
		return new OnboardedCompany(company, hr);
	}

}
