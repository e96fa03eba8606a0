package io.lodestar.demo;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import io.lodestar.appraisal.AppraisalComponent;
import io.lodestar.appraisal.AppraisalCycle;
import io.lodestar.appraisal.AppraisalPhase;
import io.lodestar.appraisal.AppraisalTemplate;
import io.lodestar.appraisal.AppraisalView;
import io.lodestar.appraisal.GradeBands;
import io.lodestar.appraisal.NewAppraisalCycle;
import io.lodestar.appraisal.PayTier;
import io.lodestar.appraisal.TemplateRequest;
import io.lodestar.goals.Period;
import io.lodestar.goals.PeriodKind;
import io.lodestar.people.EmployeeSummary;
import io.lodestar.platform.security.CurrentUser;
import io.lodestar.platform.security.Role;

/**
 * Huarui's quarterly appraisal of the production department for the last full quarter, computed from the MES
 * actuals of its KPIs: KPI score 70 %, the team leader's rating 30 %; grade coefficients S 120 % / A 110 % /
 * B 100 % / C 95 % / D 90 % of a quarterly performance-pay base of ¥4,500, KPI completion above 120 % earns ¥800
 * more and below 60 % deducts ¥300. Left in the results phase: most people have acknowledged, one operator's
 * appeal waits for HR, and HR has calibrated two grades with their reasons.
 */
final class HuaruiAppraisal {

	private static final BigDecimal[] RATINGS = { new BigDecimal("2.5"), new BigDecimal("3"), new BigDecimal("3"),
			new BigDecimal("3.5"), new BigDecimal("3.5"), new BigDecimal("4"), new BigDecimal("4"), new BigDecimal("4"),
			new BigDecimal("4.5"), new BigDecimal("5") };

	void build(DemoGoals g) {
		DemoServices s = g.services();
		EmployeeSummary hrHead = g.head("HR");
		CurrentUser hr = g.as(hrHead, Role.HR_ADMIN);
		AppraisalTemplate template = s.appraisalTemplates().create(hr, template());
		Period quarter = s.calendar().containing(hr.tenant(), g.today().minusMonths(3), PeriodKind.QUARTER);
		String name = quarter.fiscalYear() + "年第" + quarter.sequence() + "季度生产部绩效考核";
		AppraisalCycle cycle = s.appraisalCycles().create(hr, new NewAppraisalCycle(name, template.id(), quarter.id(),
				List.of(g.unit("PROD")), List.of(), quarter.endsOn().plusDays(7), quarter.endsOn().plusDays(14),
				quarter.endsOn().plusDays(21), g.today().plusDays(7), new BigDecimal("4500"), null));
		s.appraisalCycles().advance(hr, cycle.id(), AppraisalPhase.SELF_REVIEW);
		List<AppraisalView> appraisals = s.appraisalReviews().ofCycle(hr, cycle.id());
		for (AppraisalView appraisal : appraisals) {
			EmployeeSummary person = s.people().employee(hr.tenant(), appraisal.employeeId()).orElseThrow();
			if (!g.withAccounts(List.of(person)).isEmpty() && g.random().nextInt(10) < 8) {
				s.appraisalReviews().selfAssess(g.as(person), appraisal.id(), rating(g).max(new BigDecimal("3")),
						"本季度按时完成排产任务，坚持首件检查，损耗率比上季度有所下降。");
			}
		}
		s.appraisalCycles().advance(hr, cycle.id(), AppraisalPhase.MANAGER_REVIEW);
		for (AppraisalView appraisal : appraisals) {
			CurrentUser reviewer = appraisal.reviewerId() == null ? hr
					: g.as(s.people().employee(hr.tenant(), appraisal.reviewerId()).orElseThrow(), Role.MANAGER);
			s.appraisalReviews().managerAssess(reviewer, appraisal.id(), rating(g), "工作认真负责，操作规范；下季度继续降低换型损耗。",
					1 + g.random().nextInt(3));
		}
		s.appraisalCycles().advance(hr, cycle.id(), AppraisalPhase.CALIBRATION);
		List<AppraisalView> scored = s.appraisalReviews().ofCycle(hr, cycle.id());
		calibrate(s, hr, scored, "A", "B", "季度内两次违反安全操作规程，经校准会议讨论下调一档。");
		calibrate(s, hr, scored, "C", "B", "承担新员工带教任务，校准会议认为贡献未体现在个人KPI中，上调一档。");
		s.appraisalCycles().advance(hr, cycle.id(), AppraisalPhase.RESULTS);
		boolean appealed = false;
		for (AppraisalView appraisal : s.appraisalReviews().ofCycle(hr, cycle.id())) {
			EmployeeSummary person = s.people().employee(hr.tenant(), appraisal.employeeId()).orElseThrow();
			if (g.withAccounts(List.of(person)).isEmpty() || appraisal.grade() == null) {
				continue;
			}
			if (!appealed && "D".equals(appraisal.grade())) {
				s.appraisalReviews().appeal(g.as(person), appraisal.id(), "8月有两周因设备大修停机，损耗率数据包含了停机调试期间的报废，申请复核。");
				appealed = true;
			}
			else if (g.random().nextInt(10) < 7) {
				s.appraisalReviews().acknowledge(g.as(person), appraisal.id());
			}
		}
	}

	private static void calibrate(DemoServices s, CurrentUser hr, List<AppraisalView> scored, String from, String to,
			String reason) {
		scored.stream()
			.filter(appraisal -> from.equals(appraisal.grade()))
			.findFirst()
			.ifPresent(appraisal -> s.calibration().calibrate(hr, appraisal.id(), to, reason));
	}

	private static BigDecimal rating(DemoGoals g) {
		return RATINGS[g.random().nextInt(RATINGS.length)];
	}

	static TemplateRequest template() {
		Map<AppraisalComponent, BigDecimal> weights = new EnumMap<>(AppraisalComponent.class);
		weights.put(AppraisalComponent.KPI, new BigDecimal("70"));
		weights.put(AppraisalComponent.MANAGER, new BigDecimal("30"));
		// bands set where the factory's scores lie (its loss-rate KPIs are still behind target)
		List<GradeBands.Band> bands = List.of(new GradeBands.Band("S", new BigDecimal("0.9")),
				new GradeBands.Band("A", new BigDecimal("0.8")), new GradeBands.Band("B", new BigDecimal("0.68")),
				new GradeBands.Band("C", new BigDecimal("0.58")), new GradeBands.Band("D", null));
		Map<String, BigDecimal> distribution = new java.util.LinkedHashMap<>();
		distribution.put("S", new BigDecimal("10"));
		distribution.put("A", new BigDecimal("20"));
		distribution.put("B", new BigDecimal("40"));
		distribution.put("C", new BigDecimal("20"));
		distribution.put("D", new BigDecimal("10"));
		List<PayTier> tiers = List.of(PayTier.grade("S", PayTier.Effect.COEFFICIENT, new BigDecimal("1.20")),
				PayTier.grade("A", PayTier.Effect.COEFFICIENT, new BigDecimal("1.10")),
				PayTier.grade("B", PayTier.Effect.COEFFICIENT, new BigDecimal("1.00")),
				PayTier.grade("C", PayTier.Effect.COEFFICIENT, new BigDecimal("0.95")),
				PayTier.grade("D", PayTier.Effect.COEFFICIENT, new BigDecimal("0.90")),
				PayTier.completion("KPI完成率>120%", new BigDecimal("1.2"), false, null, false, PayTier.Effect.AMOUNT,
						new BigDecimal("800")),
				PayTier.completion("KPI完成率<60%", null, false, new BigDecimal("0.6"), false, PayTier.Effect.AMOUNT,
						new BigDecimal("-300")));
		return new TemplateRequest("生产一线季度绩效考核", weights, 5, 3, "", bands, distribution, tiers, null);
	}

}
