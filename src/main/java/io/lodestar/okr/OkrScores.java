package io.lodestar.okr;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * People's OKR scores over a span of time, for appraisal templates that count OKRs (off by default: OKRs are for
 * growth). A key result counts with its final score when the cycle has closed, else with its progress capped at
 * 100 %; an objective scores the mean of its key results, a person the mean of their approved personal
 * objectives in the cycles overlapping the span. Fractions, 1 = 100 %; people without such objectives are absent.
 */
@Component
public class OkrScores {

	private static final int CHUNK = 1000;

	private final JdbcClient jdbc;

	OkrScores(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Transactional(readOnly = true)
	public Map<UUID, BigDecimal> ofPeople(UUID tenant, LocalDate from, LocalDate to, Collection<UUID> people) {
		Map<UUID, Map<UUID, List<BigDecimal>>> byPerson = new HashMap<>();
		List<UUID> all = new ArrayList<>(people);
		for (int start = 0; start < all.size(); start += CHUNK) {
			jdbc.sql("""
					select g.owner_id, o.goal_id, kr.score, v.progress
					from okr_objective o
					join okr_cycle c on c.tenant_id = o.tenant_id and c.id = o.cycle_id
					join goal g on g.tenant_id = o.tenant_id and g.id = o.goal_id
					join okr_key_result kr on kr.tenant_id = o.tenant_id and kr.objective_id = o.goal_id
					join okr_key_result_version v on v.tenant_id = kr.tenant_id and v.key_result_id = kr.goal_id
					 and v.number = kr.current_version
					where o.tenant_id = :tenant and g.owner_type = 'EMPLOYEE' and g.owner_id in (:people)
					  and o.review_state = 'APPROVED' and g.status <> 'ARCHIVED'
					  and c.starts_on <= :to and c.ends_on >= :from
					""")
				.param("tenant", tenant)
				.param("people", all.subList(start, Math.min(all.size(), start + CHUNK)))
				.param("from", Date.valueOf(from))
				.param("to", Date.valueOf(to))
				.query((rs, n) -> {
					BigDecimal score = rs.getBigDecimal(3);
					BigDecimal value = score != null ? score : rs.getBigDecimal(4).min(BigDecimal.ONE).max(BigDecimal.ZERO);
					byPerson.computeIfAbsent(rs.getObject(1, UUID.class), person -> new LinkedHashMap<>())
						.computeIfAbsent(rs.getObject(2, UUID.class), objective -> new ArrayList<>())
						.add(value);
					return n;
				})
				.list();
		}
		Map<UUID, BigDecimal> scores = new HashMap<>();
		byPerson.forEach((person, objectives) -> scores.put(person,
				mean(objectives.values().stream().map(OkrScores::mean).toList())));
		return scores;
	}

	private static BigDecimal mean(List<BigDecimal> values) {
		BigDecimal sum = values.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
		return sum.divide(BigDecimal.valueOf(values.size()), MathContext.DECIMAL64).setScale(4, RoundingMode.HALF_UP);
	}

}
