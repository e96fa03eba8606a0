package io.lodestar.appraisal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import io.lodestar.goals.PeriodCalendar;
import io.lodestar.platform.security.CurrentUser;
import io.lodestar.platform.security.SystemActor;
import io.lodestar.platform.web.BusinessRuleException;
import io.lodestar.test.Fixtures;
import io.lodestar.test.IntegrationTest;

/**
 * A cycle larger than the synchronous limit is computed in the background after the request commits, chunk by
 * chunk with its progress on the cycle; calibration waits for it; the result is the same as computed at once.
 */
@IntegrationTest
class ScoreComputationsIntegrationTests {

	@Autowired
	io.lodestar.platform.operations.BusinessMetrics metrics;

	@Autowired
	io.lodestar.platform.jobs.Heartbeats heartbeats;

	@Autowired
	Fixtures fixtures;

	@Autowired
	AppraisalTemplates templates;

	@Autowired
	AppraisalCycles cycles;

	@Autowired
	AppraisalReviews reviews;

	@Autowired
	Calibration calibration;

	@Autowired
	AppraisalScoring scoring;

	@Autowired
	PeriodCalendar calendar;

	@Autowired
	JdbcClient jdbcClient;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	PlatformTransactionManager transactions;

	@Test
	void aLargeCycleIsComputedInTheBackgroundWithProgressAndCalibrationWaits() throws Exception {
		Fixtures.Company company = fixtures.company();
		CurrentUser hr = company.hr().principal();
		AppraisalCycle cycle = SystemActor.runAs(company.id(), () -> {
			AppraisalTemplate template = templates.create(hr, TemplateRequest.standard("Standard"));
			UUID period = calendar.current(company.id(), io.lodestar.goals.PeriodKind.QUARTER).id();
			AppraisalCycle created = cycles.create(hr, new NewAppraisalCycle("Q", template.id(), period,
					List.of(company.salesUnit()), List.of(), null, null, null, null, new BigDecimal("8000"), null));
			cycles.advance(hr, created.id(), AppraisalPhase.SELF_REVIEW);
			return cycles.advance(hr, created.id(), AppraisalPhase.MANAGER_REVIEW);
		});
		SystemActor.runAs(company.id(), () -> reviews.managerAssess(company.manager().principal(),
				reviews.ofCycle(hr, cycle.id()).stream()
					.filter(a -> a.employeeId().equals(company.employee().employeeId()))
					.findFirst()
					.orElseThrow()
					.id(), new BigDecimal("4"), null, 2));

		// a limit of one appraisal: the three people of Sales are computed in the background
		ScoreComputations background = new ScoreComputations(jdbcClient, scoring, transactions, 1,
				metrics, heartbeats);
		try {
			new TransactionTemplate(transactions).executeWithoutResult(status -> {
				background.start(company.id(), cycle);
				// until the transaction commits, nothing runs
				assertThat(cycles.get(company.id(), cycle.id()).computation().running()).isTrue();
			});
			AppraisalCycle computing = cycles.get(company.id(), cycle.id());
			assertThat(computing.computation().total()).isEqualTo(3);
			if (computing.computation().running()) {
				assertThatThrownBy(() -> ScoreComputations.refuseWhileComputing(computing))
					.isInstanceOf(BusinessRuleException.class);
			}
			assertThat(background.awaitIdle(company.id(), cycle.id(), Duration.ofSeconds(20))).isTrue();
		}
		finally {
			background.destroy();
		}
		AppraisalCycle done = cycles.get(company.id(), cycle.id());
		assertThat(done.computation()).isEqualTo(new AppraisalCycle.Computation(false, 3, 3, null));
		// Emma: manager 4/5 and no KPI → 0.8 → C, 8,000 × 0.95 − 200 (no KPI completion: no tier) = 7,600
		assertThat(jdbc.queryForObject("select final_score from appraisal where tenant_id = ? and employee_id = ?",
				BigDecimal.class, company.id(), company.employee().employeeId())).isEqualByComparingTo("0.8");
		assertThat(jdbc.queryForObject("select pay_amount from appraisal where tenant_id = ? and employee_id = ?",
				BigDecimal.class, company.id(), company.employee().employeeId())).isEqualByComparingTo("7600");
	}

}
