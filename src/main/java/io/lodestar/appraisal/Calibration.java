package io.lodestar.appraisal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.lodestar.platform.security.CurrentUser;
import io.lodestar.platform.web.BusinessRuleException;

/**
 * Calibration: HR and executives change grades with a reason (each change in the log, pay recomputed), and
 * look at the grade distribution per calibration group (an org unit; the whole cycle too) — target, manager
 * and calibrated side by side — and at the 9-box of performance and potential.
 */
@Service
@Transactional
public class Calibration {

	private final JdbcClient jdbc;

	private final AppraisalCycles cycles;

	private final AppraisalTemplates templates;

	private final AppraisalStore store;

	private final AppraisalScoring scoring;

	private final ScoreComputations computations;

	Calibration(JdbcClient jdbc, AppraisalCycles cycles, AppraisalTemplates templates, AppraisalStore store,
			AppraisalScoring scoring, ScoreComputations computations) {
		this.computations = computations;
		this.jdbc = jdbc;
		this.cycles = cycles;
		this.templates = templates;
		this.store = store;
		this.scoring = scoring;
	}

	public AppraisalView calibrate(CurrentUser user, UUID appraisalId, String grade, String reason) {
		if (!AppraisalAccess.calibrates(user)) {
			throw new AccessDeniedException("appraisal.calibration.not-allowed");
		}
		AppraisalView appraisal = store.get(user.tenant(), appraisalId);
		AppraisalCycle cycle = cycles.get(user.tenant(), appraisal.cycleId());
		AppraisalCycles.refuseIfClosed(cycle);
		if (cycle.phase() != AppraisalPhase.CALIBRATION) {
			throw BusinessRuleException.conflict("appraisal.calibration.not-now", "grade", cycle.phase().label());
		}
		ScoreComputations.refuseUnlessComputed(cycle);
		AppraisalTemplate template = templates.get(user.tenant(), cycle.templateId());
		if (grade == null || !template.grades().contains(grade)) {
			throw BusinessRuleException.invalid("appraisal.grade.unknown", "grade", String.valueOf(grade));
		}
		String why = Reasons.required(reason, "reason");
		if (grade.equals(appraisal.grade())) {
			return AppraisalAccess.shown(user, appraisal, cycle.phase());
		}
		jdbc.sql("update appraisal set grade = :grade, version = version + 1 where tenant_id = :tenant and id = :id")
			.param("grade", grade)
			.param("tenant", user.tenant())
			.param("id", appraisalId)
			.update();
		store.logChange(user, cycle.id(), appraisalId, "GRADE", appraisal.grade(), grade, why);
		scoring.computePayAfterChange(user.tenant(), cycle, template, appraisalId);
		return AppraisalAccess.shown(user, store.get(user.tenant(), appraisalId), cycle.phase());
	}

	/**
	 * HR sets one person's variable-pay base (null: the cycle's); their pay follows at once when they have a grade.
	 * Refused after close.
	 */
	public AppraisalView setPayBase(CurrentUser user, UUID appraisalId, BigDecimal payBase) {
		if (!user.has(io.lodestar.platform.security.Role.HR_ADMIN)) {
			throw new AccessDeniedException("appraisal.pay.not-allowed");
		}
		AppraisalView appraisal = store.get(user.tenant(), appraisalId);
		AppraisalCycle cycle = cycles.get(user.tenant(), appraisal.cycleId());
		AppraisalCycles.refuseIfClosed(cycle);
		ScoreComputations.refuseUnlessComputed(cycle);
		if (payBase != null && (payBase.signum() < 0 || payBase.stripTrailingZeros().scale() > 2)) {
			throw BusinessRuleException.invalid("appraisal.cycle.pay-base.invalid", "payBase");
		}
		jdbc.sql("update appraisal set pay_base = :base, version = version + 1 where tenant_id = :tenant and id = :id")
			.param("base", payBase)
			.param("tenant", user.tenant())
			.param("id", appraisalId)
			.update();
		store.logChange(user, cycle.id(), appraisalId, "PAY_BASE", appraisal.payBase(), payBase, null);
		scoring.computePayAfterChange(user.tenant(), cycle, templates.get(user.tenant(), cycle.templateId()),
				appraisalId);
		return AppraisalAccess.shown(user, store.get(user.tenant(), appraisalId), cycle.phase());
	}

	/** HR recomputes every score from the latest data (e.g. late KPI actuals); calibrated grades start over. */
	public void recompute(CurrentUser user, UUID cycleId, String reason) {
		AppraisalCycle cycle = cycles.get(user.tenant(), cycleId);
		AppraisalCycles.refuseIfClosed(cycle);
		if (cycle.phase() != AppraisalPhase.CALIBRATION) {
			throw BusinessRuleException.conflict("appraisal.calibration.not-now", null, cycle.phase().label());
		}
		String why = Reasons.required(reason, "reason");
		computations.start(user.tenant(), cycle);
		store.logChange(user, cycleId, null, "RECOMPUTED", null, null, why);
	}

	/**
	 * Grade counts per calibration group (key: org unit name; the first entry, key {@code null}, is the whole
	 * cycle). Without a target distribution in the template the target counts are zero.
	 */
	@Transactional(readOnly = true)
	public Map<String, List<ForcedDistribution.Row>> distribution(UUID tenant, UUID cycleId) {
		AppraisalCycle cycle = cycles.get(tenant, cycleId);
		AppraisalTemplate template = templates.get(tenant, cycle.templateId());
		List<AppraisalView> graded = store.ofCycle(tenant, cycleId).stream().filter(a -> a.grade() != null).toList();
		Map<String, List<AppraisalView>> groups = new LinkedHashMap<>();
		groups.put(null, graded);
		graded.stream()
			.collect(Collectors.groupingBy(a -> String.valueOf(a.orgUnitName()), java.util.TreeMap::new,
					Collectors.toList()))
			.forEach(groups::put);
		Map<String, List<ForcedDistribution.Row>> result = new LinkedHashMap<>();
		groups.forEach((group, members) -> result.put(group, rows(template, members)));
		return result;
	}

	/** Everyone with a score and a potential rating, placed in the 9-box; bands decide the performance cut-offs. */
	@Transactional(readOnly = true)
	public List<Placed> nineBox(UUID tenant, UUID cycleId) {
		AppraisalCycle cycle = cycles.get(tenant, cycleId);
		AppraisalTemplate template = templates.get(tenant, cycle.templateId());
		List<BigDecimal> floors = template.bands().stream().map(GradeBands.Band::floor)
			.filter(java.util.Objects::nonNull).sorted(java.util.Comparator.reverseOrder()).toList();
		// high performance from the second-best grade's floor (A), medium from the third's (B)
		BigDecimal high = floors.size() >= 2 ? floors.get(1) : floors.get(0);
		BigDecimal medium = floors.size() >= 3 ? floors.get(2) : high.subtract(new BigDecimal("0.1"));
		NineBox box = new NineBox(medium, high, BigDecimal.valueOf(2), BigDecimal.valueOf(3));
		List<Placed> placed = new ArrayList<>();
		for (AppraisalView appraisal : store.ofCycle(tenant, cycleId)) {
			if (appraisal.finalScore() != null && appraisal.potential() != null) {
				placed.add(new Placed(appraisal.employeeId(), appraisal.employeeName(), appraisal.finalScore(),
						appraisal.potential(), box.place(appraisal.finalScore(), BigDecimal.valueOf(appraisal.potential()))));
			}
		}
		return placed;
	}

	/**
	 * What pay would be with another base or pool, nothing stored: totals per grade and overall, and what the
	 * pool would leave. Only for readers who may see pay.
	 */
	@Transactional(readOnly = true)
	public WhatIf whatIf(CurrentUser user, UUID cycleId, BigDecimal payBase, BigDecimal pool) {
		if (!user.canSeePay()) {
			throw new AccessDeniedException("appraisal.pay.not-allowed");
		}
		AppraisalCycle cycle = cycles.get(user.tenant(), cycleId);
		AppraisalTemplate template = templates.get(user.tenant(), cycle.templateId());
		BigDecimal base = payBase == null ? cycle.payBase() : payBase;
		if (base.signum() < 0 || (pool != null && pool.signum() < 0)) {
			throw BusinessRuleException.invalid("appraisal.what-if.negative", payBase == null ? "pool" : "payBase");
		}
		Map<UUID, BigDecimal> amounts = new LinkedHashMap<>();
		Map<UUID, String> grades = new LinkedHashMap<>();
		for (AppraisalView appraisal : store.ofCycle(user.tenant(), cycleId)) {
			if (appraisal.grade() != null) {
				BigDecimal own = appraisal.payBase() != null && payBase == null ? appraisal.payBase() : base;
				amounts.put(appraisal.id(), AppraisalScoring.payOf(template, own, appraisal.grade(), appraisal.kpiScore())
					.amount());
				grades.put(appraisal.id(), appraisal.grade());
			}
		}
		BigDecimal rulesTotal = amounts.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
		BigDecimal residue = null;
		if (pool != null) {
			PoolAllocation.Result<UUID> shared = PoolAllocation.allocate(pool, amounts);
			amounts.putAll(shared.shares());
			residue = shared.residue();
		}
		Map<String, BigDecimal> byGrade = new LinkedHashMap<>();
		template.grades().forEach(grade -> byGrade.put(grade, BigDecimal.ZERO.setScale(2)));
		amounts.forEach((id, amount) -> byGrade.merge(grades.get(id), amount, BigDecimal::add));
		BigDecimal total = amounts.values().stream().reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
		return new WhatIf(base, pool, byGrade, rulesTotal, total, residue, amounts.size());
	}

	private static List<ForcedDistribution.Row> rows(AppraisalTemplate template, List<AppraisalView> members) {
		List<String> manager = members.stream().map(AppraisalView::managerGrade).map(String::valueOf).toList();
		List<String> calibrated = members.stream().map(AppraisalView::grade).toList();
		return template.distribution()
			.map(distribution -> distribution.compare(manager, calibrated))
			.orElseGet(() -> template.grades()
				.stream()
				.map(grade -> new ForcedDistribution.Row(grade, 0, (int) manager.stream().filter(grade::equals).count(),
						(int) calibrated.stream().filter(grade::equals).count()))
				.toList());
	}

	/** One person in the 9-box. */
	public record Placed(UUID employeeId, String name, BigDecimal score, int potential, NineBox.Box box) {
	}

	/**
	 * @param rulesTotal what the rules alone give everyone
	 * @param total what would be paid (the pool's shares when there is a pool)
	 * @param residue the cents the pool's rounding handed out by largest remainder, null without a pool
	 */
	public record WhatIf(BigDecimal payBase, BigDecimal pool, Map<String, BigDecimal> byGrade, BigDecimal rulesTotal,
			BigDecimal total, BigDecimal residue, int people) {
	}

}
