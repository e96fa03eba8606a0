package io.lodestar.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

/**
 * The demo companies carry the scenarios of the product brief: the start-up's OKRs, the customer-service award
 * and the factory's quarterly appraisal.
 */
class DemoScenarioIntegrationTests extends DemoDatabaseTestBase {

	@Test
	void theStartUpHasTheOkrScenariosOfTheBrief() {
		UUID nebula = tenant("nebula");
		// last quarter closed with the product team at 80 % and the objective carried over; this quarter active
		assertThat(jdbc.sql("select phase from okr_cycle where tenant_id = :t order by starts_on").param("t", nebula)
			.query(String.class).list()).containsExactly("CLOSED", "ACTIVE");
		assertThat(count("select count(*) from okr_key_result where tenant_id = :t and score = 0.8", nebula)).isEqualTo(1);
		assertThat(count("select count(*) from okr_objective where tenant_id = :t and carried_from_goal_id is not null",
				nebula)).isEqualTo(1);
		// the manager's suggestion accepted, a key result replaced mid-cycle, check-ins with help requests
		assertThat(count("select count(*) from okr_comment where tenant_id = :t and suggestion_state = 'ACCEPTED'", nebula))
			.isEqualTo(1);
		assertThat(count("select count(*) from okr_key_result_version where tenant_id = :t and number = 2 "
				+ "and state = 'APPROVED'", nebula)).isEqualTo(1);
		assertThat(count("select count(*) from okr_check_in where tenant_id = :t and help_needed is not null", nebula))
			.isGreaterThanOrEqualTo(3);
		// six of the OKR scenarios and the customer-service agent's (see theStartUpHasTheRecognitionScenarioOfTheBrief)
		assertThat(count("select count(*) from okr_objective where tenant_id = :t and review_state = 'APPROVED'", nebula))
			.isEqualTo(7);
		// the engineer's objective feeds the product team's, which feeds the company's
		assertThat(count("""
				select count(*) from goal o join goal p on p.tenant_id = o.tenant_id and p.id = o.parent_id
				join goal c on c.tenant_id = p.tenant_id and c.id = p.parent_id
				where o.tenant_id = :t and o.kind = 'OBJECTIVE' and o.owner_type = 'EMPLOYEE' and c.owner_type = 'COMPANY'
				""", nebula)).isEqualTo(1);
	}

	@Test
	void theStartUpHasTheRecognitionScenarioOfTheBrief() {
		UUID nebula = tenant("nebula");
		// a customer-service agent's key result "complaint rate −50 %" at 80 %, awarded 优秀员工 with a bonus by her
		// supervisor, within the supervisor's budget
		var award = jdbc.sql("""
				select t.name, a.bonus_amount, a.currency, b.allocated, b.used, g.title, g.progress,
				    u.name as unit, a.giver_employee_id, b.manager_employee_id
				from recognition_award a
				join recognition_award_type t on t.tenant_id = a.tenant_id and t.id = a.award_type_id
				join recognition_budget b on b.tenant_id = a.tenant_id and b.id = a.budget_id
				join goal g on g.tenant_id = a.tenant_id and g.id = a.goal_id
				join people_org_unit u on u.tenant_id = a.tenant_id and u.id = a.recipient_unit_id
				where a.tenant_id = :t and a.reward_kind = 'BONUS' and a.revoked_at is null""")
			.param("t", nebula)
			.query()
			.singleRow();
		assertThat(award.get("name")).isEqualTo("优秀员工");
		assertThat(award.get("unit")).isEqualTo("客服部");
		assertThat((String) award.get("title")).contains("客户投诉率降低50%");
		assertThat((java.math.BigDecimal) award.get("progress")).isEqualByComparingTo("0.8");
		assertThat((java.math.BigDecimal) award.get("bonus_amount")).isEqualByComparingTo("2000.00");
		assertThat(award.get("currency")).isEqualTo("CNY");
		assertThat(award.get("giver_employee_id")).isEqualTo(award.get("manager_employee_id"));
		assertThat((java.math.BigDecimal) award.get("used")).isEqualByComparingTo("2000.00")
			.isLessThanOrEqualTo((java.math.BigDecimal) award.get("allocated"));
		assertThat(count("select count(*) from recognition_praise where tenant_id = :t", nebula)).isGreaterThanOrEqualTo(2);
		assertThat(count("select count(*) from engagement_notification where tenant_id = :t and kind in ('AWARD', 'PRAISE')",
				nebula)).isGreaterThanOrEqualTo(3);
	}

	@Test
	void theFactoryAppraisesItsLastQuarterFromItsKpiActualsWithTheBonusRuleAndGradeCoefficients() {
		UUID huarui = tenant("huarui");
		var cycle = jdbc.sql("select id, name, phase, pay_base from appraisal_cycle where tenant_id = :t")
			.param("t", huarui)
			.query()
			.singleRow();
		assertThat((String) cycle.get("name")).endsWith("季度生产部绩效考核");
		assertThat(cycle.get("phase")).isEqualTo("RESULTS");
		List<java.util.Map<String, Object>> rows = jdbc.sql("""
				select grade, count(*) n, min(kpi_score) low, max(kpi_score) high, sum(pay_amount) paid
				from appraisal where tenant_id = :t group by grade order by grade""").param("t", huarui).query().listOfRows();
		assertThat(rows).extracting(row -> row.get("grade")).as("every grade is given").contains("S", "A", "B", "C", "D");
		assertThat(count("select count(*) from appraisal where tenant_id = :t and kpi_score is not null", huarui))
			.as("scores computed from the MES actuals").isGreaterThan(100);
		assertThat(count("select count(*) from appraisal_change where tenant_id = :t and what = 'GRADE'", huarui))
			.isEqualTo(2);
		assertThat(count("select count(*) from appraisal where tenant_id = :t and appeal_state = 'OPEN'", huarui))
			.isEqualTo(1);
		assertThat(count("select count(*) from appraisal_template where tenant_id = :t and pay_tiers like '%>120%'",
				huarui)).isEqualTo(1);
	}

}
