package io.lodestar.recognition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import io.lodestar.platform.security.SystemActor;
import io.lodestar.platform.security.TokenScope;
import io.lodestar.test.Api;
import io.lodestar.test.Fixtures;
import io.lodestar.test.IntegrationTest;

/** Managers' bonuses against their award budget: exact to the cent, all or nothing, and safe when two race. */
@IntegrationTest
class AwardBudgetIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	AwardTypes types;

	@Autowired
	AwardBudgets budgets;

	@Autowired
	Awards awards;

	Fixtures.Company company;

	UUID type;

	@BeforeEach
	void company() {
		company = fixtures.company();
		type = RecognitionScenario.awardType(types, company, "Outstanding employee");
	}

	private MvcResult award(Fixtures.Person giver, UUID recipient, String amount) throws Exception {
		String json = """
				{"recipientId":"%s","awardTypeId":"%s","reason":"Complaint rate halved","rewardKind":"BONUS",
				 "bonusAmount":%s}""".formatted(recipient, type, amount);
		return mvc.perform(post("/api/v1/recognition/awards").contentType(MediaType.APPLICATION_JSON).content(json)
			.with(Api.bearer(fixtures.token(giver, TokenScope.READ, TokenScope.WRITE)))).andReturn();
	}

	private long awardsStored() {
		return jdbc.sql("select count(*) from recognition_award where tenant_id = :t").param("t", company.id())
			.query(Long.class).single();
	}

	private BigDecimal used() {
		return jdbc.sql("select used from recognition_budget where tenant_id = :t").param("t", company.id())
			.query(BigDecimal.class).single();
	}

	private long notices(String kind) {
		return jdbc.sql("select count(*) from engagement_notification where tenant_id = :t and kind = :k")
			.param("t", company.id()).param("k", kind).query(Long.class).single();
	}

	@Test
	void exactlyTheRemainingBudgetPassesAndOneCentMoreIsRefusedStoringNothing() throws Exception {
		RecognitionScenario.budget(budgets, company, "1000.00");
		assertThat(award(company.manager(), company.employee().employeeId(), "400").getResponse().getStatus())
			.isEqualTo(201);
		assertThat(used()).isEqualByComparingTo("400");

		MvcResult refused = award(company.manager(), company.colleague().employeeId(), "600.01");
		assertThat(refused.getResponse().getStatus()).isEqualTo(409);
		assertThat(refused.getResponse().getContentAsString()).contains("\"field\":\"bonusAmount\"")
			.contains("recognition.budget.exceeded")
			.contains("600.00");
		assertThat(awardsStored()).isEqualTo(1);
		assertThat(used()).isEqualByComparingTo("400");
		assertThat(notices("AWARD")).isEqualTo(1);

		assertThat(award(company.manager(), company.colleague().employeeId(), "600.00").getResponse().getStatus())
			.isEqualTo(201);
		assertThat(used()).isEqualByComparingTo("1000.00");
		assertThat(notices("AWARD")).isEqualTo(2);
	}

	@Test
	void aManagerWithoutBudgetCannotGiveABonusButHrIsNotBudgetLimited() throws Exception {
		MvcResult refused = award(company.manager(), company.employee().employeeId(), "10");
		assertThat(refused.getResponse().getStatus()).isEqualTo(409);
		assertThat(refused.getResponse().getContentAsString()).contains("recognition.budget.none");
		assertThat(awardsStored()).isZero();

		assertThat(award(company.hr(), company.employee().employeeId(), "50000").getResponse().getStatus())
			.isEqualTo(201);
		assertThat(jdbc.sql("select budget_id from recognition_award where tenant_id = :t").param("t", company.id())
			.query(UUID.class).optional()).isEmpty();
	}

	@Test
	void twoAwardsAtOnceCannotBothSpendTheSameBudget() throws Exception {
		RecognitionScenario.budget(budgets, company, "100.00");
		CountDownLatch start = new CountDownLatch(1);
		ExecutorService pool = Executors.newFixedThreadPool(2);
		List<Future<Boolean>> outcomes = new ArrayList<>();
		for (Fixtures.Person recipient : List.of(company.employee(), company.colleague())) {
			Callable<Boolean> give = () -> {
				start.await();
				try {
					SystemActor.runAs(company.id(), () -> awards.give(company.manager().principal(),
							new NewAward(recipient.employeeId(), type, "Great quarter", null, RewardKind.BONUS,
									new BigDecimal("60.00"), null)));
					return true;
				}
				catch (RuntimeException refused) {
					return false;
				}
			};
			outcomes.add(pool.submit(give));
		}
		start.countDown();
		int passed = 0;
		for (Future<Boolean> outcome : outcomes) {
			passed += outcome.get() ? 1 : 0;
		}
		pool.shutdown();
		assertThat(passed).isEqualTo(1);
		assertThat(awardsStored()).isEqualTo(1);
		assertThat(used()).isEqualByComparingTo("60.00");
	}

	@Test
	void hrSetsBudgetsButNotBelowWhatIsSpentAndRevokingGivesTheBonusBack() throws Exception {
		RecognitionScenario.budget(budgets, company, "500");
		UUID award = RecognitionScenario.bonusAward(awards, company, type, "300");
		String hrToken = fixtures.token(company.hr(), TokenScope.READ, TokenScope.WRITE);
		int year = SystemActor.runAs(company.id(), () -> budgets.currentYear(company.hr().principal()));
		MvcResult below = mvc.perform(put("/api/v1/recognition/budgets").contentType(MediaType.APPLICATION_JSON)
			.content("{\"managerId\":\"%s\",\"fiscalYear\":%d,\"allocated\":299.99}".formatted(
					company.manager().employeeId(), year))
			.with(Api.bearer(hrToken))).andReturn();
		assertThat(below.getResponse().getStatus()).isEqualTo(409);
		assertThat(below.getResponse().getContentAsString()).contains("\"field\":\"allocated\"");
		// a manager cannot set their own budget
		assertThat(mvc.perform(put("/api/v1/recognition/budgets").contentType(MediaType.APPLICATION_JSON)
			.content("{\"managerId\":\"%s\",\"fiscalYear\":%d,\"allocated\":9999}".formatted(
					company.manager().employeeId(), year))
			.with(Api.bearer(fixtures.token(company.manager(), TokenScope.READ, TokenScope.WRITE))))
			.andReturn().getResponse().getStatus()).isEqualTo(403);

		MvcResult revoked = mvc.perform(post("/api/v1/recognition/awards/" + award + "/revocation")
			.contentType(MediaType.APPLICATION_JSON).content("{\"reason\":\"Entered twice\"}").with(Api.bearer(hrToken)))
			.andReturn();
		assertThat(revoked.getResponse().getStatus()).isEqualTo(200);
		assertThat(used()).isEqualByComparingTo("0");
		assertThat(jdbc.sql("select count(*) from platform_audit_event where tenant_id = :t and action = 'REVOKE' "
				+ "and entity_type = 'recognition_award'").param("t", company.id()).query(Long.class).single()).isEqualTo(1);
		// again: refused, the budget is not refunded twice
		assertThat(mvc.perform(post("/api/v1/recognition/awards/" + award + "/revocation")
			.contentType(MediaType.APPLICATION_JSON).content("{\"reason\":\"Again\"}").with(Api.bearer(hrToken)))
			.andReturn().getResponse().getStatus()).isEqualTo(409);
		assertThat(used()).isEqualByComparingTo("0");

		String list = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
			.get("/api/v1/recognition/budgets").with(Api.bearer(hrToken))).andReturn().getResponse().getContentAsString();
		assertThat(list).contains("\"allocated\":500.00").contains("\"remaining\":500.00");
	}

}
