package io.lodestar.recognition;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.lodestar.goals.PeriodCalendar;
import io.lodestar.people.EmployeeSummary;
import io.lodestar.people.PeopleDirectory;
import io.lodestar.platform.audit.AuditTrail;
import io.lodestar.platform.audit.Masking;
import io.lodestar.platform.security.CurrentUser;
import io.lodestar.platform.web.BusinessRuleException;
import io.lodestar.platform.web.NotFoundException;

/**
 * Managers' award budgets, one amount per manager and fiscal year (no quarters: one number is easier to plan
 * and to explain). A manager's bonus is charged with a conditional update, {@code used + amount <= allocated},
 * so two awards at once cannot both pass; HR's own awards are not charged to any budget. HR and pay viewers see
 * every budget; a manager sees their own (the total, not who got what).
 */
@Service
@Transactional
public class AwardBudgets {

	private final JdbcClient jdbc;

	private final PeopleDirectory people;

	private final PeriodCalendar calendar;

	private final AuditTrail audit;

	AwardBudgets(JdbcClient jdbc, PeopleDirectory people, PeriodCalendar calendar, AuditTrail audit) {
		this.jdbc = jdbc;
		this.people = people;
		this.calendar = calendar;
		this.audit = audit;
	}

	@Transactional(readOnly = true)
	public int currentYear(CurrentUser user) {
		return calendar.fiscalYearOf(user.tenant(), calendar.today(user.tenant()));
	}

	/** The budgets of a year the caller may see: all for HR and pay viewers, their own for a manager. */
	@Transactional(readOnly = true)
	public List<Budget> list(CurrentUser user, int fiscalYear) {
		boolean all = user.canSeePay();
		if (!all && user.employeeId() == null) {
			return List.of();
		}
		List<Budget> budgets = jdbc.sql("select * from recognition_budget where tenant_id = :t and fiscal_year = :y"
				+ (all ? "" : " and manager_employee_id = :me"))
			.param("t", user.tenant())
			.param("y", fiscalYear)
			.param("me", all ? new UUID(0, 0) : user.employeeId())
			.query((rs, row) -> new Budget(rs.getObject("id", UUID.class), rs.getObject("manager_employee_id", UUID.class),
					null, rs.getInt("fiscal_year"), rs.getBigDecimal("allocated"), rs.getBigDecimal("used"),
					Money.CURRENCY))
			.list();
		Map<UUID, String> names = people.employeeNames(user.tenant(), budgets.stream().map(Budget::managerId).toList());
		return budgets.stream()
			.map(b -> new Budget(b.id(), b.managerId(), names.get(b.managerId()), b.fiscalYear(), b.allocated(), b.used(),
					b.currency()))
			.sorted(java.util.Comparator.comparing(Budget::managerName, java.util.Comparator.nullsLast(String::compareTo)))
			.toList();
	}

	/** Sets a manager's budget for a year (HR only); it cannot go below what the manager has already given. */
	public Budget set(CurrentUser user, UUID managerId, int fiscalYear, BigDecimal allocated) {
		AwardTypes.requireHr(user);
		UUID tenant = user.tenant();
		if (managerId == null) {
			throw BusinessRuleException.invalid("recognition.budget.manager-required", "managerId");
		}
		EmployeeSummary manager = people.employee(tenant, managerId)
			.orElseThrow(() -> new NotFoundException("employee", managerId));
		if (!manager.isActive() || !people.hasActiveReports(tenant, managerId)) {
			throw BusinessRuleException.invalid("recognition.budget.not-a-manager", "managerId", manager.name());
		}
		int current = currentYear(user);
		if (fiscalYear < current - 1 || fiscalYear > current + 1) {
			throw BusinessRuleException.invalid("recognition.budget.year", "fiscalYear", current - 1, current + 1);
		}
		BigDecimal amount = Money.check(allocated, "allocated");
		Optional<Budget> before = find(tenant, managerId, fiscalYear);
		Timestamp now = Timestamp.from(Instant.now());
		if (before.isEmpty()) {
			jdbc.sql("""
					insert into recognition_budget (id, tenant_id, manager_employee_id, fiscal_year, allocated, used,
					    updated_at) values (:id, :t, :m, :y, :a, 0, :at)""")
				.param("id", UUID.randomUUID())
				.param("t", tenant)
				.param("m", managerId)
				.param("y", fiscalYear)
				.param("a", amount)
				.param("at", now)
				.update();
		}
		else {
			// conditional, like charging: a bonus given meanwhile cannot end up above the new amount
			int changed = jdbc.sql("""
					update recognition_budget set allocated = :a, updated_at = :at
					where tenant_id = :t and id = :id and used <= :a""")
				.param("a", amount)
				.param("at", now)
				.param("t", tenant)
				.param("id", before.get().id())
				.update();
			if (changed == 0) {
				throw BusinessRuleException.conflict("recognition.budget.below-used", "allocated",
						find(tenant, managerId, fiscalYear).orElseThrow().used().toPlainString());
			}
		}
		Budget after = find(tenant, managerId, fiscalYear).orElseThrow();
		audit.record(before.isEmpty() ? "CREATE" : "UPDATE", "recognition_budget", after.id(),
				before.map(b -> Map.of("manager", managerId.toString(), "year", fiscalYear, "allocated",
						Masking.mask(b.allocated()))).orElse(null),
				Map.of("manager", managerId.toString(), "year", fiscalYear, "allocated", Masking.mask(amount)));
		return new Budget(after.id(), managerId, manager.name(), fiscalYear, after.allocated(), after.used(),
				after.currency());
	}

	/**
	 * Charges a bonus to the manager's budget of the current year, in the caller's transaction.
	 *
	 * @return the budget charged
	 */
	UUID charge(CurrentUser manager, BigDecimal amount) {
		UUID tenant = manager.tenant();
		int year = currentYear(manager);
		Budget budget = find(tenant, manager.employeeId(), year)
			.orElseThrow(() -> BusinessRuleException.conflict("recognition.budget.none", "bonusAmount", year));
		// the row is locked by the update until commit; a second award waits and then sees the new "used"
		int charged = jdbc.sql("""
				update recognition_budget set used = used + :amount, updated_at = :at
				where tenant_id = :t and id = :id and used + :amount <= allocated""")
			.param("amount", amount)
			.param("at", Timestamp.from(Instant.now()))
			.param("t", tenant)
			.param("id", budget.id())
			.update();
		if (charged == 0) {
			Budget now = find(tenant, manager.employeeId(), year).orElseThrow();
			throw BusinessRuleException.conflict("recognition.budget.exceeded", "bonusAmount",
					now.remaining().toPlainString(), Money.CURRENCY);
		}
		return budget.id();
	}

	/** Gives a revoked bonus back to the budget it was charged to. */
	void refund(UUID tenant, UUID budgetId, BigDecimal amount) {
		jdbc.sql("update recognition_budget set used = used - :amount, updated_at = :at where tenant_id = :t and id = :id")
			.param("amount", amount)
			.param("at", Timestamp.from(Instant.now()))
			.param("t", tenant)
			.param("id", budgetId)
			.update();
	}

	private Optional<Budget> find(UUID tenant, UUID managerId, int year) {
		return jdbc.sql("select * from recognition_budget where tenant_id = :t and manager_employee_id = :m "
				+ "and fiscal_year = :y")
			.param("t", tenant)
			.param("m", managerId)
			.param("y", year)
			.query((rs, row) -> new Budget(rs.getObject("id", UUID.class), managerId, null, year,
					rs.getBigDecimal("allocated"), rs.getBigDecimal("used"), Money.CURRENCY))
			.optional();
	}

}
