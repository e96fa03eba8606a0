package io.lodestar.appraisal;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import io.lodestar.people.PeopleDirectory;
import io.lodestar.platform.security.CurrentUser;
import io.lodestar.platform.web.NotFoundException;

/** Reads appraisals with the names of the people and units in them, and writes the change log. */
@Component
class AppraisalStore {

	private final JdbcClient jdbc;

	private final PeopleDirectory people;

	AppraisalStore(JdbcClient jdbc, PeopleDirectory people) {
		this.jdbc = jdbc;
		this.people = people;
	}

	List<AppraisalView> ofCycle(UUID tenant, UUID cycleId) {
		return named(tenant, jdbc.sql("select * from appraisal where tenant_id = :tenant and cycle_id = :cycle")
			.param("tenant", tenant)
			.param("cycle", cycleId)
			.query(AppraisalStore::row)
			.list());
	}

	List<AppraisalView> ofEmployee(UUID tenant, UUID employeeId) {
		return named(tenant, jdbc.sql("select * from appraisal where tenant_id = :tenant and employee_id = :employee")
			.param("tenant", tenant)
			.param("employee", employeeId)
			.query(AppraisalStore::row)
			.list());
	}

	AppraisalView get(UUID tenant, UUID id) {
		return named(tenant, jdbc.sql("select * from appraisal where tenant_id = :tenant and id = :id")
			.param("tenant", tenant)
			.param("id", id)
			.query(AppraisalStore::row)
			.list()).stream().findFirst().orElseThrow(() -> new NotFoundException("appraisal", id));
	}

	void logChange(CurrentUser user, UUID cycleId, UUID appraisalId, String what, Object before, Object after,
			String reason) {
		jdbc.sql("""
				insert into appraisal_change (id, tenant_id, cycle_id, appraisal_id, what, before_value, after_value,
				    reason, actor_name, changed_at)
				values (:id, :tenant, :cycle, :appraisal, :what, :before, :after, :reason, :actor, :at)
				""")
			.param("id", UUID.randomUUID())
			.param("tenant", user.tenant())
			.param("cycle", cycleId)
			.param("appraisal", appraisalId)
			.param("what", what)
			.param("before", before == null ? null : before.toString())
			.param("after", after == null ? null : after.toString())
			.param("reason", reason)
			.param("actor", user.displayName())
			.param("at", Timestamp.from(Instant.now()))
			.update();
	}

	List<AppraisalChange> changes(UUID tenant, UUID cycleId) {
		List<AppraisalChange> entries = jdbc.sql("""
				select c.appraisal_id, a.employee_id, c.what, c.before_value, c.after_value, c.reason, c.actor_name,
				       c.changed_at
				from appraisal_change c left join appraisal a on a.tenant_id = c.tenant_id and a.id = c.appraisal_id
				where c.tenant_id = :tenant and c.cycle_id = :cycle order by c.changed_at desc, c.id
				""")
			.param("tenant", tenant)
			.param("cycle", cycleId)
			.query((rs, n) -> new AppraisalChange(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), null,
					rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7),
					rs.getTimestamp(8).toInstant()))
			.list();
		Map<UUID, String> names = people.employeeNames(tenant,
				entries.stream().map(AppraisalChange::employeeId).filter(java.util.Objects::nonNull).collect(
						java.util.stream.Collectors.toSet()));
		return entries.stream()
			.map(entry -> entry.employeeId() == null ? entry : entry.named(names.get(entry.employeeId())))
			.toList();
	}

	private List<AppraisalView> named(UUID tenant, List<AppraisalView> rows) {
		Set<UUID> employees = new HashSet<>();
		Set<UUID> units = new HashSet<>();
		rows.forEach(row -> {
			employees.add(row.employeeId());
			if (row.reviewerId() != null) {
				employees.add(row.reviewerId());
			}
			if (row.orgUnitId() != null) {
				units.add(row.orgUnitId());
			}
		});
		Map<UUID, String> names = people.employeeNames(tenant, employees);
		Map<UUID, String> numbers = people.employeeNumbers(tenant, employees);
		Map<UUID, String> unitNames = people.unitNames(tenant, units);
		return rows.stream()
			.map(row -> new AppraisalView(row.id(), row.cycleId(), row.employeeId(), names.get(row.employeeId()),
					numbers.get(row.employeeId()), row.orgUnitId(), unitNames.get(row.orgUnitId()), row.reviewerId(),
					row.reviewerId() == null ? null : names.get(row.reviewerId()), row.selfRating(), row.selfComment(),
					row.selfSubmittedAt(), row.managerRating(), row.managerComment(), row.potential(),
					row.managerSubmittedAt(), row.kpiScore(), row.okrScore(), row.peerScore(), row.peerCount(),
					row.finalScore(), row.missingComponents(), row.managerGrade(), row.grade(), row.payBase(),
					row.payAmount(), row.paySteps(), row.acknowledgedAt(), row.appealState(), row.appealReason(),
					row.appealDecision(), row.version()))
			.sorted(java.util.Comparator.comparing((AppraisalView view) -> String.valueOf(view.orgUnitName()))
				.thenComparing(view -> String.valueOf(view.employeeName())))
			.toList();
	}

	private static AppraisalView row(ResultSet rs, int n) throws SQLException {
		Object potential = rs.getObject("potential");
		String appeal = rs.getString("appeal_state");
		return new AppraisalView(rs.getObject("id", UUID.class), rs.getObject("cycle_id", UUID.class),
				rs.getObject("employee_id", UUID.class), null, null, rs.getObject("org_unit_id", UUID.class), null,
				rs.getObject("reviewer_id", UUID.class), null, decimal(rs, "self_rating"), rs.getString("self_comment"),
				instant(rs, "self_submitted_at"), decimal(rs, "manager_rating"), rs.getString("manager_comment"),
				potential == null ? null : ((Number) potential).intValue(), instant(rs, "manager_submitted_at"),
				decimal(rs, "kpi_score"), decimal(rs, "okr_score"), decimal(rs, "peer_score"), rs.getInt("peer_count"),
				decimal(rs, "final_score"), rs.getString("missing_components"), rs.getString("manager_grade"),
				rs.getString("grade"), rs.getBigDecimal("pay_base"), rs.getBigDecimal("pay_amount"),
				rs.getString("pay_steps"), instant(rs, "acknowledged_at"),
				appeal == null ? null : AppraisalView.AppealState.valueOf(appeal), rs.getString("appeal_reason"),
				rs.getString("appeal_decision"), rs.getLong("version"));
	}

	private static BigDecimal decimal(ResultSet rs, String column) throws SQLException {
		BigDecimal value = rs.getBigDecimal(column);
		return value == null ? null : value.stripTrailingZeros();
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		Timestamp value = rs.getTimestamp(column);
		return value == null ? null : value.toInstant();
	}

}
