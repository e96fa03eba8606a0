package io.lodestar.demo;

import static io.lodestar.demo.DemoCompanyBuilder.Tenure.months;
import static io.lodestar.demo.DemoCompanyBuilder.Tenure.years;
import static io.lodestar.people.OrgUnitKind.DEPARTMENT;
import static io.lodestar.people.OrgUnitKind.TEAM;

import java.util.List;

import io.lodestar.company.NewCompany;
import io.lodestar.platform.security.Role;

/**
 * 星云科技 (Nebula Tech): an e-commerce software start-up of about 60 people founded six years ago, the
 * product brief's OKR scenarios (product, R&amp;D, marketing, sales, customer service). Some staff use
 * English names at work.
 */
final class NebulaDemo implements DemoScript {

	@Override
	public NewCompany company() {
		return new NewCompany("nebula", "星云科技", "zh-CN", "Asia/Shanghai");
	}

	@Override
	public String employeeNumberPrefix() {
		return "NB";
	}

	@Override
	public String emailDomain() {
		return "nebula-demo.cn";
	}

	@Override
	public long seed() {
		return 20200815L;
	}

	@Override
	public void goals(DemoGoals goals) {
		new NebulaGoals().build(goals);
		new NebulaOkrs().build(goals);
	}

	@Override
	public List<DemoSignIn> build(DemoCompanyBuilder c) {
		positions(c);
		DemoUnit root = c.root();
		DemoUnit product = c.unit(root, "PRODUCT", "产品部", DEPARTMENT);
		DemoUnit rnd = c.unit(root, "RND", "研发部", DEPARTMENT);
		DemoUnit marketing = c.unit(root, "MKT", "市场部", DEPARTMENT);
		DemoUnit sales = c.unit(root, "SALES", "销售部", DEPARTMENT);
		DemoUnit service = c.unit(root, "CS", "客服部", DEPARTMENT);
		DemoUnit hrAdmin = c.unit(root, "HRA", "人力行政部", DEPARTMENT);

		DemoPerson ceo = c.hire(root, "CEO", null, years(6, 6));
		c.grant(ceo, Role.EXECUTIVE);
		c.head(root, ceo);

		// 产品部
		DemoPerson productHead = c.hire(product, "PRODUCT-DIR", ceo, years(4, 6), c.english("Emily", "Wang"));
		c.head(product, productHead);
		c.hireTeam(product, "PM", productHead, 4, months(3, 60));
		c.hireTeam(product, "UI-DESIGNER", productHead, 2, months(3, 50));

		// 研发部: backend, frontend and QA teams
		DemoPerson cto = c.hire(rnd, "CTO", ceo, years(5, 6));
		c.head(rnd, cto);
		DemoUnit backend = c.unit(rnd, "RND-BE", "后端组", TEAM);
		DemoPerson backendLead = c.hire(backend, "TECH-LEAD", cto, years(3, 5), c.english("David", "Chen"));
		c.head(backend, backendLead);
		List<DemoPerson> backendDevs = c.hireTeam(backend, "BACKEND-DEV", backendLead, 7, months(2, 60));
		DemoUnit frontend = c.unit(rnd, "RND-FE", "前端组", TEAM);
		DemoPerson frontendLead = c.hire(frontend, "TECH-LEAD", cto, years(2, 5));
		c.head(frontend, frontendLead);
		c.hire(frontend, "FRONTEND-DEV", frontendLead, months(6, 40), c.english("Lucas", "Zhang"));
		List<DemoPerson> frontendDevs = c.hireTeam(frontend, "FRONTEND-DEV", frontendLead, 4, months(2, 60));
		c.transfer(frontendDevs.get(3), backend, "BACKEND-DEV", backendLead, "技术栈调整，转岗后端开发");
		DemoUnit qa = c.unit(rnd, "RND-QA", "测试组", TEAM);
		DemoPerson qaLead = c.hire(qa, "TECH-LEAD", cto, years(2, 5));
		c.head(qa, qaLead);
		c.hireTeam(qa, "QA-ENG", qaLead, 3, months(2, 50));

		// 市场部: brand and social media
		DemoPerson marketingHead = c.hire(marketing, "MKT-DIR", ceo, years(3, 6));
		c.head(marketing, marketingHead);
		DemoUnit brand = c.unit(marketing, "MKT-BRAND", "品牌组", TEAM);
		DemoPerson brandLead = c.hire(brand, "MKT-LEAD", marketingHead, years(2, 5), c.english("Grace", "Liu"));
		c.head(brand, brandLead);
		c.hireTeam(brand, "BRAND-SPEC", brandLead, 2, months(2, 48));
		DemoUnit social = c.unit(marketing, "MKT-SOCIAL", "新媒体组", TEAM);
		DemoPerson socialLead = c.hire(social, "MKT-LEAD", marketingHead, years(2, 4));
		c.head(social, socialLead);
		c.hireTeam(social, "SOCIAL-OPS", socialLead, 3, months(2, 40));

		// 销售部
		DemoPerson salesHead = c.hire(sales, "SALES-DIR", ceo, years(4, 6));
		c.head(sales, salesHead);
		c.hire(sales, "KEY-ACCOUNT", salesHead, years(2, 5), c.english("Kevin", "Li"));
		c.hireTeam(sales, "KEY-ACCOUNT", salesHead, 2, months(6, 60));
		List<DemoPerson> salesExecs = c.hireTeam(sales, "SALES-EXEC", salesHead, 6, months(2, 48));

		// 客服部
		DemoPerson serviceHead = c.hire(service, "CS-SUPERVISOR", ceo, years(3, 6));
		c.head(service, serviceHead);
		List<DemoPerson> agents = c.hireTeam(service, "CS-AGENT", serviceHead, 10, months(1, 60));
		c.transfer(agents.get(4), social, "SOCIAL-OPS", socialLead, "内部转岗至新媒体运营");

		// 人力行政部
		DemoPerson hrHead = c.hire(hrAdmin, "HR-MGR", ceo, years(4, 6));
		c.grant(hrHead, Role.HR_ADMIN);
		c.head(hrAdmin, hrHead);
		c.hire(hrAdmin, "HR-SPEC", hrHead, months(6, 48));
		c.hire(hrAdmin, "RECRUITER", hrHead, months(3, 36));
		c.hire(hrAdmin, "ADMIN-SPEC", hrHead, months(6, 60));

		c.leave(backendDevs.get(6), "个人原因离职");
		c.leave(agents.get(8), "另谋发展");
		c.leave(salesExecs.get(5), "试用期未通过");

		return List.of(signIn(c, DemoSignIn.HR_ADMIN, hrHead, "HR-MGR", hrAdmin),
				signIn(c, DemoSignIn.EXECUTIVE, ceo, "CEO", root),
				signIn(c, DemoSignIn.MANAGER, backendLead, "TECH-LEAD", backend),
				signIn(c, DemoSignIn.EMPLOYEE, backendDevs.get(0), "BACKEND-DEV", backend));
	}

	private static DemoSignIn signIn(DemoCompanyBuilder c, String role, DemoPerson person, String position,
			DemoUnit unit) {
		return new DemoSignIn(role, person.name(), c.positionName(position), unit.name(), person.email());
	}

	private static void positions(DemoCompanyBuilder c) {
		c.position("CEO", "首席执行官", "公司创始人，负责战略与经营");
		c.position("PRODUCT-DIR", "产品总监", null);
		c.position("PM", "产品经理", null);
		c.position("UI-DESIGNER", "UI/UX 设计师", null);
		c.position("CTO", "技术总监", "负责研发部与技术架构");
		c.position("TECH-LEAD", "技术组长", null);
		c.position("BACKEND-DEV", "后端开发工程师", null);
		c.position("FRONTEND-DEV", "前端开发工程师", null);
		c.position("QA-ENG", "测试工程师", null);
		c.position("MKT-DIR", "市场总监", null);
		c.position("MKT-LEAD", "市场组长", null);
		c.position("BRAND-SPEC", "品牌专员", null);
		c.position("SOCIAL-OPS", "新媒体运营", null);
		c.position("SALES-DIR", "销售总监", null);
		c.position("KEY-ACCOUNT", "大客户经理", null);
		c.position("SALES-EXEC", "销售专员", null);
		c.position("CS-SUPERVISOR", "客服主管", null);
		c.position("CS-AGENT", "客服专员", null);
		c.position("HR-MGR", "人力行政经理", null);
		c.position("HR-SPEC", "人事专员", null);
		c.position("RECRUITER", "招聘专员", null);
		c.position("ADMIN-SPEC", "行政专员", null);
	}

}
