package io.lodestar.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.lodestar.company.CompanySummary;
import io.lodestar.platform.security.CurrentUser;
import io.lodestar.platform.security.Role;

/**
 * The demo loader: start-up with demo data switched off leaves the database empty; loading creates the two
 * companies with people, reporting lines, accounts and histories a visitor of the demo would rely on, all audited,
 * and loading again adds nothing.
 */
class DemoLoaderIntegrationTests extends DemoDatabaseTestBase {

	@Test
	void startUpWithDemoDataSwitchedOffLeavesAnEmptyDatabaseEmpty() {
		assertThat(emptyAfterStartUp).isTrue();
	}

	@Test
	void loadsTheFactoryAndTheStartUp() {
		assertThat(companies.all()).extracting(CompanySummary::code, CompanySummary::name,
				CompanySummary::defaultLocale, CompanySummary::timeZone)
			.containsExactlyInAnyOrder(
					org.assertj.core.groups.Tuple.tuple("huarui", "华锐精密机械有限公司", "zh-CN", "Asia/Shanghai"),
					org.assertj.core.groups.Tuple.tuple("nebula", "星云科技", "zh-CN", "Asia/Shanghai"));
		assertThat(load.companies()).extracting(result -> result.company().code()).containsExactly("huarui", "nebula");
	}

	@Test
	void headcountsAreAboutTwoHundredAndSixty() {
		assertThat(count("select count(*) from people_employee where tenant_id = :t", tenant("huarui")))
			.isBetween(190L, 215L);
		assertThat(count("select count(*) from people_employee where tenant_id = :t and status = 'ACTIVE'",
				tenant("huarui")))
			.isBetween(185L, 205L);
		assertThat(count("select count(*) from people_employee where tenant_id = :t", tenant("nebula")))
			.isBetween(55L, 65L);
		assertThat(load.companies()).extracting(DemoCompanyResult::employees)
			.containsExactly((int) count("select count(*) from people_employee where tenant_id = :t", tenant("huarui")),
					(int) count("select count(*) from people_employee where tenant_id = :t", tenant("nebula")));
	}

	@Test
	void everyActiveEmployeeButTheTopOneHasAnActiveManager() {
		for (String code : List.of("huarui", "nebula")) {
			UUID tenant = tenant(code);
			List<String> tops = jdbc.sql("""
					select e.name from people_employee e
					where e.tenant_id = :t and e.status = 'ACTIVE' and e.manager_id is null
					""").param("t", tenant).query(String.class).list();
			assertThat(tops).as(code).hasSize(1);
			assertThat(count("""
					select count(*) from account_user a join people_employee e on e.tenant_id = a.tenant_id
					    and e.id = a.employee_id
					where a.tenant_id = :t and e.manager_id is null and a.roles like '%EXECUTIVE%'
					""", tenant)).as(code + " top is an executive").isEqualTo(1);
			assertThat(jdbc.sql("""
					select e.name from people_employee e join people_employee m on m.tenant_id = e.tenant_id
					    and m.id = e.manager_id
					where e.tenant_id = :t and e.status = 'ACTIVE' and m.status <> 'ACTIVE'
					""").param("t", tenant).query(String.class).list()).as(code).isEmpty();
		}
	}

	@Test
	void reportingLinesHaveNoCycle() {
		for (String code : List.of("huarui", "nebula")) {
			Map<UUID, UUID> managers = new HashMap<>();
			jdbc.sql("select id, manager_id from people_employee where tenant_id = :t")
				.param("t", tenant(code))
				.query((row, n) -> managers.put(row.getObject("id", UUID.class), row.getObject("manager_id", UUID.class)))
				.list();
			for (UUID start : managers.keySet()) {
				Set<UUID> seen = new HashSet<>();
				for (UUID cursor = start; cursor != null; cursor = managers.get(cursor)) {
					assertThat(seen.add(cursor)).as("cycle through %s in %s", cursor, code).isTrue();
				}
			}
		}
	}

	@Test
	void everyUnitHasAnActiveHeadAndTheFactoryHasWorkshopsAndTeams() {
		for (String code : List.of("huarui", "nebula")) {
			assertThat(count("""
					select count(*) from people_org_unit u
					left join people_employee h on h.tenant_id = u.tenant_id and h.id = u.head_employee_id
					where u.tenant_id = :t and (h.id is null or h.status <> 'ACTIVE')
					""", tenant(code))).as(code).isZero();
		}
		List<String> units = jdbc.sql("select name from people_org_unit where tenant_id = :t")
			.param("t", tenant("huarui"))
			.query(String.class)
			.list();
		assertThat(units).contains("总经理办公室", "生产部", "机加工车间", "装配车间", "热处理车间", "机加工一班", "质量部",
				"销售部", "华东区", "华南区", "采购部", "技术部", "人力资源部", "财务部");
		assertThat(count("""
				select count(*) from people_employee e join people_position p on p.tenant_id = e.tenant_id
				    and p.id = e.position_id
				where e.tenant_id = :t and e.status = 'ACTIVE' and p.code = 'OPERATOR'
				""", tenant("huarui"))).as("line workers are the bulk of the factory").isGreaterThan(100);
	}

	@Test
	void peopleLookRealAndAreUniqueWithinTheirCompany() {
		LocalDate today = companies.today(tenant("huarui"));
		for (String code : List.of("huarui", "nebula")) {
			String prefix = code.equals("huarui") ? "HR" : "NB";
			List<Map<String, Object>> people = jdbc.sql("""
					select name, email, employee_no, phone, hire_date from people_employee where tenant_id = :t
					""").param("t", tenant(code)).query().listOfRows();
			assertThat(people).extracting(row -> row.get("name")).doesNotHaveDuplicates();
			assertThat(people).extracting(row -> (String) row.get("email"))
				.doesNotHaveDuplicates()
				.allMatch(email -> email.matches("[a-z]+\\.[a-z]+[0-9]*@" + code + "-demo\\.cn"));
			assertThat(people).extracting(row -> (String) row.get("employee_no"))
				.allMatch(number -> number.matches(prefix + "[0-9]{4}"));
			assertThat(people).extracting(row -> (String) row.get("phone")).allMatch(phone -> phone.matches("138[0-9]{8}"));
			assertThat(people).extracting(row -> ((java.sql.Date) row.get("hire_date")).toLocalDate())
				.allMatch(date -> !date.isAfter(today) && !date.isBefore(today.minusYears(10).minusDays(1)));
			assertThat(people).extracting(row -> (String) row.get("name"))
				.as("mostly Chinese names")
				.filteredOn(name -> name.matches("\\p{IsHan}{2,3}"))
				.hasSizeGreaterThan(people.size() - 6);
		}
		assertThat(jdbc.sql("select name from people_employee where tenant_id = :t")
			.param("t", tenant("nebula"))
			.query(String.class)
			.list()).contains("David Chen", "Emily Wang", "Lucas Zhang");
	}

	@Test
	void somePeopleLeftAndSomeMovedSoHistoriesExist() {
		for (String code : List.of("huarui", "nebula")) {
			UUID tenant = tenant(code);
			assertThat(count("select count(*) from people_employee where tenant_id = :t and status = 'LEFT' "
					+ "and left_on is not null and left_on >= hire_date", tenant)).as(code).isBetween(3L, 8L);
			assertThat(count("""
					select count(*) from (select employee_id from people_assignment where tenant_id = :t
					    and reason is not null group by employee_id having count(*) >= 1) moved
					""", tenant)).as(code + " people with a recorded move").isGreaterThanOrEqualTo(2);
			assertThat(count("select count(*) from account_user a join people_employee e on e.tenant_id = a.tenant_id "
					+ "and e.id = a.employee_id where a.tenant_id = :t and e.status = 'LEFT'", tenant))
				.as("leavers have no access").isZero();
		}
	}

	@Test
	void managersAndOfficeStaffHaveAccountsWithOneSharedBcryptHash() {
		for (String code : List.of("huarui", "nebula")) {
			UUID tenant = tenant(code);
			assertThat(count("""
					select count(*) from people_employee m
					where m.tenant_id = :t and m.status = 'ACTIVE'
					  and exists (select 1 from people_employee r where r.tenant_id = m.tenant_id and r.manager_id = m.id
					      and r.status = 'ACTIVE')
					  and not exists (select 1 from account_user a where a.tenant_id = m.tenant_id and a.employee_id = m.id)
					""", tenant)).as(code + " managers without an account").isZero();
			List<String> hashes = jdbc.sql("select distinct password_hash from account_user where tenant_id = :t")
				.param("t", tenant)
				.query(String.class)
				.list();
			assertThat(hashes).hasSize(1);
			assertThat(hashes.get(0)).startsWith("{bcrypt}$2");
			assertThat(passwords.matches(load.password(), hashes.get(0))).isTrue();
			assertThat(count("select count(*) from account_user where tenant_id = :t and roles like '%HR_ADMIN%'", tenant))
				.isPositive();
		}
		assertThat(load.companies()).allMatch(result -> result.accounts() == count(
				"select count(*) from account_user where tenant_id = :t", result.company().id()));
	}

	@Test
	void thePrintedSignInsWorkWithTheirRoles() throws Exception {
		for (DemoCompanyResult result : load.companies()) {
			assertThat(result.signIns()).extracting(DemoSignIn::role)
				.containsExactly(DemoSignIn.HR_ADMIN, DemoSignIn.EXECUTIVE, DemoSignIn.MANAGER, DemoSignIn.EMPLOYEE);
			for (DemoSignIn signIn : result.signIns()) {
				Role expected = switch (signIn.role()) {
					case DemoSignIn.HR_ADMIN -> Role.HR_ADMIN;
					case DemoSignIn.EXECUTIVE -> Role.EXECUTIVE;
					case DemoSignIn.MANAGER -> Role.MANAGER;
					default -> Role.EMPLOYEE;
				};
				mvc.perform(formLogin("/login").user("email", signIn.email()).password(load.password()))
					.andExpect(authenticated().withAuthentication(authentication -> {
						CurrentUser user = (CurrentUser) authentication.getPrincipal();
						assertThat(user.tenantId()).isEqualTo(result.company().id());
						assertThat(user.roles()).as(signIn.email()).contains(expected);
						if (expected == Role.EMPLOYEE) {
							assertThat(user.roles()).containsExactly(Role.EMPLOYEE);
						}
					}));
			}
		}
	}

	@Test
	void everythingIsAuditedAsSystem() {
		for (DemoCompanyResult result : load.companies()) {
			UUID tenant = result.company().id();
			assertThat(count("select count(*) from platform_audit_event where tenant_id = :t and action = 'CREATE' "
					+ "and entity_type = 'employee' and actor_name = 'system'", tenant)).isEqualTo(result.employees());
			assertThat(count("select count(*) from platform_audit_event where tenant_id = :t and action = 'CREATE' "
					+ "and entity_type = 'company'", tenant)).isEqualTo(1);
		}
	}

	@Test
	void loadingAgainAddsNothing() {
		List<Long> before = totals();

		assertThat(loader.loadIfEmpty()).isEmpty();

		assertThat(totals()).isEqualTo(before);
	}

	/** Companies, employees, accounts and audit events in this test's own database. */
	private List<Long> totals() {
		return List.of("company", "people_employee", "account_user", "platform_audit_event")
			.stream()
			.map(table -> jdbc.sql("select count(*) from " + table).query(Long.class).single())
			.toList();
	}

	@Test
	void aConfiguredPasswordMustPassThePasswordPolicy() {
		assertThatThrownBy(() -> loader.resolvePassword("password")).isInstanceOf(IllegalStateException.class)
			.hasMessageContaining("LODESTAR_DEMO_PASSWORD is refused");
		assertThatThrownBy(() -> loader.resolvePassword("short")).hasMessageContaining("LODESTAR_DEMO_PASSWORD");
		assertThat(loader.resolvePassword("Tidal-Compass-81")).isEqualTo("Tidal-Compass-81");
		assertThat(loader.resolvePassword("")).hasSize(16);
	}

	@Test
	void theLogBlockListsTheSignInsAndShowsAGeneratedPasswordOnce() {
		String banner = DemoLoader.banner(load);
		assertThat(load.passwordGenerated()).isTrue();
		assertThat(banner).contains("华锐精密机械有限公司", "星云科技", "HR admin", "Executive", "Manager", "Employee",
				"机加工车间", "后端组");
		load.companies().forEach(result -> result.signIns().forEach(signIn -> assertThat(banner).contains(signIn.email())));
		assertThat(banner.split(java.util.regex.Pattern.quote(load.password()), -1)).hasSize(2);
		DemoLoader.DemoLoad configured = new DemoLoader.DemoLoad(load.companies(), "Tidal-Compass-81", false,
				load.took());
		assertThat(DemoLoader.banner(configured)).doesNotContain("Tidal-Compass-81").contains("LODESTAR_DEMO_PASSWORD");
	}

}
