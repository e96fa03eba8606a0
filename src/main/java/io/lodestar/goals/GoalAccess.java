package io.lodestar.goals;

import java.util.Set;
import java.util.UUID;

import org.springframework.stereotype.Component;

import io.lodestar.company.CompanyManagement;
import io.lodestar.people.PeopleDirectory;
import io.lodestar.platform.security.CurrentUser;
import io.lodestar.platform.security.Role;

/**
 * Who may see and change which goal.
 * <ul>
 * <li>Company and org-unit goals: everyone in the company sees them.
 * <li>Personal goals (and their actuals): the employee, their manager chain, HR admins and executives — and
 * everyone when the company makes KPI actuals public. Private goals never become public.
 * <li>Company goals are set by executives and HR; org-unit goals by HR, executives and the head of the unit or
 * of a unit above it; personal goals by HR and the employee's manager chain (KPIs are set top-down).
 * </ul>
 * Build one {@link Scope} per request and reuse it for lists.
 */
@Component
public class GoalAccess {

	private final PeopleDirectory people;

	private final CompanyManagement companies;

	GoalAccess(PeopleDirectory people, CompanyManagement companies) {
		this.people = people;
		this.companies = companies;
	}

	public Scope scopeOf(CurrentUser user) {
		// one page asks several times (the KPI page: the KPI, its parent, its measurements, the forms)
		return io.lodestar.platform.web.RequestMemo
			.get("goal-scope:" + user.tenant() + ":" + user.userId(), () -> java.util.Optional.of(buildScope(user)))
			.orElseThrow();
	}

	private Scope buildScope(CurrentUser user) {
		UUID tenant = user.tenant();
		boolean everything = user.hasAny(Role.HR_ADMIN, Role.EXECUTIVE);
		Set<UUID> reports = user.employeeId() != null && user.has(Role.MANAGER)
				? people.reportsOf(tenant, user.employeeId()) : Set.of();
		Set<UUID> ledUnits = user.employeeId() != null ? people.unitsLedBy(tenant, user.employeeId()) : Set.of();
		boolean publicActuals = companies.settings(tenant).kpiActualsPublic();
		return new Scope(user, everything, publicActuals, reports, ledUnits);
	}

	/** What one user may see and change; cheap to ask once built. */
	public static final class Scope {

		private final CurrentUser user;

		private final boolean everything;

		private final boolean publicActuals;

		private final Set<UUID> reports;

		private final Set<UUID> ledUnits;

		Scope(CurrentUser user, boolean everything, boolean publicActuals, Set<UUID> reports, Set<UUID> ledUnits) {
			this.user = user;
			this.everything = everything;
			this.publicActuals = publicActuals;
			this.reports = reports;
			this.ledUnits = ledUnits;
		}

		public CurrentUser user() {
			return user;
		}

		/** HR and executives: every goal of the company. */
		public boolean seesEverything() {
			return everything;
		}

		/** Employees whose personal goals this user sees as a manager. */
		public Set<UUID> reports() {
			return reports;
		}

		/** Org units (with everything below them) whose goals this user sets as their head. */
		public Set<UUID> ledUnits() {
			return ledUnits;
		}

		/** Whether the user sets goals for some org unit (HR, executives, unit heads). */
		public boolean setsUnitGoals() {
			return user.hasAny(Role.HR_ADMIN, Role.EXECUTIVE) || !ledUnits.isEmpty();
		}

		/** Whether the user sets personal goals for somebody (HR, managers). */
		public boolean setsPersonalGoals() {
			return user.has(Role.HR_ADMIN) || !reports.isEmpty();
		}

		public boolean canRead(OwnerType ownerType, UUID ownerId, GoalVisibility visibility) {
			return canRead(GoalKind.KPI, ownerType, ownerId, visibility);
		}

		/**
		 * As {@link #canRead(OwnerType, UUID, GoalVisibility)}, knowing the kind: public objectives and key
		 * results are open to the whole company, and a private goal only to its owner, their manager chain, the
		 * heads of its unit and HR (not to executives outside that chain).
		 */
		public boolean canRead(GoalKind kind, OwnerType ownerType, UUID ownerId, GoalVisibility visibility) {
			boolean ownChain = ownerType == OwnerType.EMPLOYEE
					&& (user.isEmployee(ownerId) || reports.contains(ownerId));
			if (visibility == GoalVisibility.PRIVATE) {
				return user.has(Role.HR_ADMIN) || ownChain
						|| (ownerType == OwnerType.ORG_UNIT && ledUnits.contains(ownerId));
			}
			if (everything || isOkr(kind)) {
				return true;
			}
			return switch (ownerType) {
				case COMPANY, ORG_UNIT -> true;
				case EMPLOYEE -> ownChain || publicActuals;
			};
		}

		/**
		 * As {@link #canManage(OwnerType, UUID)}, knowing the kind: objectives and key results are drafted
		 * bottom-up, so an employee also manages their own.
		 */
		public boolean canManage(GoalKind kind, OwnerType ownerType, UUID ownerId) {
			return canManage(ownerType, ownerId)
					|| (isOkr(kind) && ownerType == OwnerType.EMPLOYEE && user.isEmployee(ownerId));
		}

		private static boolean isOkr(GoalKind kind) {
			return kind == GoalKind.OBJECTIVE || kind == GoalKind.KEY_RESULT;
		}

		/** Whether the user sets goals for this owner (creates, edits, links, sets targets). */
		public boolean canManage(OwnerType ownerType, UUID ownerId) {
			if (user.has(Role.HR_ADMIN)) {
				return true;
			}
			return switch (ownerType) {
				case COMPANY -> user.has(Role.EXECUTIVE);
				case ORG_UNIT -> user.has(Role.EXECUTIVE) || ledUnits.contains(ownerId);
				case EMPLOYEE -> reports.contains(ownerId);
			};
		}

		/** Whether the user may record actuals: who sets the goal, or the owner for self-reported KPIs. */
		public boolean canRecord(OwnerType ownerType, UUID ownerId, boolean selfReported) {
			return canManage(ownerType, ownerId)
					|| (selfReported && ownerType == OwnerType.EMPLOYEE && user.isEmployee(ownerId));
		}

	}

}
