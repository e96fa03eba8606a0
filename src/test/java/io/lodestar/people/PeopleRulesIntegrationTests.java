package io.lodestar.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;

import io.lodestar.platform.security.CurrentUser;
import io.lodestar.platform.security.SystemActor;
import io.lodestar.platform.web.BusinessRuleException;
import io.lodestar.platform.web.NotFoundException;
import io.lodestar.platform.web.PageQuery;
import io.lodestar.test.Fixtures;
import io.lodestar.test.IntegrationTest;

/** The organisation's invariants as the services enforce them for every caller (forms, API, import). */
@IntegrationTest
class PeopleRulesIntegrationTests {

	@Autowired
	Fixtures fixtures;

	@Autowired
	EmployeeManagement employees;

	@Autowired
	OrgUnitManagement units;

	@Autowired
	JdbcClient jdbc;

	private <T> T as(Fixtures.Person person, Supplier<T> work) {
		return SystemActor.runAs(person.tenantId(), () -> {
			// services read the caller from their argument; the security context is only for the audit trail
			return work.get();
		});
	}

	@Test
	void aReportingLineCannotGoRoundInACircle() {
		var company = fixtures.company();
		CurrentUser hr = company.hr().principal();
		// executive → manager → employee; making the executive report to the employee closes the circle
		assertThatThrownBy(() -> as(company.hr(), () -> employees.move(hr, company.executive().employeeId(),
				new Move(company.rootUnit(), null, company.employee().employeeId(), LocalDate.now(), null))))
			.isInstanceOf(BusinessRuleException.class)
			.hasFieldOrPropertyWithValue("code", "people.employee.manager.cycle")
			.hasFieldOrPropertyWithValue("field", "managerId");
		assertThatThrownBy(() -> as(company.hr(), () -> employees.move(hr, company.manager().employeeId(),
				new Move(company.salesUnit(), null, company.manager().employeeId(), LocalDate.now(), null))))
			.hasFieldOrPropertyWithValue("code", "people.employee.manager.self");
		assertThat(employees.get(hr, company.executive().employeeId()).manager()).isNull();
	}

	@Test
	void anOrgUnitCannotMoveBelowItself() {
		var company = fixtures.company();
		CurrentUser hr = company.hr().principal();
		var sales = units.get(hr, company.salesUnit());
		assertThatThrownBy(() -> as(company.hr(), () -> units.update(hr, company.salesUnit(),
				new OrgUnitRequest(company.teamUnit(), sales.code(), sales.name(), sales.kind(), null, 1), null)))
			.hasFieldOrPropertyWithValue("code", "people.org-unit.cycle");
		assertThat(units.get(hr, company.salesUnit()).parentId()).isEqualTo(company.rootUnit());
	}

	@Test
	void employeeNumbersAreUniqueWithinACompanyButNotAcrossCompanies() {
		var first = fixtures.company();
		var second = fixtures.company();
		NewEmployee duplicate = new NewEmployee("E-1", "Someone", null, null, null, first.teamUnit(), null, null);
		assertThatThrownBy(() -> as(first.hr(), () -> employees.hire(first.hr().principal(), duplicate)))
			.hasFieldOrPropertyWithValue("code", "people.employee.employee-no.taken");
		// the same number is free in another company
		var hired = as(second.hr(), () -> employees.hire(second.hr().principal(),
				new NewEmployee("E-99", "Other", null, null, null, second.teamUnit(), null, null)));
		assertThat(hired.employeeNo()).isEqualTo("E-99");
	}

	@Test
	void movesKeepTheHistoryWithEffectiveDates() {
		var company = fixtures.company();
		CurrentUser hr = company.hr().principal();
		LocalDate effective = LocalDate.now().minusDays(3);
		as(company.hr(), () -> employees.move(hr, company.employee().employeeId(),
				new Move(company.salesUnit(), null, company.manager().employeeId(), effective, "promotion")));
		var history = employees.history(hr, company.employee().employeeId());
		assertThat(history).hasSize(2);
		assertThat(history.get(0).from()).isEqualTo(effective);
		assertThat(history.get(0).to()).isNull();
		assertThat(history.get(0).orgUnit().id()).isEqualTo(company.salesUnit());
		assertThat(history.get(0).reason()).isEqualTo("promotion");
		assertThat(history.get(1).to()).isEqualTo(effective);
		assertThat(history.get(1).orgUnit().id()).isEqualTo(company.teamUnit());
		assertThatThrownBy(() -> as(company.hr(), () -> employees.move(hr, company.employee().employeeId(),
				new Move(company.teamUnit(), null, null, LocalDate.now().plusDays(5), null))))
			.hasFieldOrPropertyWithValue("code", "people.move.effective-on.future");
	}

	@Test
	void leavingKeepsTheRecordAndClosesThePlacement() {
		var company = fixtures.company();
		CurrentUser hr = company.hr().principal();
		LocalDate lastDay = LocalDate.now().minusDays(1);
		var left = as(company.hr(), () -> employees.leave(hr, company.colleague().employeeId(), new Departure(lastDay, "resigned")));
		assertThat(left.status()).isEqualTo(EmployeeStatus.LEFT);
		assertThat(left.leftOn()).isEqualTo(lastDay);
		assertThat(employees.history(hr, company.colleague().employeeId()).get(0).to()).isEqualTo(lastDay.plusDays(1));
		assertThat(employees.search(hr, DirectoryQuery.active(), PageQuery.of(0, 50, null)).items())
			.extracting(EmployeeView::id).doesNotContain(company.colleague().employeeId());
		assertThat(employees.search(hr, new DirectoryQuery(null, null, null, EmployeeStatus.LEFT, false),
				PageQuery.of(0, 50, null)).items()).extracting(EmployeeView::id).contains(company.colleague().employeeId());
		assertThatThrownBy(() -> as(company.hr(), () -> employees.move(hr, company.employee().employeeId(),
				new Move(company.teamUnit(), null, company.colleague().employeeId(), LocalDate.now(), null))))
			.hasFieldOrPropertyWithValue("code", "people.employee.manager.left");
	}

	@Test
	void restrictedFieldsAreVisibleToSelfManagerChainAndHrOnly() {
		var company = fixtures.company();
		java.util.UUID target = company.employee().employeeId();
		assertThat(employees.get(company.employee().principal(), target).phone()).isNotNull();
		assertThat(employees.get(company.manager().principal(), target).phone()).isNotNull();
		assertThat(employees.get(company.executive().principal(), target).phone()).isNotNull();
		assertThat(employees.get(company.hr().principal(), target).phone()).isNotNull();
		var seenByColleague = employees.get(company.colleague().principal(), target);
		assertThat(seenByColleague.restricted()).isTrue();
		assertThat(seenByColleague.phone()).isNull();
		assertThat(seenByColleague.hireDate()).isNull();
		assertThat(seenByColleague.name()).isEqualTo("Emma Employee");
		assertThatThrownBy(() -> employees.history(company.colleague().principal(), target))
			.isInstanceOf(AccessDeniedException.class);
		// sorting by a restricted field would leak it through the order of rows
		assertThatThrownBy(() -> employees.search(company.colleague().principal(), DirectoryQuery.active(),
				PageQuery.of(0, 20, "hireDate,asc"))).isInstanceOf(io.lodestar.platform.web.InvalidSortException.class);
		assertThat(employees.search(company.colleague().principal(), DirectoryQuery.active(), PageQuery.of(0, 20, null))
			.items()).filteredOn(view -> !view.id().equals(company.colleague().employeeId()))
			.allSatisfy(view -> assertThat(view.phone()).isNull());
	}

	@Test
	void onlyHrAndSystemAdministratorsChangeTheOrganisation() {
		var company = fixtures.company();
		assertThatThrownBy(() -> as(company.manager(), () -> employees.hire(company.manager().principal(),
				new NewEmployee("X-1", "X", null, null, null, company.teamUnit(), null, null))))
			.isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> as(company.executive(), () -> units.create(company.executive().principal(),
				new OrgUnitRequest(company.rootUnit(), "NEW", "New", OrgUnitKind.TEAM, null, 0))))
			.isInstanceOf(AccessDeniedException.class);
	}

	@Test
	void anotherCompanysObjectsDoNotExistForTheCaller() {
		var mine = fixtures.company();
		var theirs = fixtures.company();
		CurrentUser hr = mine.hr().principal();
		assertThatThrownBy(() -> employees.get(hr, theirs.employee().employeeId())).isInstanceOf(NotFoundException.class);
		assertThatThrownBy(() -> units.get(hr, theirs.salesUnit())).isInstanceOf(NotFoundException.class);
		assertThatThrownBy(() -> as(mine.hr(), () -> employees.leave(hr, theirs.employee().employeeId(),
				new Departure(LocalDate.now(), null)))).isInstanceOf(NotFoundException.class);
		// referencing their unit or manager from my company is refused as unknown, and the database agrees
		assertThatThrownBy(() -> as(mine.hr(), () -> employees.hire(hr,
				new NewEmployee("Z-1", "Z", null, null, null, theirs.teamUnit(), null, null))))
			.hasFieldOrPropertyWithValue("code", "people.org-unit.unknown");
		assertThatThrownBy(() -> as(mine.hr(), () -> employees.move(hr, mine.employee().employeeId(),
				new Move(mine.teamUnit(), null, theirs.manager().employeeId(), LocalDate.now(), null))))
			.hasFieldOrPropertyWithValue("code", "people.employee.manager.unknown");
		assertThat(employees.search(hr, new DirectoryQuery(null, null, null, null, true), PageQuery.of(0, 200, null))
			.items()).allSatisfy(view -> assertThat(view.employeeNo()).isNotEqualTo("HR-X"))
			.extracting(EmployeeView::id)
			.doesNotContain(theirs.employee().employeeId(), theirs.hr().employeeId());
		assertThat(theirsRows(mine.id(), theirs.employee().employeeId())).isZero();
	}

	@Test
	void filteringByAnotherCompanysUnitFindsNobody() {
		var mine = fixtures.company();
		var theirs = fixtures.company();
		var found = employees.search(mine.hr().principal(),
				new DirectoryQuery(null, theirs.salesUnit(), null, null, true), PageQuery.of(0, 20, null));
		assertThat(found.totalItems()).isZero();
		assertThat(found.items()).isEmpty();
	}

	private long theirsRows(java.util.UUID tenant, java.util.UUID employee) {
		return jdbc.sql("select count(*) from people_employee where tenant_id = :tenant and id = :id")
			.param("tenant", tenant)
			.param("id", employee)
			.query(Long.class)
			.single();
	}

	@Test
	void everyChangeIsAuditedWithBeforeAndAfter() {
		var company = fixtures.company();
		CurrentUser hr = company.hr().principal();
		var view = employees.get(hr, company.employee().employeeId());
		SystemActor.runAs(company.id(), () -> employees.correct(hr, view.id(), new EmployeeCorrection(view.employeeNo(),
				"Emma Example", view.email(), "+86 139 1111 2222", view.hireDate(), view.version())));
		var audit = jdbc.sql("""
				select before_state, after_state from platform_audit_event
				where tenant_id = :tenant and entity_type = 'employee' and entity_id = :id and action = 'UPDATE'
				""").param("tenant", company.id()).param("id", view.id().toString())
			.query((rs, n) -> new String[] { rs.getString(1), rs.getString(2) })
			.single();
		assertThat(audit[0]).contains("Emma Employee");
		assertThat(audit[1]).contains("Emma Example").doesNotContain("1111 2222");
	}

}
