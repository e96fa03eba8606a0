package io.lodestar.goals;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.springframework.stereotype.Component;

import io.lodestar.company.CompanyManagement;
import io.lodestar.people.PeopleDirectory;

/** Turns goal rows into views: owner names and periods looked up once per batch, not once per goal. */
@Component
class GoalViews {

	private final PeopleDirectory people;

	private final CompanyManagement companies;

	private final PeriodCalendar calendar;

	GoalViews(PeopleDirectory people, CompanyManagement companies, PeriodCalendar calendar) {
		this.people = people;
		this.companies = companies;
		this.calendar = calendar;
	}

	List<GoalView> of(UUID tenant, List<GoalQueries.Row> rows, GoalAccess.Scope scope) {
		Set<UUID> employees = new HashSet<>();
		Set<UUID> units = new HashSet<>();
		Set<UUID> periodIds = new HashSet<>();
		for (GoalQueries.Row row : rows) {
			if (row.ownerType() == OwnerType.EMPLOYEE) {
				employees.add(row.ownerId());
			}
			else if (row.ownerType() == OwnerType.ORG_UNIT) {
				units.add(row.ownerId());
			}
			periodIds.add(row.periodId());
		}
		Map<UUID, String> names = new HashMap<>(people.employeeNames(tenant, employees));
		names.putAll(people.unitNames(tenant, units));
		String company = companies.nameOf(tenant);
		Map<UUID, Period> periods = new HashMap<>();
		periodIds.forEach(id -> periods.put(id, calendar.get(tenant, id)));
		List<GoalView> views = new ArrayList<>();
		for (GoalQueries.Row row : rows) {
			views.add(new GoalView(row.id(), row.kind(), row.title(), row.description(), row.ownerType(), row.ownerId(),
					row.ownerType() == OwnerType.COMPANY ? company : names.get(row.ownerId()), periods.get(row.periodId()),
					row.parentId(), row.weight(), row.driver(), row.progress(), row.progressAt(), row.status(),
					row.visibility(), row.version(), scope.canManage(row.kind(), row.ownerType(), row.ownerId())));
		}
		return views;
	}

	GoalView of(UUID tenant, GoalQueries.Row row, GoalAccess.Scope scope) {
		return of(tenant, List.of(row), scope).get(0);
	}

}
