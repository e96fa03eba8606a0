package io.lodestar.reporting;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import io.lodestar.scoring.Scoring;

/**
 * Reporting's read model of people's weighted KPI scores (table {@code reporting_person_score}, V16): per
 * person and dashboard period, the sums {@link Scoring#weighted} is made of, over exactly the KPIs a dashboard
 * of that period counts for them (non-archived, period enclosing or inside it, the result in the selected
 * period for enclosing ones). A company of 10,000 people has 50,000 KPIs; with this, its distribution reads
 * 10,000 narrow rows and the unit dashboard one row per person instead of each KPI with its result.
 * <p>
 * The scores of the owners of changed KPIs are replaced in the transaction that changed them
 * ({@link ScoresFollowKpis}), so dashboards show what they showed when computing from the KPIs directly.
 * Whether a person is active, and who may see them, is still decided when reading.
 */
@Component
public class PersonScores {

	/** Ids per IN list: well below every database's parameter limit. */
	private static final int CHUNK = 1000;

	/**
	 * The scores of some people in the periods their KPIs count in: a KPI of period G counts in the periods P of
	 * its fiscal year that contain G or lie inside it, with its result in P when G contains P (a yearly KPI in a
	 * quarter), else its own result (a monthly KPI in the year) — as {@link DashboardPeriod} says. Weight and
	 * result are looked up per KPI and period (correlated sub-selects, always by key): as joins, PostgreSQL's
	 * default costs chose to hash all 50,000 KPIs and 200,000 results for the 2,000 KPIs of a batch of actuals.
	 * {@code offset 0} keeps PostgreSQL from copying each sub-select into every sum that uses its value.
	 */
	static final String REFRESH = """
			insert into reporting_person_score (tenant_id, employee_id, period_id, kpis, weight_sum, scored_weight,
			    weighted_sum)
			select s.tenant_id, s.owner_id, s.period_id, count(*), sum(s.weight),
			       coalesce(sum(case when s.completion is not null then s.weight end), 0),
			       coalesce(sum(s.weight * s.completion), 0)
			from (
			    select g.tenant_id, g.owner_id, p.id period_id,
			           (select k.weight from kpi k where k.tenant_id = g.tenant_id and k.goal_id = g.id) weight,
			           (select r.completion from kpi_result r where r.tenant_id = g.tenant_id and r.kpi_id = g.id
			              and r.period_id = case when gp.starts_on <= p.starts_on and gp.ends_on >= p.ends_on then p.id
			                                     else g.period_id end) completion
			    from goal g
			    join goal_period gp on gp.tenant_id = g.tenant_id and gp.id = g.period_id
			    join goal_period p on p.tenant_id = g.tenant_id and p.fiscal_year = gp.fiscal_year
			     and ((gp.starts_on <= p.starts_on and gp.ends_on >= p.ends_on)
			       or (p.starts_on <= gp.starts_on and p.ends_on >= gp.ends_on))
			    where g.tenant_id = :tenant and g.kind = 'KPI' and g.status <> 'ARCHIVED' and g.owner_type = 'EMPLOYEE'
			      and g.owner_id in (:people) %s
			    offset 0
			) s
			where s.weight is not null
			group by s.tenant_id, s.owner_id, s.period_id
			""";

	private final JdbcClient jdbc;

	private final ScoreVersions versions;

	PersonScores(JdbcClient jdbc, ScoreVersions versions) {
		this.jdbc = jdbc;
		this.versions = versions;
	}

	/** One person's sums in one period; {@link #score()} is what the dashboards show. */
	record Sums(UUID employeeId, int kpis, BigDecimal weightSum, BigDecimal scoredWeight, BigDecimal weightedSum) {

		Scoring.WeightedScore score() {
			return Scoring.weighted(weightedSum, scoredWeight, weightSum);
		}

	}

	/**
	 * Recounts every person of the company who owns a KPI: for data written around the application (a bulk
	 * load straight into the tables). The application's own changes keep the scores current by themselves.
	 */
	@Transactional
	public void rebuild(UUID tenant) {
		refresh(tenant, jdbc.sql("select distinct owner_id from goal where tenant_id = :tenant and kind = 'KPI' "
				+ "and owner_type = 'EMPLOYEE' and owner_id is not null")
			.param("tenant", tenant)
			.query(UUID.class)
			.list(), null);
	}

	/**
	 * Replaces the scores of the people owning any of the goals (others' goals are ignored) in the periods, or in
	 * every period when {@code periods} is null.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	void refreshOwnersOf(UUID tenant, Collection<UUID> goalIds, Collection<UUID> periods) {
		List<UUID> people = new ArrayList<>();
		for (List<UUID> chunk : chunks(goalIds)) {
			people.addAll(jdbc.sql("select distinct owner_id from goal where tenant_id = :tenant and id in (:goals) "
					+ "and kind = 'KPI' and owner_type = 'EMPLOYEE' and owner_id is not null")
				.param("tenant", tenant)
				.param("goals", chunk)
				.query(UUID.class)
				.list());
		}
		refresh(tenant, people, periods);
	}

	/**
	 * Replaces the people's scores in the periods (null: every period). Each person's row in
	 * {@code reporting_scored_person} is locked first, in the databases' UUID order (that of their text) so that
	 * two transactions never wait for each other in a circle: a second transaction changing another KPI of the
	 * same person waits, and then computes from what the first one committed, instead of overwriting its scores
	 * with older ones.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	void refresh(UUID tenant, Collection<UUID> people, Collection<UUID> periods) {
		if (periods != null && periods.isEmpty()) {
			return;
		}
		versions.raiseAfterCommit(tenant);
		String inPeriods = periods == null ? "" : " and period_id in (:periods)";
		List<UUID> ordered = people.stream().distinct().sorted(Comparator.comparing(UUID::toString)).toList();
		for (List<UUID> chunk : chunks(ordered)) {
			jdbc.sql("""
					insert into reporting_scored_person (tenant_id, employee_id)
					select distinct g.tenant_id, g.owner_id from goal g
					where g.tenant_id = :tenant and g.owner_type = 'EMPLOYEE' and g.owner_id in (:people)
					on conflict do nothing
					""").param("tenant", tenant).param("people", chunk).update();
			jdbc.sql("select employee_id from reporting_scored_person where tenant_id = :tenant "
					+ "and employee_id in (:people) order by employee_id for update")
				.param("tenant", tenant)
				.param("people", chunk)
				.query(UUID.class)
				.list();
			Map<String, Object> parameters = new HashMap<>();
			parameters.put("tenant", tenant);
			parameters.put("people", chunk);
			if (periods != null) {
				parameters.put("periods", List.copyOf(periods));
			}
			jdbc.sql("delete from reporting_person_score where tenant_id = :tenant and employee_id in (:people)"
					+ inPeriods).params(parameters).update();
			jdbc.sql(REFRESH.formatted(periods == null ? "" : " and p.id in (:periods)")).params(parameters).update();
		}
	}

	/**
	 * People's weighted KPI scores in a period, as fractions (1 = 100 %), as their dashboards show them; people
	 * without a KPI that has data in the period are absent (their score is missing, not zero). Appraisal reads
	 * its KPI component here.
	 */
	@Transactional(readOnly = true)
	public Map<UUID, BigDecimal> weightedScores(UUID tenant, UUID period, Collection<UUID> people) {
		Map<UUID, BigDecimal> scores = new HashMap<>();
		for (List<UUID> chunk : chunks(people)) {
			jdbc.sql("""
					select employee_id, kpis, weight_sum, scored_weight, weighted_sum from reporting_person_score
					where tenant_id = :tenant and period_id = :period and employee_id in (:people)
					""")
				.param("tenant", tenant)
				.param("period", period)
				.param("people", chunk)
				.query((rs, n) -> new Sums(rs.getObject(1, UUID.class), rs.getInt(2), rs.getBigDecimal(3),
						rs.getBigDecimal(4), rs.getBigDecimal(5)))
				.list()
				.forEach(sums -> {
					BigDecimal score = sums.score().score();
					if (score != null) {
						scores.put(sums.employeeId(), score);
					}
				});
		}
		return scores;
	}

	/** The sums of the active people of the units in the period, by person (people without KPIs are absent). */
	Map<UUID, Sums> ofActiveIn(UUID tenant, UUID period, List<UUID> units) {
		Map<UUID, Sums> sums = new HashMap<>();
		if (units.isEmpty()) {
			return sums;
		}
		jdbc.sql("""
				select s.employee_id, s.kpis, s.weight_sum, s.scored_weight, s.weighted_sum
				from reporting_person_score s
				where s.tenant_id = :tenant and s.period_id = :period and s.employee_id in (
				    select e.id from people_employee e
				    where e.tenant_id = :tenant and e.status = 'ACTIVE' and e.org_unit_id in (:units))
				""")
			.param("tenant", tenant)
			.param("period", period)
			.param("units", units)
			.query((rs, n) -> new Sums(rs.getObject(1, UUID.class), rs.getInt(2), rs.getBigDecimal(3),
					rs.getBigDecimal(4), rs.getBigDecimal(5)))
			.list()
			.forEach(row -> sums.put(row.employeeId(), row));
		return sums;
	}

	/**
	 * The distribution of every active person's score in the period, counted by the database: a score is at
	 * least a bucket's lower bound b exactly when Σ weight × completion ≥ (b − 0.00005) × Σ weight of the KPIs
	 * with data, since the library rounds half up to 4 decimals (the sums have at most 8 and 4 decimals, so no
	 * exact mean lies closer to that limit than the library's 34-digit division could blur). No person rows
	 * leave the database.
	 */
	Distribution distributionOfEveryone(UUID tenant, UUID period) {
		List<BigDecimal> bounds = Distribution.lowerBounds();
		StringBuilder sql = new StringBuilder("""
				select count(case when s.scored_weight > 0 then 1 end),
				       count(case when s.scored_weight = 0 then 1 end)""");
		Map<String, Object> parameters = new HashMap<>();
		for (int i = 0; i < bounds.size(); i++) {
			sql.append(",\n count(case when s.scored_weight > 0 and s.weighted_sum >= cast(:from")
				.append(i)
				.append(" as numeric(20, 6)) * s.scored_weight then 1 end)");
			parameters.put("from" + i, Scoring.roundsUpFrom(bounds.get(i)));
		}
		sql.append("""

				from reporting_person_score s
				where s.tenant_id = :tenant and s.period_id = :period and s.employee_id in (
				    select e.id from people_employee e where e.tenant_id = :tenant and e.status = 'ACTIVE')
				""");
		parameters.put("tenant", tenant);
		parameters.put("period", period);
		return jdbc.sql(sql.toString()).params(parameters).query((rs, n) -> {
			List<Integer> atLeast = new ArrayList<>();
			for (int i = 0; i < bounds.size(); i++) {
				atLeast.add(rs.getInt(3 + i));
			}
			return Distribution.ofCounts(rs.getInt(1), rs.getInt(2), atLeast);
		}).single();
	}

	private static List<List<UUID>> chunks(Collection<UUID> ids) {
		List<UUID> all = new ArrayList<>(ids);
		List<List<UUID>> chunks = new ArrayList<>();
		for (int from = 0; from < all.size(); from += CHUNK) {
			chunks.add(all.subList(from, Math.min(all.size(), from + CHUNK)));
		}
		return chunks;
	}

}
