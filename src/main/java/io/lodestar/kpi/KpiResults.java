package io.lodestar.kpi;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import io.lodestar.goals.GoalDirectory;
import io.lodestar.goals.GoalProgress;
import io.lodestar.goals.GoalRef;
import io.lodestar.goals.Period;
import io.lodestar.goals.PeriodCalendar;
import io.lodestar.scoring.Completion;
import io.lodestar.scoring.Scoring;

/**
 * Where a KPI's completion is computed. For every KPI that got new actuals it recomputes only the periods
 * those actuals fall in — the measurement period and each longer period up to the KPI's own — from the
 * effective measurements (corrected ones left out): the period's actual by the KPI's aggregation, the
 * target scaled for sums and counts by the number of measurement periods with data, and the completion by
 * the scoring library. The KPI's own-period completion becomes its goal's progress, which then rolls up the
 * goal graph. All KPIs of a batch are handled together: a fixed number of statements per batch.
 */
@Component
public class KpiResults {

	private final JdbcClient jdbc;

	private final JdbcTemplate batches;

	private final KpiConfigs kpis;

	private final GoalDirectory goals;

	private final GoalProgress progress;

	private final PeriodCalendar calendar;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	KpiResults(JdbcClient jdbc, JdbcTemplate batches, KpiConfigs kpis, GoalDirectory goals, GoalProgress progress,
			PeriodCalendar calendar, Clock clock, ApplicationEventPublisher events) {
		this.jdbc = jdbc;
		this.batches = batches;
		this.kpis = kpis;
		this.goals = goals;
		this.progress = progress;
		this.calendar = calendar;
		this.clock = clock;
		this.events = events;
	}

	/** An effective measurement as the computation needs it. */
	record Actual(UUID kpiId, LocalDate measuredOn, Timestamp recordedAt, BigDecimal value) {
	}

	/** Recomputes the results touched by actuals dated {@code dates} for each KPI, then the goal progress. */
	@Transactional
	public void recompute(UUID tenant, Map<UUID, Set<LocalDate>> datesByKpi) {
		if (datesByKpi.isEmpty()) {
			return;
		}
		Map<UUID, GoalRef> refs = goals.refs(tenant, datesByKpi.keySet());
		Map<UUID, KpiConfig> configs = kpis.of(tenant, datesByKpi.keySet());
		PeriodCalendar.Lookup periodLookup = calendar.lookup(tenant);
		Map<UUID, Period> goalPeriods = new HashMap<>();
		Map<UUID, Set<Period>> affected = new HashMap<>();
		for (var entry : datesByKpi.entrySet()) {
			UUID kpiId = entry.getKey();
			GoalRef goal = refs.get(kpiId);
			KpiConfig config = configs.get(kpiId);
			if (goal == null || config == null) {
				continue;
			}
			Period own = goalPeriods.computeIfAbsent(goal.periodId(), periodLookup::get);
			Set<Period> periods = affected.computeIfAbsent(kpiId, id -> new HashSet<>());
			for (LocalDate date : entry.getValue()) {
				if (own.contains(date)) {
					Period measurementPeriod = periodLookup.containing(date, config.frequency());
					periodLookup.enclosing(measurementPeriod)
						.stream()
						.filter(own::contains)
						.forEach(periods::add);
				}
			}
		}
		Map<UUID, List<Actual>> actuals = effectiveActuals(tenant, affected.keySet(), goalPeriods.values());
		List<Object[]> inserts = new ArrayList<>();
		Map<UUID, BigDecimal> ownProgress = new HashMap<>();
		Timestamp now = Timestamp.from(clock.instant());
		for (var entry : affected.entrySet()) {
			UUID kpiId = entry.getKey();
			KpiConfig config = configs.get(kpiId);
			List<Actual> all = actuals.getOrDefault(kpiId, List.of());
			Period own = goalPeriods.get(refs.get(kpiId).periodId());
			for (Period period : entry.getValue()) {
				PeriodResult result = compute(config, period, all,
						date -> periodLookup.containing(date, config.frequency()).id());
				inserts.add(new Object[] { tenant, kpiId, period.id(), result.actual(), result.target(),
						result.completion() == null ? null : result.completion().value(),
						result.completion() == null ? null : stored(result.completion().raw()), result.count(), now });
				if (period.id().equals(own.id())) {
					ownProgress.put(kpiId, result.completion() == null ? null : result.completion().value());
				}
			}
		}
		deleteResults(tenant, affected);
		batches.batchUpdate("insert into kpi_result (tenant_id, kpi_id, period_id, actual, target, completion, "
				+ "raw_completion, measurement_count, computed_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?)", inserts);
		// before the roll-up, which locks the shared parent goals (a unit's goal) until the transaction ends
		Set<UUID> periodIds = new HashSet<>();
		affected.values().forEach(periods -> periods.forEach(period -> periodIds.add(period.id())));
		if (!periodIds.isEmpty()) {
			events.publishEvent(new KpisChanged(tenant, Set.copyOf(affected.keySet()), periodIds));
		}
		progress.updateOwn(tenant, ownProgress);
	}

	/**
	 * Recomputes, for each KPI, the results touched by its actuals dated within a range ({@code [first, last]}):
	 * the queued work of large batches ({@link KpiResultQueue}).
	 */
	@Transactional
	public void recomputeBetween(UUID tenant, Map<UUID, LocalDate[]> rangeByKpi) {
		if (rangeByKpi.isEmpty()) {
			return;
		}
		LocalDate from = rangeByKpi.values().stream().map(range -> range[0]).min(LocalDate::compareTo).orElseThrow();
		LocalDate to = rangeByKpi.values().stream().map(range -> range[1]).max(LocalDate::compareTo).orElseThrow();
		Map<UUID, Set<LocalDate>> dates = new HashMap<>();
		for (List<UUID> chunk : chunks(rangeByKpi.keySet())) {
			jdbc.sql("select distinct kpi_id, measured_on from kpi_measurement where tenant_id = :tenant "
					+ "and kpi_id in (:kpis) and measured_on between :from and :to")
				.param("tenant", tenant)
				.param("kpis", chunk)
				.param("from", Date.valueOf(from))
				.param("to", Date.valueOf(to))
				.query(rs -> {
					UUID kpi = rs.getObject(1, UUID.class);
					LocalDate date = rs.getDate(2).toLocalDate();
					LocalDate[] range = rangeByKpi.get(kpi);
					if (!date.isBefore(range[0]) && !date.isAfter(range[1])) {
						dates.computeIfAbsent(kpi, id -> new HashSet<>()).add(date);
					}
				});
		}
		recompute(tenant, dates);
	}

	/**
	 * Deletes the results about to be replaced: one statement per set of periods that KPIs share (a batch of
	 * January actuals: month, quarter, half and year) and thousand KPIs, never one per result. A statement run
	 * thousands of times is planned once for all of them, and PostgreSQL planned the single-result delete while
	 * the table was still empty: a scan of the whole table, kept as the table grew, for each of 8,000 results per
	 * batch of the push API (measured: 330 rows/s; the plan only changed with the next ANALYZE).
	 */
	private void deleteResults(UUID tenant, Map<UUID, Set<Period>> affected) {
		Map<Set<UUID>, List<UUID>> kpisByPeriods = new HashMap<>();
		affected.forEach((kpiId, periods) -> {
			if (!periods.isEmpty()) {
				Set<UUID> ids = new HashSet<>();
				periods.forEach(period -> ids.add(period.id()));
				kpisByPeriods.computeIfAbsent(ids, key -> new ArrayList<>()).add(kpiId);
			}
		});
		kpisByPeriods.forEach((periods, kpiIds) -> {
			for (List<UUID> chunk : chunks(kpiIds)) {
				jdbc.sql("delete from kpi_result where tenant_id = :tenant and kpi_id in (:kpis) and period_id in (:periods)")
					.param("tenant", tenant)
					.param("kpis", chunk)
					.param("periods", List.copyOf(periods))
					.update();
			}
		});
	}

	/** A period's actual, scaled target and completion (null completion when there is no data). */
	record PeriodResult(BigDecimal actual, BigDecimal target, Completion completion, int count) {
	}

	/**
	 * @param measurementPeriodOf the measurement period (the KPI's frequency) a date falls in
	 */
	static PeriodResult compute(KpiConfig config, Period period, List<Actual> actuals,
			java.util.function.Function<LocalDate, UUID> measurementPeriodOf) {
		List<Actual> inPeriod = actuals.stream()
			.filter(actual -> period.contains(actual.measuredOn()))
			.sorted(Comparator.comparing(Actual::measuredOn).thenComparing(Actual::recordedAt))
			.toList();
		if (inPeriod.isEmpty()) {
			return new PeriodResult(null, config.target(), null, 0);
		}
		BigDecimal actual = Scoring.aggregate(config.aggregation(), inPeriod.stream().map(Actual::value).toList());
		int measurementPeriods = (int) inPeriod.stream()
			.map(Actual::measuredOn)
			.map(measurementPeriodOf)
			.distinct()
			.count();
		var rule = config.ruleFor(measurementPeriods);
		return new PeriodResult(actual, rule.target(), Scoring.score(rule, actual), inPeriod.size());
	}

	private Map<UUID, List<Actual>> effectiveActuals(UUID tenant, Collection<UUID> kpiIds, Collection<Period> periods) {
		Map<UUID, List<Actual>> byKpi = new HashMap<>();
		if (kpiIds.isEmpty()) {
			return byKpi;
		}
		LocalDate from = periods.stream().map(Period::startsOn).min(LocalDate::compareTo).orElseThrow();
		LocalDate to = periods.stream().map(Period::endsOn).max(LocalDate::compareTo).orElseThrow();
		for (List<UUID> chunk : chunks(kpiIds)) {
			jdbc.sql("""
					select m.kpi_id, m.measured_on, m.recorded_at, m.measured_value from kpi_measurement m
					where m.tenant_id = :tenant and m.kpi_id in (:kpis) and m.measured_on between :from and :to
					  and not exists (select 1 from kpi_measurement c where c.tenant_id = m.tenant_id and c.corrects_id = m.id)
					""")
				.param("tenant", tenant)
				.param("kpis", chunk)
				.param("from", Date.valueOf(from))
				.param("to", Date.valueOf(to))
				.query(rs -> {
					UUID kpi = rs.getObject(1, UUID.class);
					byKpi.computeIfAbsent(kpi, id -> new ArrayList<>())
						.add(new Actual(kpi, rs.getDate(2).toLocalDate(), rs.getTimestamp(3), rs.getBigDecimal(4)));
				});
		}
		return byKpi;
	}

	/**
	 * The raw completion as its column keeps it (4 decimals, rounded half away from zero as both databases round
	 * on assignment): sending the 34 digits of an inexact division cost the JDBC driver a sixth of a results
	 * round.
	 */
	private static BigDecimal stored(BigDecimal raw) {
		return raw.scale() > Scoring.SCALE ? raw.setScale(Scoring.SCALE, java.math.RoundingMode.HALF_UP) : raw;
	}

	static List<List<UUID>> chunks(Collection<UUID> ids) {
		List<UUID> all = new ArrayList<>(ids);
		List<List<UUID>> chunks = new ArrayList<>();
		for (int from = 0; from < all.size(); from += 1000) {
			chunks.add(all.subList(from, Math.min(all.size(), from + 1000)));
		}
		return chunks;
	}

}
