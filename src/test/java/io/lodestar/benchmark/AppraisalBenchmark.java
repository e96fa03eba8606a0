package io.lodestar.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

import io.lodestar.appraisal.AppraisalCycle;
import io.lodestar.appraisal.AppraisalCycles;
import io.lodestar.appraisal.AppraisalPhase;
import io.lodestar.appraisal.AppraisalTemplate;
import io.lodestar.appraisal.AppraisalTemplates;
import io.lodestar.appraisal.NewAppraisalCycle;
import io.lodestar.appraisal.TemplateRequest;
import io.lodestar.goals.Period;
import io.lodestar.goals.PeriodCalendar;
import io.lodestar.goals.PeriodKind;
import io.lodestar.platform.security.CurrentUser;
import io.lodestar.platform.security.SystemActor;
import io.lodestar.test.DatabaseExtension;
import io.lodestar.test.Fixtures;

/**
 * The appraisal benchmark of issue 5 (not part of the test suite: run it as docs/benchmarks.md says). A generated
 * company of {@code lodestar.bench.employees} people with a weighted KPI score each and a manager rating; an
 * appraisal cycle over all of them with a bonus pool; then the request that moves it into calibration (which
 * only starts the background computation) and the computation of every score, grade and pool share, timed until
 * the cycle is idle, with its progress sampled. Results go to the log and {@code target/benchmark/appraisal-benchmark.md}.
 */
@ExtendWith(DatabaseExtension.class)
@SpringBootTest(properties = "logging.level.io.lodestar=WARN")
@ActiveProfiles("test")
@Import(Fixtures.class)
class AppraisalBenchmark {

	static final int EMPLOYEES = Integer.getInteger("lodestar.bench.employees", 10_000);

	@Autowired
	Fixtures fixtures;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	PeriodCalendar calendar;

	@Autowired
	AppraisalTemplates templates;

	@Autowired
	AppraisalCycles cycles;

	final StringBuilder report = new StringBuilder();

	@Test
	void scoresGradesAndPoolForAWholeCompany() throws Exception {
		var owner = fixtures.company();
		UUID tenant = owner.id();
		CurrentUser hr = owner.hr().principal();
		int lastYear = calendar.fiscalYearOf(tenant, calendar.today(tenant)) - 1;
		Period year = calendar.year(tenant, lastYear).get(0);
		List<Period> months = calendar.within(tenant, year, PeriodKind.MONTH);
		long started = System.nanoTime();
		BenchmarkCompany company = BenchmarkCompany.generate(jdbc, tenant, owner.rootUnit(), year, months, 100,
				EMPLOYEES, 0);
		// everyone's weighted KPI score for the year, as reporting keeps it: 60 % to 140 %
		Random random = new Random(42);
		List<Object[]> scores = new ArrayList<>();
		for (UUID employee : company.employees) {
			BigDecimal completion = BigDecimal.valueOf(60 + random.nextInt(81), 2);
			scores.add(new Object[] { tenant, employee, year.id(), completion.movePointRight(2) });
		}
		for (int from = 0; from < scores.size(); from += 2000) {
			jdbc.batchUpdate("insert into reporting_person_score (tenant_id, employee_id, period_id, kpis, weight_sum, "
					+ "scored_weight, weighted_sum) values (?, ?, ?, 1, 100, 100, ?)",
					scores.subList(from, Math.min(scores.size(), from + 2000)));
		}
		jdbc.execute("analyze");
		line("Generated %,d employees with KPI scores in %.1f s", EMPLOYEES, seconds(started));

		started = System.nanoTime();
		AppraisalCycle cycle = SystemActor.runAs(tenant, () -> {
			AppraisalTemplate template = templates.create(hr, TemplateRequest.standard("Standard"));
			return cycles.create(hr, new NewAppraisalCycle("Benchmark", template.id(), year.id(),
					List.of(owner.rootUnit()), List.of(), null, null, null, null, new BigDecimal("10000"),
					new BigDecimal("12345678.90")));
		});
		double create = seconds(started);
		int appraisals = jdbc.queryForObject("select count(*) from appraisal where cycle_id = ?", Integer.class, cycle.id());
		line("Request: set up the cycle (%,d appraisals): %.2f s", appraisals, create);
		// every manager rated everyone (not what is measured)
		jdbc.update("update appraisal set manager_rating = 1 + mod(abs(hashtext(cast(employee_id as varchar))), 5), "
				+ "manager_submitted_at = now() where cycle_id = ?", cycle.id());
		jdbc.update("update appraisal_cycle set phase = 'MANAGER_REVIEW' where id = ?", cycle.id());
		jdbc.execute("analyze");

		started = System.nanoTime();
		SystemActor.runAs(tenant, () -> cycles.advance(hr, cycle.id(), AppraisalPhase.CALIBRATION));
		double request = seconds(started);
		line("Request: move into calibration (starts the background computation): %.2f s", request);
		List<String> progress = new ArrayList<>();
		while (true) {
			AppraisalCycle.Computation computation = cycles.get(tenant, cycle.id()).computation();
			progress.add(String.format("%.1f s: %d %%", seconds(started), computation.percent()));
			if (!computation.running()) {
				assertThat(computation.error()).isNull();
				break;
			}
			Thread.sleep(500);
			assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofMinutes(10));
		}
		double computed = seconds(started);
		line("Background: scores, grades and pool shares of %,d people: %.1f s (progress %s)", appraisals, computed,
				String.join(", ", progress.size() > 12 ? progress.subList(progress.size() - 12, progress.size()) : progress));
		BigDecimal paid = jdbc.queryForObject("select sum(pay_amount) from appraisal where cycle_id = ?", BigDecimal.class,
				cycle.id());
		assertThat(paid).isEqualByComparingTo("12345678.90");
		line("Pool 12,345,678.90 paid out exactly: %s", paid.toPlainString());
		jdbc.queryForList("select grade, count(*) n from appraisal where cycle_id = ? group by grade order by grade",
				cycle.id()).forEach(row -> line("  grade %s: %,d", row.get("grade"), ((Number) row.get("n")).intValue()));
		Path out = Path.of("target/benchmark/appraisal-benchmark.md");
		Files.createDirectories(out.getParent());
		Files.writeString(out, report.toString());
	}

	private void line(String format, Object... args) {
		String text = String.format(format, args);
		System.out.println(text);
		report.append(text).append('\n');
	}

	private static double seconds(long since) {
		return (System.nanoTime() - since) / 1e9;
	}

}
