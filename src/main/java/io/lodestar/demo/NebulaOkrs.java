package io.lodestar.demo;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import io.lodestar.goals.OwnerType;
import io.lodestar.goals.Period;
import io.lodestar.goals.PeriodKind;
import io.lodestar.okr.Cadence;
import io.lodestar.okr.CarryOver;
import io.lodestar.okr.CheckInRequest;
import io.lodestar.okr.CheckInSource;
import io.lodestar.okr.CyclePhase;
import io.lodestar.okr.KeyResultDraft;
import io.lodestar.okr.KeyResultType;
import io.lodestar.okr.NewComment;
import io.lodestar.okr.NewCycle;
import io.lodestar.okr.ObjectiveDraft;
import io.lodestar.okr.ObjectiveView;
import io.lodestar.okr.OkrCycle;
import io.lodestar.okr.Reflection;
import io.lodestar.okr.RevisionRequest;
import io.lodestar.okr.SuggestionKind;
import io.lodestar.people.EmployeeSummary;
import io.lodestar.platform.security.CurrentUser;
import io.lodestar.platform.security.Role;

/**
 * Nebula's OKRs, the product brief's scenarios: last quarter the product team raised user satisfaction to 80 %
 * and carried the objective over (retrospective: the survey rose but complaints did not drop because support was
 * slow); this quarter the R&D engineer's co-created objective (the manager suggested the user-test pass rate),
 * marketing's brand exposure with one key result replaced mid-cycle, and the sales team's conversion objective
 * supporting the sales KPI.
 */
final class NebulaOkrs {

	void build(DemoGoals g) {
		DemoServices s = g.services();
		EmployeeSummary productHead = g.head("PRODUCT");
		UUID tenant = productHead.tenantId();
		EmployeeSummary ceo = s.people().employee(tenant, productHead.managerId()).orElseThrow();
		CurrentUser hr = g.as(g.head("HRA"), Role.HR_ADMIN, Role.MANAGER);
		CurrentUser executive = g.as(ceo, Role.EXECUTIVE, Role.MANAGER);
		Period thisQuarter = s.calendar().containing(tenant, g.today(), PeriodKind.QUARTER);
		Period lastQuarter = s.calendar().containing(tenant, thisQuarter.startsOn().minusDays(1), PeriodKind.QUARTER);
		OkrCycle previous = s.okrCycles().create(hr, new NewCycle(label(lastQuarter), Cadence.QUARTER,
				lastQuarter.startsOn(), lastQuarter.endsOn(), null, null, null, null, null, null));
		OkrCycle current = s.okrCycles().create(hr, new NewCycle(label(thisQuarter), Cadence.QUARTER,
				thisQuarter.startsOn(), thisQuarter.endsOn(), null, null, null, null, null, null));
		if (current.phase() == CyclePhase.DRAFTING) {
			s.okrCycles().movePhase(hr, current.id(), CyclePhase.ACTIVE);
		}
		lastQuarter(g, previous, productHead, executive, hr);
		ObjectiveView company = approved(s, executive, hr, new ObjectiveDraft(current.id(), OwnerType.COMPANY, null,
				"让更多用户爱上星云产品", "口碑带来的新用户是最便宜、最忠诚的用户。", null, true,
				List.of(metric("净推荐值（NPS）从30提升到45", "30", "45", "分", "60"),
						metric("付费用户数从2万增长到2.4万", "20000", "24000", "人", "40")),
				null));
		checkIn(s, executive, company.keyResults().get(0).id(), "40", 7, "新版本上线后 NPS 回升。", null,
				current.startsOn().plusWeeks(5));
		checkIn(s, executive, company.keyResults().get(1).id(), "22600", 7, "续费率稳定，新客增长主要来自体验店。", null,
				current.startsOn().plusWeeks(5));
		ObjectiveView product = carriedProductObjective(g, current, productHead, executive, company);
		engineer(g, current, product);
		marketing(g, current, company);
		sales(g, current, executive);
		new NebulaRecognition().build(g, current, hr);
	}

	/** Last quarter's product objective, carried over: its owner aims it at the company objective; approved. */
	private ObjectiveView carriedProductObjective(DemoGoals g, OkrCycle cycle, EmployeeSummary productHead,
			CurrentUser executive, ObjectiveView company) {
		DemoServices s = g.services();
		CurrentUser head = g.as(productHead, Role.MANAGER);
		ObjectiveView carried = s.objectives()
			.list(head, cycle.id(), OwnerType.ORG_UNIT, g.unit("PRODUCT"))
			.get(0);
		s.objectives().align(head, carried.id(), company.id(), BigDecimal.ONE);
		s.objectives().submit(head, carried.id(), null);
		ObjectiveView product = s.objectives().approve(executive, carried.id(), null, "继续推进，重点配合客服部缩短响应时间。");
		checkIn(s, head, product.keyResults().get(0).id(), "4.72", 8, "满意度保持上升。", null, cycle.startsOn().plusWeeks(5));
		checkIn(s, head, product.keyResults().get(1).id(), "8.1", 6, "客服首次响应时间缩短到2小时，投诉开始下降。", null,
				cycle.startsOn().plusWeeks(5));
		return product;
	}

	/** Product team, last quarter: 4.2 → 4.68 of 4.8 (80 %), complaints barely moved; carried over. */
	private void lastQuarter(DemoGoals g, OkrCycle cycle, EmployeeSummary productHead, CurrentUser executive,
			CurrentUser hr) {
		DemoServices s = g.services();
		CurrentUser head = g.as(productHead, Role.MANAGER);
		ObjectiveView objective = approved(s, head, executive, new ObjectiveDraft(cycle.id(), OwnerType.ORG_UNIT,
				g.unit("PRODUCT"), "用户满意度提升30%", "续费率与口碑都取决于用户满意度，这是本季度产品团队的首要目标。", null,
				null, List.of(metric("满意度调查得分从4.2提升到4.8", "4.2", "4.8", "分", "60"),
						metric("客户投诉率降低50%（10%→5%）", "10", "5", "%", "40")),
				null));
		UUID survey = objective.keyResults().get(0).id();
		UUID complaints = objective.keyResults().get(1).id();
		String[][] weeks = { { "4.3", "9.8", "8" }, { "4.45", "9.6", "7" }, { "4.55", "9.5", "7" }, { "4.68", "9.4", "6" } };
		for (int week = 0; week < weeks.length; week++) {
			LocalDate on = cycle.startsOn().plusWeeks(2L + 3L * week);
			checkIn(s, head, survey, weeks[week][0], Integer.parseInt(weeks[week][2]), "新版引导流程上线后评分持续上升。", null, on);
			checkIn(s, head, complaints, weeks[week][1], Integer.parseInt(weeks[week][2]) - 2,
					"投诉量下降缓慢：客服响应慢，用户问题得不到及时解决。", week == 3 ? "需要客服部配合缩短首次响应时间" : null, on);
		}
		s.okrCycles().movePhase(hr, cycle.id(), CyclePhase.CLOSING);
		s.okrClosing().score(head, survey, new BigDecimal("0.8"), null);
		s.okrClosing().score(head, complaints, new BigDecimal("0.1"), null);
		s.okrClosing().reflect(head, objective.id(), new Reflection("满意度调查得分提升到4.68，新版引导流程效果明显。",
				"客户投诉率几乎没有下降。", "客服响应速度慢，用户的问题没有被及时解决，抵消了产品改进的效果。下季度需要与客服部共同设定“客服响应速度提升50%”。",
				CarryOver.CARRY));
		s.okrClosing().close(hr, cycle.id());
	}

	/** The R&D engineer co-creates with the manager, who suggests the user-test pass rate; mid-quarter at 75 %. */
	private void engineer(DemoGoals g, OkrCycle cycle, ObjectiveView product) {
		DemoServices s = g.services();
		EmployeeSummary lead = g.head("RND-BE");
		EmployeeSummary engineer = g.people("RND-BE", "BACKEND-DEV").get(0);
		CurrentUser me = g.as(engineer);
		CurrentUser manager = g.as(lead, Role.MANAGER);
		ObjectiveView draft = s.objectives().draft(me, new ObjectiveDraft(cycle.id(), OwnerType.EMPLOYEE, engineer.id(),
				"优化产品性能", "用户反馈页面加载慢，性能是满意度的基础。", null, null,
				List.of(metric("接口平均响应时间从800ms降到640ms（提升20%）", "800", "640", "ms", "50"),
						metric("线上Bug数量从100个减少到70个（减少30%）", "100", "70", "个", "50")),
				null));
		s.okrComments().comment(manager, draft.id(), new NewComment(null, "建议增加“用户测试通过率”作为关键结果，性能优化要以用户体验来验证。",
				SuggestionKind.ADD_KEY_RESULT, "用户测试通过率从80%提升到95%", KeyResultType.METRIC, null,
				new BigDecimal("80"), new BigDecimal("95"), "%"));
		UUID suggestion = s.okrComments().of(me, draft.id()).get(0).id();
		s.okrComments().decide(me, draft.id(), suggestion, true);
		s.objectives().align(me, draft.id(), product.id(), BigDecimal.ONE);
		s.objectives().submit(me, draft.id(), null);
		ObjectiveView objective = s.objectives().approve(manager, draft.id(), null, "目标清晰，按周同步进展。");
		LocalDate start = cycle.startsOn();
		UUID speed = objective.keyResults().get(0).id();
		checkIn(s, me, speed, "740", 7, "完成数据库索引优化。", null, start.plusWeeks(2));
		checkIn(s, me, speed, "680", 7, "响应速度已提升15%，完成了目标的75%。", null, start.plusWeeks(5));
		// this week's check-in asks for help: it shows on the manager's team view
		checkIn(s, me, objective.keyResults().get(1).id(), "88", 6, "回归测试发现两个遗留问题，正在修复。",
				"需要测试组协助补充自动化用例", g.today());
		checkIn(s, me, objective.keyResults().get(2).id(), "86", 7, "首轮用户测试通过率86%。", null, start.plusWeeks(5));
	}

	/** Brand exposure +50 %: social followers stall, so the key result becomes offline-event participants. */
	private void marketing(DemoGoals g, OkrCycle cycle, ObjectiveView company) {
		DemoServices s = g.services();
		EmployeeSummary socialLead = g.head("MKT-SOCIAL");
		CurrentUser lead = g.as(socialLead, Role.MANAGER);
		CurrentUser director = g.as(g.head("MKT"), Role.MANAGER);
		ObjectiveView objective = approved(s, lead, director, new ObjectiveDraft(cycle.id(), OwnerType.ORG_UNIT,
				g.unit("MKT-SOCIAL"), "品牌曝光度提升50%", "新品发布季，需要让更多潜在客户认识星云。", null, null,
				List.of(metric("社交媒体粉丝增长10万", "0", "100000", "人", "60"), metric("媒体报道20篇", "0", "20", "篇", "40")),
				null));
		UUID followers = objective.keyResults().get(0).id();
		s.objectives().align(lead, objective.id(), company.id(), BigDecimal.ONE);
		LocalDate start = cycle.startsOn();
		checkIn(s, lead, followers, "12000", 6, "增长低于预期，平台流量规则调整。", null, start.plusWeeks(2));
		checkIn(s, lead, objective.keyResults().get(1).id(), "13", 7, "发布会与行业展会共获得13篇报道。", null, start.plusWeeks(4));
		var revision = s.revisions().propose(lead, followers, new RevisionRequest(metric("线下活动参与人数增长5万",
				"0", "50000", "人", "60"), start.plusWeeks(4), new BigDecimal("8000"), "社交媒体增长放缓，转向线下体验活动。"));
		s.revisions().decide(director, followers, revision.number(), true, "同意，线下活动转化更好。");
		checkIn(s, lead, followers, "21000", 7, "三场城市快闪活动累计参与2.1万人。", null, start.plusWeeks(6));
	}

	/** Sales: new-customer conversion +20 %, supporting the department's sales KPI. */
	private void sales(DemoGoals g, OkrCycle cycle, CurrentUser executive) {
		DemoServices s = g.services();
		CurrentUser head = g.as(g.head("SALES"), Role.MANAGER);
		ObjectiveView objective = approved(s, head, executive, new ObjectiveDraft(cycle.id(), OwnerType.ORG_UNIT,
				g.unit("SALES"), "新客户转化率提升20%", null, null, null,
				List.of(metric("每周新增销售线索100条", "60", "100", "条/周", "40"),
						metric("线索转化率从15%提升到25%", "15", "25", "%", "60")),
				null));
		LocalDate start = cycle.startsOn();
		checkIn(s, head, objective.keyResults().get(0).id(), "88", 8, "市场部线上活动带来稳定线索。", null, start.plusWeeks(5));
		checkIn(s, head, objective.keyResults().get(1).id(), "18", 6, "转化率提升慢，新人跟进不及时。", "需要销售培训支持",
				start.plusWeeks(5));
		Period quarter = s.calendar().get(executive.tenant(), cycle.periodId());
		s.goals()
			.list(head, new io.lodestar.goals.GoalFilter(null, OwnerType.ORG_UNIT, g.unit("SALES"),
					java.util.Set.of(io.lodestar.goals.GoalKind.KPI), false))
			.stream()
			.filter(kpi -> kpi.period().contains(quarter))
			.findFirst()
			.ifPresent(kpi -> s.goals().support(head, objective.id(), kpi.id(), true));
	}

	static ObjectiveView approved(DemoServices s, CurrentUser owner, CurrentUser reviewer, ObjectiveDraft draft) {
		ObjectiveView drafted = s.objectives().draft(owner, draft);
		s.objectives().submit(owner, drafted.id(), null);
		return s.objectives().approve(reviewer, drafted.id(), null, null);
	}

	static void checkIn(DemoServices s, CurrentUser who, UUID keyResult, String value, int confidence,
			String narrative, String help, LocalDate on) {
		LocalDate today = s.calendar().today(who.tenant());
		s.checkIns().checkIn(who, keyResult, new CheckInRequest(new BigDecimal(value), null, confidence, narrative, help,
				null, null, null, null, on.isAfter(today) ? today : on), CheckInSource.MANUAL);
	}

	static KeyResultDraft metric(String title, String start, String target, String unit, String weight) {
		return new KeyResultDraft(null, title, KeyResultType.METRIC, null, new BigDecimal(start), new BigDecimal(target),
				unit, new BigDecimal(weight));
	}

	private static String label(Period quarter) {
		return quarter.fiscalYear() + "年第" + quarter.sequence() + "季度";
	}

}
