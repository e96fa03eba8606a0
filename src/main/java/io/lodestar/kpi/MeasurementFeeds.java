package io.lodestar.kpi;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.lodestar.goals.GoalDirectory;
import io.lodestar.goals.GoalKind;
import io.lodestar.goals.GoalRef;
import io.lodestar.goals.GoalStatus;
import io.lodestar.goals.OwnerType;

/**
 * What automated sources (the SQL pull connector) need to feed KPIs idempotently: the personal KPIs created
 * from a library definition, and the measurements a source recorded earlier under its own idempotency keys.
 * No per-user rules: callers run as the company's system actor and record through {@link Measurements}.
 */
@Service
@Transactional(readOnly = true)
public class MeasurementFeeds {

	private final JdbcClient jdbc;

	private final GoalDirectory goals;

	MeasurementFeeds(JdbcClient jdbc, GoalDirectory goals) {
		this.jdbc = jdbc;
		this.goals = goals;
	}

	/** A personal KPI and whose it is. */
	public record PersonalKpi(UUID kpiId, UUID employeeId) {
	}

	/** A measurement recorded under an idempotency key, and whether a later correction replaced it. */
	public record KeyedMeasurement(UUID id, UUID kpiId, LocalDate measuredOn, BigDecimal value, String key,
			Instant recordedAt, boolean superseded) {
	}

	/** The KPIs, not archived, that were created from the definition for employees, in the period. */
	public List<PersonalKpi> fromDefinition(UUID tenant, UUID definitionId, UUID periodId) {
		List<UUID> ids = jdbc.sql("select goal_id from kpi where tenant_id = :tenant and definition_id = :definition")
			.param("tenant", tenant)
			.param("definition", definitionId)
			.query(UUID.class)
			.list();
		Map<UUID, GoalRef> refs = goals.refs(tenant, ids);
		List<PersonalKpi> kpis = new ArrayList<>();
		for (GoalRef ref : refs.values()) {
			if (ref.kind() == GoalKind.KPI && ref.ownerType() == OwnerType.EMPLOYEE && periodId.equals(ref.periodId())
					&& ref.status() != GoalStatus.ARCHIVED) {
				kpis.add(new PersonalKpi(ref.id(), ref.ownerId()));
			}
		}
		return kpis;
	}

	/** Measurements of the KPIs whose idempotency key starts with the prefix (a source's own keys). */
	public List<KeyedMeasurement> keyed(UUID tenant, String keyPrefix, Collection<UUID> kpiIds) {
		List<KeyedMeasurement> found = new ArrayList<>();
		List<UUID> all = List.copyOf(kpiIds);
		String pattern = keyPrefix.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
		for (int from = 0; from < all.size(); from += 1000) {
			found.addAll(jdbc.sql("""
					select m.id, m.kpi_id, m.measured_on, m.measured_value, m.idempotency_key, m.recorded_at,
					       (select count(*) from kpi_measurement c where c.tenant_id = m.tenant_id and c.corrects_id = m.id) corrections
					from kpi_measurement m
					where m.tenant_id = :tenant and m.kpi_id in (:kpis) and m.idempotency_key like :pattern escape '\\'
					""")
				.param("tenant", tenant)
				.param("kpis", all.subList(from, Math.min(all.size(), from + 1000)))
				.param("pattern", pattern)
				.query((rs, n) -> new KeyedMeasurement(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class),
						rs.getDate(3).toLocalDate(), rs.getBigDecimal(4), rs.getString(5), rs.getTimestamp(6).toInstant(),
						rs.getLong(7) > 0))
				.list());
		}
		return found;
	}

	/**
	 * The measurement that counts now in place of the given one: itself, or the end of the chain of
	 * corrections that replaced it (e.g. someone corrected a connector's value by hand).
	 */
	public Optional<KeyedMeasurement> effective(UUID tenant, UUID measurementId) {
		UUID current = measurementId;
		for (int hops = 0; hops < 100; hops++) {
			Optional<UUID> next = jdbc.sql("select id from kpi_measurement where tenant_id = :tenant and corrects_id = :id "
					+ "order by recorded_at desc")
				.param("tenant", tenant)
				.param("id", current)
				.query(UUID.class)
				.list()
				.stream()
				.findFirst();
			if (next.isEmpty()) {
				return jdbc.sql("select id, kpi_id, measured_on, measured_value, idempotency_key, recorded_at "
						+ "from kpi_measurement where tenant_id = :tenant and id = :id")
					.param("tenant", tenant)
					.param("id", current)
					.query((rs, n) -> new KeyedMeasurement(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class),
							rs.getDate(3).toLocalDate(), rs.getBigDecimal(4), rs.getString(5),
							rs.getTimestamp(6).toInstant(), false))
					.optional();
			}
			current = next.get();
		}
		return Optional.empty();
	}

}
