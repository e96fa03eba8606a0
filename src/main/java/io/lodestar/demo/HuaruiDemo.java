package io.lodestar.demo;

import static io.lodestar.demo.DemoCompanyBuilder.Tenure.months;
import static io.lodestar.demo.DemoCompanyBuilder.Tenure.years;
import static io.lodestar.people.OrgUnitKind.DEPARTMENT;
import static io.lodestar.people.OrgUnitKind.TEAM;

import java.util.ArrayList;
import java.util.List;

import io.lodestar.company.NewCompany;
import io.lodestar.platform.security.Role;

/**
 * 华锐精密机械有限公司 (Huarui Precision Machinery): a machinery-parts factory of about 200 people, the
 * product brief's KPI factory scenario. Most staff are line workers (操作工) in teams (班组) of three
 * workshops; every employee reports, through team leader and workshop head, up to the general manager.
 */
final class HuaruiDemo implements DemoScript {

	@Override
	public NewCompany company() {
		return new NewCompany("huarui", "华锐精密机械有限公司", "zh-CN", "Asia/Shanghai");
	}

	@Override
	public String employeeNumberPrefix() {
		return "HR";
	}

	@Override
	public String emailDomain() {
		return "huarui-demo.cn";
	}

	@Override
	public long seed() {
		return 20160301L;
	}

	@Override
	public void goals(DemoGoals goals) {
		new HuaruiGoals().build(goals);
		new HuaruiAppraisal().build(goals);
	}

	@Override
	public List<DemoSignIn> build(DemoCompanyBuilder c) {
		positions(c);
		DemoUnit root = c.root();
		DemoUnit office = c.unit(root, "GMO", "总经理办公室", DEPARTMENT);
		DemoUnit production = c.unit(root, "PROD", "生产部", DEPARTMENT);
		DemoUnit quality = c.unit(root, "QA", "质量部", DEPARTMENT);
		DemoUnit engineering = c.unit(root, "ENG", "技术部", DEPARTMENT);
		DemoUnit sales = c.unit(root, "SALES", "销售部", DEPARTMENT);
		DemoUnit purchasing = c.unit(root, "PURCH", "采购部", DEPARTMENT);
		DemoUnit hr = c.unit(root, "HR", "人力资源部", DEPARTMENT);
		DemoUnit finance = c.unit(root, "FIN", "财务部", DEPARTMENT);

		// 总经理办公室: the general manager leads the company; the deputy runs production, quality and engineering
		DemoPerson gm = c.hire(office, "GM", null, years(10, 10));
		c.grant(gm, Role.EXECUTIVE);
		c.head(root, gm);
		c.head(office, gm);
		DemoPerson deputy = c.hire(office, "DEPUTY-GM", gm, years(7, 10));
		c.grant(deputy, Role.EXECUTIVE);
		c.hire(office, "GM-ASSIST", gm, years(1, 6));

		// 生产部 with its three workshops
		DemoPerson productionHead = c.hire(production, "PROD-MGR", deputy, years(6, 10));
		c.head(production, productionHead);
		c.hireTeam(production, "PLANNER", productionHead, 2, years(1, 8));
		Workshop machining = workshop(c, production, productionHead, "WS-MACH", "机加工车间", 2);
		Team machining1 = team(c, machining, "MACH-1", "机加工一班", 18);
		Team machining2 = team(c, machining, "MACH-2", "机加工二班", 18);
		team(c, machining, "MACH-3", "机加工三班", 18);
		c.transfer(machining1.operators().get(5), machining2.unit(), "OPERATOR", machining2.lead(),
				"产线调整，调入机加工二班");
		Workshop assembly = workshop(c, production, productionHead, "WS-ASM", "装配车间", 1);
		Team assembly1 = team(c, assembly, "ASM-1", "装配一班", 14);
		// the leader of 装配二班 started as an operator in 装配一班 and was promoted: a history to look at
		DemoUnit assembly2 = c.unit(assembly.unit(), "ASM-2", "装配二班", TEAM);
		DemoPerson promoted = c.hire(assembly1.unit(), "OPERATOR", assembly1.lead(), years(5, 9));
		c.transfer(promoted, assembly2, "TEAM-LEAD", assembly.head(), "技能考核优秀，晋升为装配二班班组长");
		c.head(assembly2, promoted);
		operators(c, assembly2, promoted, 14);
		team(c, assembly, "ASM-3", "装配三班", 14);
		Workshop heatTreatment = workshop(c, production, productionHead, "WS-HT", "热处理车间", 0);
		team(c, heatTreatment, "HT-1", "热处理一班", 10);
		team(c, heatTreatment, "HT-2", "热处理二班", 10);

		// 技术部 first: one of its process engineers later moved to 质量部
		DemoPerson engineeringHead = c.hire(engineering, "ENG-MGR", deputy, years(5, 10));
		c.head(engineering, engineeringHead);
		c.hireTeam(engineering, "PROCESS-ENG", engineeringHead, 4, years(1, 9));
		c.hireTeam(engineering, "DESIGN-ENG", engineeringHead, 4, years(1, 9));
		DemoPerson movedToQuality = c.hire(engineering, "PROCESS-ENG", engineeringHead, years(3, 8));

		// 质量部: engineers and an inspection team
		DemoPerson qualityHead = c.hire(quality, "QA-MGR", deputy, years(5, 10));
		c.head(quality, qualityHead);
		c.hireTeam(quality, "QC-ENG", qualityHead, 2, years(1, 8));
		c.transfer(movedToQuality, quality, "QC-ENG", qualityHead, "内部调岗至质量部，负责过程质量控制");
		DemoUnit inspection = c.unit(quality, "QA-INSP", "检验班", TEAM);
		DemoPerson inspectionLead = c.hire(inspection, "TEAM-LEAD", qualityHead, years(3, 9));
		c.head(inspection, inspectionLead);
		List<DemoPerson> inspectors = c.hireTeam(inspection, "QC-INSP", inspectionLead, 11, months(2, 110));

		// 销售部 with two regional teams
		DemoPerson salesHead = c.hire(sales, "SALES-DIR", gm, years(5, 10));
		c.head(sales, salesHead);
		c.hireTeam(sales, "SALES-ADMIN", salesHead, 2, years(1, 7));
		DemoUnit east = c.unit(sales, "SALES-EAST", "华东区", TEAM);
		DemoPerson eastLead = c.hire(east, "REGION-MGR", salesHead, years(3, 9));
		c.head(east, eastLead);
		List<DemoPerson> eastReps = c.hireTeam(east, "SALES-REP", eastLead, 8, months(3, 100));
		DemoUnit south = c.unit(sales, "SALES-SOUTH", "华南区", TEAM);
		DemoPerson southLead = c.hire(south, "REGION-MGR", salesHead, years(3, 9));
		c.head(south, southLead);
		c.hire(south, "SALES-REP", southLead, years(1, 5), c.english("Jason", "Li"));
		c.hireTeam(south, "SALES-REP", southLead, 5, months(3, 100));
		c.transfer(eastReps.get(2), south, "SALES-REP", southLead, "支援华南区新客户开拓");

		// 采购部, 人力资源部, 财务部
		DemoPerson purchasingHead = c.hire(purchasing, "PURCH-MGR", gm, years(4, 10));
		c.head(purchasing, purchasingHead);
		c.hireTeam(purchasing, "BUYER", purchasingHead, 4, years(1, 8));
		c.hireTeam(purchasing, "WAREHOUSE", purchasingHead, 2, years(1, 8));
		DemoPerson hrHead = c.hire(hr, "HR-MGR", gm, years(5, 9));
		c.grant(hrHead, Role.HR_ADMIN);
		c.head(hr, hrHead);
		DemoPerson hrSpecialist = c.hire(hr, "HR-SPEC", hrHead, years(2, 6));
		c.grant(hrSpecialist, Role.HR_ADMIN);
		c.hire(hr, "HR-SPEC", hrHead, months(6, 30));
		c.hire(hr, "ADMIN-SPEC", hrHead, years(1, 8));
		DemoPerson financeHead = c.hire(finance, "FIN-MGR", gm, years(6, 10));
		c.head(finance, financeHead);
		c.hireTeam(finance, "ACCOUNTANT", financeHead, 2, years(1, 9));
		c.hire(finance, "CASHIER", financeHead, years(1, 6));

		// a few people left; they keep their records and history, without access
		c.leave(machining1.operators().get(11), "个人原因离职");
		c.leave(machining2.operators().get(7), "合同到期不再续签");
		c.leave(assembly1.operators().get(9), "回老家发展");
		c.leave(assembly1.operators().get(12), "个人原因离职");
		c.leave(inspectors.get(10), "个人原因离职");
		c.leave(eastReps.get(6), "另谋发展");

		DemoPerson operator = machining1.operators().get(0);
		return List.of(signIn(c, DemoSignIn.HR_ADMIN, hrHead, "HR-MGR", hr),
				signIn(c, DemoSignIn.EXECUTIVE, gm, "GM", office),
				signIn(c, DemoSignIn.MANAGER, machining.head(), "WS-HEAD", machining.unit()),
				signIn(c, DemoSignIn.EMPLOYEE, operator, "OPERATOR", machining1.unit()));
	}

	private record Workshop(DemoUnit unit, DemoPerson head) {
	}

	private static Workshop workshop(DemoCompanyBuilder c, DemoUnit production, DemoPerson productionHead, String code,
			String name, int maintenanceTechnicians) {
		DemoUnit unit = c.unit(production, code, name, DEPARTMENT);
		DemoPerson head = c.hire(unit, "WS-HEAD", productionHead, years(4, 10));
		c.head(unit, head);
		c.hireTeam(unit, "MAINT-TECH", head, maintenanceTechnicians, years(1, 9));
		return new Workshop(unit, head);
	}

	/** A 班组 of a workshop: its unit, its team leader and line workers. */
	private record Team(DemoUnit unit, DemoPerson lead, List<DemoPerson> operators) {
	}

	private static Team team(DemoCompanyBuilder c, Workshop workshop, String code, String name, int operators) {
		DemoUnit unit = c.unit(workshop.unit(), code, name, TEAM);
		DemoPerson lead = c.hire(unit, "TEAM-LEAD", workshop.head(), years(3, 10));
		c.head(unit, lead);
		return new Team(unit, lead, operators(c, unit, lead, operators));
	}

	/**
	 * About a quarter of line workers have no account: their team leader enters their numbers. The first
	 * always has one, so each team has an operator to sign in as.
	 */
	private static List<DemoPerson> operators(DemoCompanyBuilder c, DemoUnit team, DemoPerson lead, int count) {
		List<DemoPerson> operators = new ArrayList<>(c.hireTeam(team, "OPERATOR", lead, count, months(1, 118)));
		operators.stream().skip(1).filter(operator -> c.random().nextInt(4) == 0).forEach(c::noAccount);
		return operators;
	}

	private static DemoSignIn signIn(DemoCompanyBuilder c, String role, DemoPerson person, String position,
			DemoUnit unit) {
		return new DemoSignIn(role, person.name(), c.positionName(position), unit.name(), person.email());
	}

	private static void positions(DemoCompanyBuilder c) {
		c.position("GM", "总经理", "全面负责公司经营管理");
		c.position("DEPUTY-GM", "副总经理", "分管生产、质量和技术");
		c.position("GM-ASSIST", "总经理助理", null);
		c.position("PROD-MGR", "生产部经理", "负责生产计划、产能和成本");
		c.position("PLANNER", "生产计划员", null);
		c.position("WS-HEAD", "车间主任", "负责车间生产、安全、质量和损耗");
		c.position("TEAM-LEAD", "班组长", "带领班组完成生产任务");
		c.position("OPERATOR", "操作工", "一线生产操作");
		c.position("MAINT-TECH", "设备维修工", null);
		c.position("QA-MGR", "质量部经理", null);
		c.position("QC-ENG", "质量工程师", null);
		c.position("QC-INSP", "质检员", null);
		c.position("ENG-MGR", "技术部经理", null);
		c.position("PROCESS-ENG", "工艺工程师", null);
		c.position("DESIGN-ENG", "机械设计工程师", null);
		c.position("SALES-DIR", "销售总监", null);
		c.position("REGION-MGR", "区域销售经理", null);
		c.position("SALES-REP", "销售代表", null);
		c.position("SALES-ADMIN", "销售内勤", null);
		c.position("PURCH-MGR", "采购部经理", null);
		c.position("BUYER", "采购员", null);
		c.position("WAREHOUSE", "仓库管理员", null);
		c.position("HR-MGR", "人力资源经理", null);
		c.position("HR-SPEC", "人力资源专员", null);
		c.position("ADMIN-SPEC", "行政专员", null);
		c.position("FIN-MGR", "财务经理", null);
		c.position("ACCOUNTANT", "会计", null);
		c.position("CASHIER", "出纳", null);
	}

}
