package io.lodestar.demo;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

import io.lodestar.goals.OwnerType;
import io.lodestar.okr.ObjectiveDraft;
import io.lodestar.okr.ObjectiveView;
import io.lodestar.okr.OkrCycle;
import io.lodestar.people.EmployeeSummary;
import io.lodestar.platform.security.CurrentUser;
import io.lodestar.platform.security.Role;
import io.lodestar.recognition.NewAward;
import io.lodestar.recognition.RewardKind;

/**
 * The product brief's customer-service scenario: an agent's key result "complaint rate −50 %" reaches 80 % this
 * quarter, and the supervisor awards her 优秀员工 with a bonus out of the award budget HR gave him; colleagues
 * praise good work.
 */
final class NebulaRecognition {

	static final String OUTSTANDING = "优秀员工";

	void build(DemoGoals g, OkrCycle cycle, CurrentUser hr) {
		DemoServices s = g.services();
		EmployeeSummary supervisorPerson = g.head("CS");
		List<EmployeeSummary> agents = g.people("CS", "CS-AGENT");
		EmployeeSummary agent = agents.get(0);
		CurrentUser supervisor = g.as(supervisorPerson, Role.MANAGER);
		CurrentUser me = g.as(agent);
		ObjectiveView objective = NebulaOkrs.approved(s, me, supervisor, new ObjectiveDraft(cycle.id(),
				OwnerType.EMPLOYEE, agent.id(), "让客户少投诉、更满意", "上季度复盘发现客服响应慢抵消了产品改进，本季度从客服做起。",
				null, null, List.of(NebulaOkrs.metric("客户投诉率降低50%（8%→4%）", "8", "4", "%", "100")), null));
		UUID complaints = objective.keyResults().get(0).id();
		NebulaOkrs.checkIn(s, me, complaints, "6.4", 7, "首次响应时间缩短到2小时以内。", null, cycle.startsOn().plusWeeks(2));
		// (8 − 4.8) / (8 − 4) = 80 %: a good quarter in OKR terms, recognised rather than punished
		NebulaOkrs.checkIn(s, me, complaints, "4.8", 8, "投诉率降到4.8%，完成目标的80%。常见问题话术已整理成文档。", null,
				cycle.startsOn().plusWeeks(5));

		UUID outstanding = s.awardTypes().create(hr, OUTSTANDING, "季度内业绩突出、起到表率作用的员工。").id();
		s.awardTypes().create(hr, "最佳服务奖", "客户评价与服务质量最好的一线员工。");
		s.awardTypes().create(hr, "创新之星", "提出并落地改进方法、带来明显效果的员工。");
		int year = s.awardBudgets().currentYear(hr);
		s.awardBudgets().set(hr, supervisorPerson.id(), year, new BigDecimal("10000.00"));
		s.awardBudgets().set(hr, g.head("RND-BE").id(), year, new BigDecimal("8000.00"));

		s.awards().give(supervisor, new NewAward(agent.id(), outstanding,
				"本季度客户投诉率从8%降到4.8%，完成目标的80%；主动整理常见问题话术，带动全组响应提速。", complaints,
				RewardKind.BONUS, new BigDecimal("2000.00"), null));
		s.praise().post(g.as(agents.get(1)), agent.id(), "谢谢你把处理投诉的话术整理成文档，我们新同事上手快多了！", complaints);
		s.praise().post(g.as(g.head("PRODUCT"), Role.MANAGER), supervisorPerson.id(),
				"客服部把首次响应时间缩短到2小时，用户满意度明显回升，感谢配合！", null);
	}

}
