package io.lodestar.demo;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.lodestar.goals.OwnerType;
import io.lodestar.goals.Period;
import io.lodestar.kpi.MeasurementSource;
import io.lodestar.people.EmployeeSummary;
import io.lodestar.scoring.Aggregation;
import io.lodestar.scoring.Direction;
import io.lodestar.scoring.ScoringMethod;

/**
 * Nebula's KPIs: the sales team's "月度销售额≥100万元" per sales executive (summed per month, ≥120 % earns the
 * bonus in the appraisal issue) contributing to the department's monthly sales, and three offline experience
 * stores with "月度客流量≥5000人次" — the product brief's retail scenario and its store trend chart. This year's
 * sales executives: one is at 80 % this month (the feedback example), the stores differ in trend.
 */
final class NebulaGoals {

	private static final String CRM = "CRM 销售订单";

	private static final String COUNTER = "门店客流计数器";

	void build(DemoGoals g) {
		EmployeeSummary salesHead = g.head("SALES");
		List<EmployeeSummary> executives = g.people("SALES", "SALES-EXEC");
		g.newUnit("SALES", "STORE-BJ", "北京三里屯体验店", executives.get(0).id());
		g.newUnit("SALES", "STORE-SH", "上海静安体验店", executives.get(1).id());
		g.newUnit("SALES", "STORE-SZ", "深圳南山体验店", executives.get(2).id());
		UUID salesDefinition = g.definition("SALES-M", "月度销售额≥100万元", "个人每月签约销售额（元），按订单签约日期计入当月。",
				DemoGoals.config("元", Direction.AT_LEAST, ScoringMethod.RATIO, Aggregation.SUM, null, "1000000", "1.5", "70"));
		UUID footfallDefinition = g.definition("FOOTFALL-M", "月度客流量≥5000人次", "门店每月进店客流人次，以客流计数器为准。",
				DemoGoals.config("人次", Direction.AT_LEAST, ScoringMethod.RATIO, Aggregation.SUM, null, "5000", "1.5", "100"));
		for (int offset : new int[] { -1, 0 }) {
			Period year = g.year(offset);
			UUID growth = g.strategy("销售收入同比增长30%", "线上与线下渠道合计，全年销售收入较上年增长 30%。", year);
			UUID department = g.kpi("销售部月度销售额≥800万元", OwnerType.ORG_UNIT, g.unit("SALES"), year, growth,
					DemoGoals.config("元", Direction.AT_LEAST, ScoringMethod.RATIO, Aggregation.SUM, null, "8000000", "1.5", "100"));
			List<EmployeeSummary> sellers = new java.util.ArrayList<>(executives);
			sellers.addAll(g.people("SALES", "KEY-ACCOUNT"));
			Map<UUID, UUID> sales = g.assign(salesDefinition, year, department, sellers,
					person -> person.employeeNo().compareTo("NB0040") < 0 ? "1200000" : "1000000");
			List<Period> months = g.monthsSoFar(year);
			for (int month = 0; month < months.size(); month++) {
				BigDecimal total = BigDecimal.ZERO;
				for (int i = 0; i < sellers.size(); i++) {
					boolean lastMonthOfThisYear = offset == 0 && month == months.size() - 1;
					// the first executive is at about 80 % this month: "你的销售额完成率已达80%，继续努力！"
					double centre = lastMonthOfThisYear && i == 0 ? 800000 : 900000 + 60000 * (i % 4) + 15000 * month;
					BigDecimal value = g.around(centre, lastMonthOfThisYear && i == 0 ? 1 : 120000, 100000)
						.setScale(0, java.math.RoundingMode.HALF_UP);
					g.actual(sales.get(sellers.get(i).id()), months.get(month), value, CRM);
					total = total.add(value);
				}
				g.actual(department, months.get(month), total, CRM);
			}
			if (offset == 0) {
				// the article's sales feedback: the director encourages the executive at 80 %, another asks for leads
				g.feedback(salesHead, sellers.get(0), sales.get(sellers.get(0).id()), "你的销售额完成率已达80%，继续努力！",
						"收到，月底前还有两个大客户在走合同流程。");
				g.supportRequest(sellers.get(1), sales.get(sellers.get(1).id()), "需要更多的客户资源支持：市场部能否把线上活动收集的销售线索优先分给我们组？");
			}
			UUID channel = g.strategy("线下体验店客流持续增长", "三家体验店月均客流达到 5000 人次以上。", year);
			String[] stores = { "STORE-BJ", "STORE-SH", "STORE-SZ" };
			double[][] trend = { { 5200, 60 }, { 4700, 45 }, { 4300, -30 } };
			for (int s = 0; s < stores.length; s++) {
				UUID store = g.kpi("月度客流量≥5000人次", OwnerType.ORG_UNIT, g.unit(stores[s]), year, channel,
						DemoGoals.fromLibrary(footfallDefinition, DemoGoals.config("人次", Direction.AT_LEAST,
								ScoringMethod.RATIO, Aggregation.SUM, null, "5000", "1.5", "100")));
				for (int month = 0; month < months.size(); month++) {
					int t = month + (offset + 1) * 12;
					double seasonal = 1 + 0.12 * Math.sin((t % 12) / 12.0 * 2 * Math.PI);
					g.actual(store, months.get(month),
							g.around((trend[s][0] + trend[s][1] * t) * seasonal, 180, 800).setScale(0,
									java.math.RoundingMode.HALF_UP), COUNTER);
				}
			}
			g.flush(MeasurementSource.CONNECTOR);
		}
	}

}
