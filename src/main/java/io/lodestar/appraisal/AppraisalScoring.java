package io.lodestar.appraisal;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import io.lodestar.goals.Period;
import io.lodestar.goals.PeriodCalendar;
import io.lodestar.okr.OkrScores;
import io.lodestar.reporting.PersonScores;

/**
 * Where an appraisal's final score, grade and pay are computed. The components come from where they live: the
 * weighted KPI score of the cycle's period (reporting's read model of the KPI results), the OKR score (okr),
 * manager and self ratings and the peers' average (this module), ratings divided by the template's scale. The
 * template's formula turns them into the final score, a missing component normalised out, never counted as zero
 * ({@link ScoreFormula}); the bands give the grade; the pay rules give the pay, shared out of the bonus pool when
 * the cycle has one ({@link PoolAllocation}: never more than the pool).
 */
@Component
class AppraisalScoring {

	private static final int SCALE = 6;

	private static final List<BulkUpdate.Column> SCORE_COLUMNS = List.of(new BulkUpdate.Column("kpi_score", "numeric"),
			new BulkUpdate.Column("okr_score", "numeric"), new BulkUpdate.Column("peer_score", "numeric"),
			new BulkUpdate.Column("peer_count", "int4"), new BulkUpdate.Column("final_score", "numeric"),
			new BulkUpdate.Column("missing_components", "varchar"), new BulkUpdate.Column("manager_grade", "varchar"),
			new BulkUpdate.Column("grade", "varchar"));

	private static final List<BulkUpdate.Column> PAY_COLUMNS = List.of(new BulkUpdate.Column("pay_amount", "numeric"),
			new BulkUpdate.Column("pay_steps", "varchar"));

	private final JdbcClient jdbc;

	private final NamedParameterJdbcTemplate batch;

	private final BulkUpdate bulk;

	private final AppraisalTemplates templates;

	private final PeriodCalendar calendar;

	private final PersonScores kpiScores;

	private final OkrScores okrScores;

	/** Appraisals scored per transaction in a background computation ({@link #CHUNK} unless configured). */
	private final int chunkSize;

	AppraisalScoring(JdbcClient jdbc, NamedParameterJdbcTemplate batch, BulkUpdate bulk, AppraisalTemplates templates,
			PeriodCalendar calendar, PersonScores kpiScores, OkrScores okrScores,
			@Value("${lodestar.appraisal.chunk-size:" + CHUNK + "}") int chunkSize) {
		this.chunkSize = Math.max(1, chunkSize);
		this.jdbc = jdbc;
		this.batch = batch;
		this.bulk = bulk;
		this.templates = templates;
		this.calendar = calendar;
		this.kpiScores = kpiScores;
		this.okrScores = okrScores;
	}

	/** Appraisals scored per transaction in a background computation, and per batch of statements. */
	static final int CHUNK = 2000;

	/** Computes every appraisal of the cycle in the caller's transaction: components, score, grade, pay. */
	void compute(UUID tenant, AppraisalCycle cycle) {
		Plan plan = plan(tenant, cycle);
		for (List<Inputs> chunk : plan.chunks()) {
			score(tenant, plan, chunk);
		}
		computePay(tenant, cycle, plan.template());
	}

	/**
	 * What a computation needs once (template, period, peers' answers, everyone's inputs in chunks), so that a
	 * background computation can score one chunk per transaction and report progress in between.
	 */
	Plan plan(UUID tenant, AppraisalCycle cycle) {
		AppraisalTemplate template = templates.get(tenant, cycle.templateId());
		List<Inputs> inputs = inputs(tenant, cycle.id());
		List<List<Inputs>> chunks = new ArrayList<>();
		for (int from = 0; from < inputs.size(); from += chunkSize) {
			chunks.add(inputs.subList(from, Math.min(inputs.size(), from + chunkSize)));
		}
		return new Plan(cycle, template, calendar.get(tenant, cycle.periodId()), peerAnswers(tenant, cycle.id()),
				chunks, inputs.size());
	}

	/** Scores one chunk of a plan: components, final score, grade (calibration starts over). */
	void score(UUID tenant, Plan plan, List<Inputs> chunk) {
		AppraisalTemplate template = plan.template();
		List<UUID> people = chunk.stream().map(Inputs::employeeId).toList();
		Map<UUID, BigDecimal> kpi = template.uses(AppraisalComponent.KPI)
				? kpiScores.weightedScores(tenant, plan.cycle().periodId(), people) : Map.of();
		Map<UUID, BigDecimal> okr = template.uses(AppraisalComponent.OKR)
				? okrScores.ofPeople(tenant, plan.period().startsOn(), plan.period().endsOn(), people) : Map.of();
		ScoreFormula formula = template.scoreFormula();
		GradeBands bands = template.gradeBands();
		BigDecimal scale = BigDecimal.valueOf(template.ratingScale());
		List<Map<String, Object>> rows = new ArrayList<>();
		for (Inputs person : chunk) {
			PeerAnswers answers = plan.peers().getOrDefault(person.id(), PeerAnswers.NONE);
			BigDecimal peer = answers.count() >= template.peerMinRespondents() ? ratio(answers.mean(), scale) : null;
			Map<String, BigDecimal> components = new HashMap<>();
			put(components, template, AppraisalComponent.KPI, kpi.get(person.employeeId()));
			put(components, template, AppraisalComponent.OKR, okr.get(person.employeeId()));
			put(components, template, AppraisalComponent.MANAGER, ratio(person.managerRating(), scale));
			put(components, template, AppraisalComponent.SELF, ratio(person.selfRating(), scale));
			put(components, template, AppraisalComponent.PEER, peer);
			FormulaResult result = evaluate(formula, components);
			BigDecimal score = result.isComputed() ? result.value().setScale(SCALE, RoundingMode.HALF_UP) : null;
			List<String> missing = template.weights().keySet().stream().map(AppraisalComponent::variable)
				.filter(variable -> components.get(variable) == null).sorted().toList();
			String grade = score == null ? null : bands.gradeOf(score);
			Map<String, Object> row = new HashMap<>();
			row.put("id", person.id());
			row.put("kpi_score", kpi.get(person.employeeId()));
			row.put("okr_score", okr.get(person.employeeId()));
			row.put("peer_score", peer);
			row.put("peer_count", answers.count());
			row.put("final_score", score);
			row.put("missing_components", missing.isEmpty() ? null : String.join(",", missing));
			row.put("manager_grade", grade);
			row.put("grade", grade);
			rows.add(row);
		}
		bulk.appraisals(tenant, SCORE_COLUMNS, rows, true);
	}

	/**
	 * Pay after one appraisal's grade changed: without a pool only theirs changes; with a pool everyone's share
	 * does.
	 */
	void computePayAfterChange(UUID tenant, AppraisalCycle cycle, AppraisalTemplate template, UUID appraisal) {
		if (cycle.bonusPool() != null) {
			computePay(tenant, cycle, template);
			return;
		}
		jdbc.sql("select grade, kpi_score, pay_base from appraisal where tenant_id = :tenant and id = :id")
			.param("tenant", tenant)
			.param("id", appraisal)
			.query((rs, n) -> {
				String grade = rs.getString(1);
				BigDecimal base = rs.getBigDecimal(3) != null ? rs.getBigDecimal(3) : cycle.payBase();
				PayRules.Pay line = grade == null ? null : template.payRules().pay(base, grade, rs.getBigDecimal(2));
				return new MapSqlParameterSource().addValue("tenant", tenant)
					.addValue("id", appraisal)
					.addValue("amount", line == null ? null : line.amount())
					.addValue("steps", line == null ? null : steps(line, false));
			})
			.optional()
			.ifPresent(row -> batch.update("update appraisal set pay_amount = :amount, pay_steps = :steps "
					+ "where tenant_id = :tenant and id = :id", row));
	}

	/** Pay of everyone in the cycle from their grade and KPI completion, shared out of the pool if there is one. */
	void computePay(UUID tenant, AppraisalCycle cycle, AppraisalTemplate template) {
		PayRules rules = template.payRules();
		Map<UUID, PayRules.Pay> pay = new LinkedHashMap<>();
		Map<UUID, BigDecimal> bases = new HashMap<>();
		jdbc.sql("select id, grade, kpi_score, pay_base from appraisal where tenant_id = :tenant and cycle_id = :cycle "
				+ "order by id")
			.param("tenant", tenant)
			.param("cycle", cycle.id())
			.query((rs, n) -> {
				UUID id = rs.getObject(1, UUID.class);
				String grade = rs.getString(2);
				BigDecimal base = rs.getBigDecimal(4) != null ? rs.getBigDecimal(4) : cycle.payBase();
				bases.put(id, base);
				if (grade != null) {
					pay.put(id, rules.pay(base, grade, rs.getBigDecimal(3)));
				}
				return n;
			})
			.list();
		Map<UUID, BigDecimal> amounts = new LinkedHashMap<>();
		pay.forEach((id, line) -> amounts.put(id, line.amount()));
		if (cycle.bonusPool() != null) {
			amounts.putAll(PoolAllocation.allocate(cycle.bonusPool(), amounts).shares());
		}
		List<Map<String, Object>> rows = new ArrayList<>();
		for (UUID id : bases.keySet()) {
			PayRules.Pay line = pay.get(id);
			Map<String, Object> row = new HashMap<>();
			row.put("id", id);
			row.put("pay_amount", line == null ? null : amounts.get(id));
			row.put("pay_steps", line == null ? null : steps(line, cycle.bonusPool() != null));
			rows.add(row);
		}
		bulk.appraisals(tenant, PAY_COLUMNS, rows, false);
	}

	/** Pay as the rules alone would give it, for a what-if view before publishing. */
	static PayRules.Pay payOf(AppraisalTemplate template, BigDecimal base, String grade, BigDecimal kpiScore) {
		return template.payRules().pay(base, grade, kpiScore);
	}

	private static String steps(PayRules.Pay line, boolean pooled) {
		String steps = "×" + line.coefficient().stripTrailingZeros().toPlainString()
				+ (line.added().signum() == 0 ? "" : " " + (line.added().signum() > 0 ? "+" : "")
						+ line.added().toPlainString())
				+ (line.tiersApplied().isEmpty() ? "" : " (" + String.join(", ", line.tiersApplied()) + ")")
				+ (pooled ? " → pool " + line.amount().toPlainString() : "");
		return steps.length() > 1000 ? steps.substring(0, 999) + "…" : steps;
	}

	private static FormulaResult evaluate(ScoreFormula formula, Map<String, BigDecimal> components) {
		try {
			return formula.evaluate(components);
		}
		catch (FormulaException error) {
			return FormulaResult.failed(error);
		}
	}

	/** A component's value, when the template uses it and the person has it (missing stays absent, never 0). */
	static void put(Map<String, BigDecimal> components, AppraisalTemplate template, AppraisalComponent component,
			BigDecimal value) {
		if (template.uses(component) && value != null) {
			components.put(component.variable(), value);
		}
	}

	/** A rating as a fraction of its scale (4 of 5 = 0.8). */
	static BigDecimal ratio(BigDecimal rating, BigDecimal scale) {
		return rating == null ? null : rating.divide(scale, MathContext.DECIMAL64);
	}

	private List<Inputs> inputs(UUID tenant, UUID cycle) {
		return jdbc.sql("select id, employee_id, manager_rating, self_rating from appraisal "
				+ "where tenant_id = :tenant and cycle_id = :cycle")
			.param("tenant", tenant)
			.param("cycle", cycle)
			.query((rs, n) -> new Inputs(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getBigDecimal(3),
					rs.getBigDecimal(4)))
			.list();
	}

	private Map<UUID, PeerAnswers> peerAnswers(UUID tenant, UUID cycle) {
		Map<UUID, PeerAnswers> answers = new HashMap<>();
		jdbc.sql("""
				select p.appraisal_id, count(p.rating), avg(p.rating) from appraisal_peer p
				join appraisal a on a.tenant_id = p.tenant_id and a.id = p.appraisal_id
				where p.tenant_id = :tenant and a.cycle_id = :cycle and p.rating is not null
				group by p.appraisal_id
				""")
			.param("tenant", tenant)
			.param("cycle", cycle)
			.query((rs, n) -> {
				answers.put(rs.getObject(1, UUID.class), new PeerAnswers(rs.getInt(2), rs.getBigDecimal(3)));
				return n;
			})
			.list();
		return answers;
	}

	record Inputs(UUID id, UUID employeeId, BigDecimal managerRating, BigDecimal selfRating) {
	}

	/** A computation prepared: the chunks of people to score, and what every chunk needs. */
	record Plan(AppraisalCycle cycle, AppraisalTemplate template, Period period, Map<UUID, PeerAnswers> peers,
			List<List<Inputs>> chunks, int total) {
	}

	record PeerAnswers(int count, BigDecimal mean) {

		static final PeerAnswers NONE = new PeerAnswers(0, null);

	}

}
