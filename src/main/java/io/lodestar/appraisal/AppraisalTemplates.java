package io.lodestar.appraisal;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.lodestar.platform.audit.AuditTrail;
import io.lodestar.platform.security.CurrentUser;
import io.lodestar.platform.web.BusinessRuleException;
import io.lodestar.platform.web.NotFoundException;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Appraisal templates of a company: checked whole (weights 0–100 adding up to 100, a formula that parses over
 * the components in use, bands with one lowest band, a target distribution over those grades adding up to 100,
 * tiers that do not overlap and name known grades), then stored; refused input changes nothing. HR only; the
 * callers check the role, every query here is by tenant.
 */
@Service
@Transactional
public class AppraisalTemplates {

	private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

	private final JdbcClient jdbc;

	private final JsonMapper json;

	private final AuditTrail audit;

	AppraisalTemplates(JdbcClient jdbc, JsonMapper json, AuditTrail audit) {
		this.jdbc = jdbc;
		this.json = json;
		this.audit = audit;
	}

	@Transactional(readOnly = true)
	public List<AppraisalTemplate> list(UUID tenant) {
		return jdbc.sql("select * from appraisal_template where tenant_id = :tenant order by name")
			.param("tenant", tenant)
			.query(this::template)
			.list();
	}

	@Transactional(readOnly = true)
	public AppraisalTemplate get(UUID tenant, UUID id) {
		return jdbc.sql("select * from appraisal_template where tenant_id = :tenant and id = :id")
			.param("tenant", tenant)
			.param("id", id)
			.query(this::template)
			.optional()
			.orElseThrow(() -> new NotFoundException("appraisal template", id));
	}

	public AppraisalTemplate create(CurrentUser user, TemplateRequest request) {
		AppraisalTemplate checked = check(UUID.randomUUID(), request, 0);
		refuseDuplicateName(user.tenant(), checked.name(), null);
		Timestamp now = Timestamp.from(Instant.now());
		jdbc.sql("""
				insert into appraisal_template (id, tenant_id, name, kpi_weight, okr_weight, manager_weight, self_weight,
				    peer_weight, rating_scale, peer_min_respondents, formula, grade_bands, target_distribution, pay_tiers,
				    created_at, updated_at, version)
				values (:id, :tenant, :name, :kpi, :okr, :manager, :self, :peer, :scale, :peers, :formula, :bands,
				    :distribution, :tiers, :now, :now, 0)
				""").params(columns(user.tenant(), checked)).param("now", now).update();
		audit.record("CREATE", "appraisal_template", checked.id(), null, Map.of("name", checked.name(), "formula",
				checked.formula()));
		return checked;
	}

	public AppraisalTemplate update(CurrentUser user, UUID id, TemplateRequest request) {
		AppraisalTemplate before = get(user.tenant(), id);
		long expected = request.version() == null ? before.version() : request.version();
		AppraisalTemplate checked = check(id, request, expected + 1);
		refuseDuplicateName(user.tenant(), checked.name(), id);
		int changed = jdbc.sql("""
				update appraisal_template set name = :name, kpi_weight = :kpi, okr_weight = :okr,
				    manager_weight = :manager, self_weight = :self, peer_weight = :peer, rating_scale = :scale,
				    peer_min_respondents = :peers, formula = :formula, grade_bands = :bands,
				    target_distribution = :distribution, pay_tiers = :tiers, updated_at = :now, version = version + 1
				where tenant_id = :tenant and id = :id and version = :version
				""")
			.params(columns(user.tenant(), checked))
			.param("now", Timestamp.from(Instant.now()))
			.param("version", expected)
			.update();
		if (changed == 0) {
			throw new OptimisticLockingFailureException("appraisal template changed meanwhile");
		}
		audit.record("UPDATE", "appraisal_template", id, Map.of("name", before.name(), "formula", before.formula()),
				Map.of("name", checked.name(), "formula", checked.formula()));
		return checked;
	}

	/**
	 * Checks a request without storing it: the template it would be, or the first problem (with its field, and
	 * for the formula the position of the error).
	 */
	public AppraisalTemplate check(UUID id, TemplateRequest request, long version) {
		String name = request.name() == null ? "" : request.name().strip();
		if (name.isEmpty() || name.length() > 100) {
			throw BusinessRuleException.invalid("appraisal.template.name.invalid", "name");
		}
		Map<AppraisalComponent, BigDecimal> weights = new EnumMap<>(AppraisalComponent.class);
		BigDecimal sum = BigDecimal.ZERO;
		Map<AppraisalComponent, BigDecimal> requested = request.weights() == null ? Map.of() : request.weights();
		for (Map.Entry<AppraisalComponent, BigDecimal> entry : requested.entrySet()) {
			BigDecimal weight = entry.getValue();
			if (weight == null) {
				continue;
			}
			if (weight.signum() < 0 || weight.compareTo(HUNDRED) > 0 || weight.stripTrailingZeros().scale() > 2) {
				throw BusinessRuleException.invalid("appraisal.template.weight.range",
						"weights." + entry.getKey().variable(), weight.toPlainString());
			}
			if (weight.signum() > 0) {
				weights.put(entry.getKey(), weight);
				sum = sum.add(weight);
			}
		}
		if (weights.isEmpty() || sum.compareTo(HUNDRED) != 0) {
			throw BusinessRuleException.invalid("appraisal.template.weights.sum", "weights", sum.toPlainString());
		}
		if (request.ratingScale() == null || request.ratingScale() < 2 || request.ratingScale() > 10) {
			throw BusinessRuleException.invalid("appraisal.template.scale.range", "ratingScale");
		}
		if (request.peerMinRespondents() == null || request.peerMinRespondents() < 1 || request.peerMinRespondents() > 50) {
			throw BusinessRuleException.invalid("appraisal.template.peers.range", "peerMinRespondents");
		}
		String formula = request.formula() == null || request.formula().isBlank()
				? AppraisalTemplate.weightedSumOf(weights) : request.formula().strip();
		AppraisalTemplate template = new AppraisalTemplate(id, name, weights, request.ratingScale(),
				request.peerMinRespondents(), formula, request.bands() == null ? List.of() : request.bands(),
				request.targetDistribution(), request.payTiers() == null ? List.of() : request.payTiers(), version);
		try {
			template.scoreFormula();
		}
		catch (FormulaException error) {
			throw BusinessRuleException.invalid(error.messageKey(), "formula", error.arguments());
		}
		checkBands(template);
		checkDistribution(template);
		checkTiers(template);
		return template;
	}

	private static void checkBands(AppraisalTemplate template) {
		Set<String> seen = new HashSet<>();
		int lowest = 0;
		for (GradeBands.Band band : template.bands()) {
			if (band.grade() == null || !band.grade().matches("[A-Za-z0-9+\\-]{1,10}") || !seen.add(band.grade())) {
				throw BusinessRuleException.invalid("appraisal.template.band.grade", "bands",
						String.valueOf(band.grade()));
			}
			if (band.floor() == null) {
				lowest++;
			}
			else if (band.floor().signum() < 0 || band.floor().compareTo(BigDecimal.TEN) > 0) {
				throw BusinessRuleException.invalid("appraisal.template.band.floor", "bands", band.grade());
			}
		}
		if (template.bands().size() < 2 || lowest != 1) {
			throw BusinessRuleException.invalid("appraisal.template.bands.lowest", "bands");
		}
		if (template.bands().stream().filter(band -> band.floor() != null).map(b -> b.floor().stripTrailingZeros())
			.distinct().count() != template.bands().size() - 1) {
			throw BusinessRuleException.invalid("appraisal.template.bands.same-floor", "bands");
		}
	}

	private static void checkDistribution(AppraisalTemplate template) {
		if (template.targetDistribution().isEmpty()) {
			return;
		}
		if (!template.targetDistribution().keySet().equals(new HashSet<>(template.grades()))) {
			throw BusinessRuleException.invalid("appraisal.template.distribution.grades", "targetDistribution");
		}
		BigDecimal sum = BigDecimal.ZERO;
		for (Map.Entry<String, BigDecimal> entry : template.targetDistribution().entrySet()) {
			if (entry.getValue() == null || entry.getValue().signum() < 0 || entry.getValue().compareTo(HUNDRED) > 0) {
				throw BusinessRuleException.invalid("appraisal.template.distribution.range", "targetDistribution",
						entry.getKey());
			}
			sum = sum.add(entry.getValue());
		}
		if (sum.compareTo(HUNDRED) != 0) {
			throw BusinessRuleException.invalid("appraisal.template.distribution.sum", "targetDistribution",
					sum.toPlainString());
		}
	}

	private static void checkTiers(AppraisalTemplate template) {
		Set<String> grades = new HashSet<>(template.grades());
		for (PayTier tier : template.payTiers()) {
			if (tier.grade() != null && !grades.contains(tier.grade())) {
				throw BusinessRuleException.invalid("appraisal.template.tier.grade", "payTiers", tier.grade());
			}
			if (tier.effect() == PayTier.Effect.COEFFICIENT && (tier.value().signum() < 0
					|| tier.value().compareTo(BigDecimal.TEN) > 0)) {
				throw BusinessRuleException.invalid("appraisal.template.tier.coefficient", "payTiers", tier.label());
			}
		}
		try {
			template.payRules();
		}
		catch (IllegalArgumentException overlap) {
			throw BusinessRuleException.invalid("appraisal.template.tier.overlap", "payTiers", overlap.getMessage());
		}
	}

	private void refuseDuplicateName(UUID tenant, String name, UUID except) {
		boolean taken = jdbc.sql("select count(*) from appraisal_template where tenant_id = :tenant and name = :name "
				+ "and id <> :except")
			.param("tenant", tenant)
			.param("name", name)
			.param("except", except == null ? new UUID(0, 0) : except)
			.query(Long.class)
			.single() > 0;
		if (taken) {
			throw BusinessRuleException.conflict("appraisal.template.name.taken", "name", name);
		}
	}

	private Map<String, Object> columns(UUID tenant, AppraisalTemplate template) {
		Map<String, Object> columns = new LinkedHashMap<>();
		columns.put("id", template.id());
		columns.put("tenant", tenant);
		columns.put("name", template.name());
		for (AppraisalComponent component : AppraisalComponent.values()) {
			columns.put(component.variable(), template.weights().get(component));
		}
		columns.put("scale", template.ratingScale());
		columns.put("peers", template.peerMinRespondents());
		columns.put("formula", template.formula());
		columns.put("bands", json.writeValueAsString(template.bands()));
		columns.put("distribution", template.targetDistribution().isEmpty() ? null
				: json.writeValueAsString(template.targetDistribution()));
		columns.put("tiers", json.writeValueAsString(template.payTiers()));
		return columns;
	}

	private AppraisalTemplate template(ResultSet rs, int row) throws SQLException {
		Map<AppraisalComponent, BigDecimal> weights = new EnumMap<>(AppraisalComponent.class);
		for (AppraisalComponent component : AppraisalComponent.values()) {
			BigDecimal weight = rs.getBigDecimal(component.variable() + "_weight");
			if (weight != null) {
				weights.put(component, weight.stripTrailingZeros());
			}
		}
		String distribution = rs.getString("target_distribution");
		return new AppraisalTemplate(rs.getObject("id", UUID.class), rs.getString("name"), weights,
				rs.getInt("rating_scale"), rs.getInt("peer_min_respondents"), rs.getString("formula"),
				json.readValue(rs.getString("grade_bands"), new TypeReference<List<GradeBands.Band>>() {
				}),
				distribution == null ? null : json.readValue(distribution, new TypeReference<LinkedHashMap<String, BigDecimal>>() {
				}), json.readValue(rs.getString("pay_tiers"), new TypeReference<ArrayList<PayTier>>() {
				}), rs.getLong("version"));
	}

}
