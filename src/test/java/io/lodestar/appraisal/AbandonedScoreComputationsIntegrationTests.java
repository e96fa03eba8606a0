package io.lodestar.appraisal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import io.lodestar.goals.PeriodCalendar;
import io.lodestar.platform.jobs.Heartbeats;
import io.lodestar.platform.operations.BusinessMetrics;
import io.lodestar.platform.security.CurrentUser;
import io.lodestar.platform.security.SystemActor;
import io.lodestar.platform.web.BusinessRuleException;
import io.lodestar.test.Fixtures;
import io.lodestar.test.IntegrationTest;

/**
 * A background computation is abandoned when its heartbeat on the cycle is older than
 * {@code lodestar.background.abandon-after}: any node then marks it failed (one running on another live node is
 * left alone), and until HR recomputes nothing takes the scores — a mixture of two computations — as final. A run
 * that lost its claim on the cycle writes nothing.
 */
@IntegrationTest
class AbandonedScoreComputationsIntegrationTests {

	@Autowired
	Fixtures fixtures;

	@Autowired
	AppraisalTemplates templates;

	@Autowired
	AppraisalCycles cycles;

	@Autowired
	Calibration calibration;

	@Autowired
	AppraisalReviews reviews;

	@Autowired
	ScoreComputations computations;

	@Autowired
	AppraisalScoring scoring;

	@Autowired
	PeriodCalendar calendar;

	@Autowired
	Heartbeats heartbeats;

	@Autowired
	BusinessMetrics metrics;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PlatformTransactionManager transactions;

	@Test
	void aComputationOfAnotherLiveNodeIsLeftAlone() {
		Fixtures.Company company = fixtures.company();
		AppraisalCycle cycle = inCalibration(company);
		computingElsewhere(cycle.id(), Duration.ofSeconds(1));

		computations.failAbandoned();

		assertThat(cycles.get(company.id(), cycle.id()).computation().running()).isTrue();
	}

	@Test
	void aStaleComputationIsMarkedFailedAndNothingTakesItsScoresAsFinalUntilHrRecomputes() {
		Fixtures.Company company = fixtures.company();
		CurrentUser hr = company.hr().principal();
		AppraisalCycle cycle = inCalibration(company);
		computingElsewhere(cycle.id(), Duration.ofMinutes(3));

		assertThat(computations.failAbandoned()).isGreaterThanOrEqualTo(1);

		AppraisalCycle failed = cycles.get(company.id(), cycle.id());
		assertThat(failed.computation().running()).isFalse();
		assertThat(failed.computation().error()).startsWith("abandoned");
		UUID someone = reviews.ofCycle(hr, cycle.id()).get(0).id();
		SystemActor.runAs(company.id(), () -> {
			assertThatThrownBy(() -> cycles.advance(hr, cycle.id(), AppraisalPhase.RESULTS))
				.isInstanceOf(BusinessRuleException.class)
				.extracting("code")
				.isEqualTo("appraisal.cycle.computation-failed");
			assertThatThrownBy(() -> calibration.calibrate(hr, someone, "A", "better than the numbers"))
				.isInstanceOf(BusinessRuleException.class)
				.extracting("code")
				.isEqualTo("appraisal.cycle.computation-failed");
			calibration.recompute(hr, cycle.id(), "the server computing it stopped");
			assertThat(cycles.get(company.id(), cycle.id()).computation().error()).isNull();
			return cycles.advance(hr, cycle.id(), AppraisalPhase.RESULTS);
		});
		assertThat(cycles.get(company.id(), cycle.id()).phase()).isEqualTo(AppraisalPhase.RESULTS);
	}

	@Test
	void aRunThatLostItsClaimOnTheCycleWritesNothing() throws Exception {
		Fixtures.Company company = fixtures.company();
		AppraisalCycle cycle = inCalibration(company);
		jdbc.sql("update appraisal set final_score = null, grade = null where tenant_id = :tenant and cycle_id = :cycle")
			.param("tenant", company.id())
			.param("cycle", cycle.id())
			.update();
		ScoreComputations background = new ScoreComputations(jdbc, scoring, transactions, 1, metrics, heartbeats);
		try {
			new TransactionTemplate(transactions).executeWithoutResult(status -> {
				background.start(company.id(), cycles.get(company.id(), cycle.id()));
				// another node gave up on this run and a recomputation of its own now owns the cycle
				jdbc.sql("update appraisal_cycle set compute_run = :other where id = :id")
					.param("other", UUID.randomUUID())
					.param("id", cycle.id())
					.update();
			});
			long until = System.nanoTime() + Duration.ofSeconds(30).toNanos();
			while (background.runsHere() > 0 && System.nanoTime() < until) {
				Thread.sleep(20);
			}
			assertThat(background.runsHere()).isZero();
		}
		finally {
			background.destroy();
		}
		assertThat(jdbc.sql("select count(*) from appraisal where tenant_id = :tenant and cycle_id = :cycle "
				+ "and final_score is not null")
			.param("tenant", company.id())
			.param("cycle", cycle.id())
			.query(Long.class)
			.single()).isZero();
		AppraisalCycle.Computation left = cycles.get(company.id(), cycle.id()).computation();
		assertThat(left.done()).isZero();
		assertThat(left.error()).as("the newer run's state is not overwritten").isNull();
	}

	/** Sales' three people in calibration, scores computed; Emma rated 4 of 5 by her manager. */
	private AppraisalCycle inCalibration(Fixtures.Company company) {
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
		return SystemActor.runAs(company.id(), () -> cycles.advance(hr, cycle.id(), AppraisalPhase.CALIBRATION));
	}

	/** The cycle as a node computing it leaves it: running, its last heartbeat {@code ago}. */
	private void computingElsewhere(UUID cycle, Duration ago) {
		jdbc.sql("""
				update appraisal_cycle set computing = true, compute_done = 1, compute_total = 3, compute_run = :run,
				    compute_heartbeat_at = :beat where id = :id
				""")
			.param("run", UUID.randomUUID())
			.param("beat", Timestamp.from(Instant.now().minus(ago)))
			.param("id", cycle)
			.update();
	}

}
