package io.lodestar.crash;

import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import io.lodestar.LodestarApplication;
import io.lodestar.appraisal.AppraisalCycle;
import io.lodestar.appraisal.AppraisalCycles;
import io.lodestar.appraisal.AppraisalPhase;
import io.lodestar.appraisal.AppraisalTemplate;
import io.lodestar.appraisal.AppraisalTemplates;
import io.lodestar.appraisal.Calibration;
import io.lodestar.appraisal.NewAppraisalCycle;
import io.lodestar.appraisal.TemplateRequest;
import io.lodestar.goals.PeriodCalendar;
import io.lodestar.goals.PeriodKind;
import io.lodestar.platform.security.CurrentUser;
import io.lodestar.platform.security.Role;
import io.lodestar.platform.security.SystemActor;
import io.lodestar.platform.spreadsheet.ImportJob;
import io.lodestar.platform.spreadsheet.ImportJobs;
import io.lodestar.platform.spreadsheet.ImportStatus;
import io.lodestar.platform.web.BusinessRuleException;
import io.lodestar.test.Fixtures;

/**
 * The application in a child JVM that {@link CrashSafetyIntegrationTests} kills with SIGKILL. It boots Lodestar on
 * the test's database and works through the application's own services:
 * <ul>
 * <li>{@code setup DIR}: a company with a unit of many people and an appraisal cycle in calibration; writes
 * {@code DIR/state.properties} and exits.</li>
 * <li>{@code crash DIR N}: first recovers from run N−1 (which was killed): waits until this node has recognised its
 * import job and computation as abandoned, checks publishing is refused, imports the same file again and recomputes;
 * then starts run N — a large import and a recomputation with new ratings — and reports progress until killed.</li>
 * <li>{@code final DIR N}: only the recovery of run N−1, then exits.</li>
 * </ul>
 * Lines for the test start with {@value #PREFIX}; everything else is the application's log.
 */
public final class CrashChild {

	static final String PREFIX = "CRASH ";

	private final ConfigurableApplicationContext app;

	private final Properties state;

	private final JdbcClient jdbc;

	private CrashChild(ConfigurableApplicationContext app, Properties state) {
		this.app = app;
		this.state = state;
		this.jdbc = app.getBean(JdbcClient.class);
	}

	public static void main(String[] args) throws Exception {
		String mode = args[0];
		Path dir = Path.of(args[1]);
		ConfigurableApplicationContext app = new SpringApplicationBuilder(LodestarApplication.class, Fixtures.class)
			.profiles("test")
			.run();
		say("BOOTED");
		Properties state = new Properties();
		if (mode.equals("setup")) {
			new CrashChild(app, state).setup(Integer.getInteger("crash.people", 1000));
			try (OutputStream out = Files.newOutputStream(dir.resolve("state.properties"))) {
				state.store(out, null);
			}
		}
		else {
			try (InputStream in = Files.newInputStream(dir.resolve("state.properties"))) {
				state.load(in);
			}
			CrashChild child = new CrashChild(app, state);
			int run = Integer.parseInt(args[2]);
			if (run > 1) {
				child.recover(run - 1);
			}
			if (mode.equals("crash")) {
				child.work(run);
			}
		}
		say("EXIT");
		app.close();
		System.exit(0);
	}

	/** A company whose Sales unit has {@code people} more employees, and a cycle over it in calibration. */
	private void setup(int people) throws InterruptedException {
		Fixtures.Company company = app.getBean(Fixtures.class).company();
		CurrentUser hr = company.hr().principal();
		StringBuilder file = new StringBuilder("工号,姓名,部门编码\n");
		for (int n = 1; n <= people; n++) {
			file.append("P-").append(n).append(",Person ").append(n).append(",SALES\n");
		}
		ImportJobs jobs = app.getBean(ImportJobs.class);
		ImportJob imported = SystemActor.runAs(company.id(), () -> jobs.await(hr,
				jobs.submit(hr, "employees", "people.csv", bytes(file), true).id(), Duration.ofMinutes(5), true));
		if (imported.status() != ImportStatus.DONE) {
			throw new IllegalStateException("setup import: " + imported.status() + " " + imported.report().issues());
		}
		AppraisalCycle cycle = SystemActor.runAs(company.id(), () -> {
			AppraisalCycles cycles = app.getBean(AppraisalCycles.class);
			AppraisalTemplate template = app.getBean(AppraisalTemplates.class)
				.create(hr, TemplateRequest.standard("Standard"));
			UUID period = app.getBean(PeriodCalendar.class).current(company.id(), PeriodKind.QUARTER).id();
			AppraisalCycle created = cycles.create(hr, new NewAppraisalCycle("Crash", template.id(), period,
					List.of(company.salesUnit()), List.of(), null, null, null, null, new BigDecimal("8000"), null));
			cycles.advance(hr, created.id(), AppraisalPhase.SELF_REVIEW);
			cycles.advance(hr, created.id(), AppraisalPhase.MANAGER_REVIEW);
			return cycles.advance(hr, created.id(), AppraisalPhase.CALIBRATION);
		});
		remember("", company);
		// each run imports into a company of its own: the org-unit import reads the company's whole tree per unit
		// it creates, so one company gathering every run's units would make each run slower than the last
		for (int run = 1, runs = Integer.getInteger("crash.repeats", 20); run <= runs; run++) {
			remember(run + ".", app.getBean(Fixtures.class).company());
		}
		state.setProperty("cycle", cycle.id().toString());
		awaitCycleIdle();
		say("SETUP tenant=" + company.id() + " cycle=" + cycle.id());
	}

	private void remember(String prefix, Fixtures.Company company) {
		state.setProperty(prefix + "tenant", company.id().toString());
		state.setProperty(prefix + "hr.user", company.hr().userId().toString());
		state.setProperty(prefix + "hr.employee", company.hr().employeeId().toString());
		state.setProperty(prefix + "hr.email", company.hr().email());
	}

	/**
	 * After run {@code killed} was killed: this node recognises its work as abandoned (the heartbeats stopped), the
	 * cycle refuses publishing, and both retries succeed completely.
	 */
	private void recover(int killed) throws InterruptedException {
		UUID tenant = tenant();
		CurrentUser hr = hr();
		ImportJob abandoned = awaitImport(importer(killed), "units-" + killed + ".csv");
		say("RECOGNISED import " + killed + " status=" + (abandoned == null ? "missing" : abandoned.status()) + " issue="
				+ (abandoned == null || abandoned.report().issues().isEmpty() ? "-"
						: abandoned.report().issues().get(0).code()));
		AppraisalCycle cycle = awaitCycleIdle();
		say("RECOGNISED cycle " + killed + " error=" + cycle.computation().error());
		String publish = "not-tried";
		if (cycle.computation().error() != null) {
			try {
				SystemActor.runAs(tenant, () -> app.getBean(AppraisalCycles.class).advance(hr, cycle.id(),
						AppraisalPhase.RESULTS));
				publish = "allowed";
			}
			catch (BusinessRuleException refused) {
				publish = refused.code();
			}
		}
		say("PUBLISH " + killed + " " + publish);

		ImportJobs jobs = app.getBean(ImportJobs.class);
		CurrentUser importer = importer(killed);
		SlowUnitInserts.slow(jdbc, false);
		ImportJob retried = SystemActor.runAs(importer.tenantId(), () -> jobs.await(importer,
				jobs.submit(importer, "org-units", "units-" + killed + ".csv", units(killed), true).id(),
				Duration.ofMinutes(5), true));
		say("RETRIED import " + killed + " status=" + retried.status() + " units=" + unitsOf(killed));
		SystemActor.runAs(tenant, () -> app.getBean(Calibration.class).recompute(hr, cycle.id(), "retry after kill"));
		AppraisalCycle recomputed = awaitCycleIdle();
		say("RETRIED cycle " + killed + " error=" + recomputed.computation().error() + " scored="
				+ scoredFromCurrentInputs() + "/" + recomputed.computation().total());
	}

	/**
	 * Run {@code run}: a large import; once it is writing, new ratings and a recomputation; progress until killed.
	 */
	private void work(int run) throws InterruptedException {
		UUID tenant = tenant();
		CurrentUser hr = hr();
		UUID cycle = UUID.fromString(state.getProperty("cycle"));
		ImportJobs jobs = app.getBean(ImportJobs.class);
		CurrentUser importer = importer(run);
		SlowUnitInserts.slow(jdbc, true);
		ImportJob job = SystemActor.runAs(importer.tenantId(),
				() -> jobs.submit(importer, "org-units", "units-" + run + ".csv", units(run), true));
		while (jobs.get(importer, job.id()).status() == ImportStatus.VALIDATING) {
			Thread.sleep(10);
		}
		// the people's inputs changed since the last computation: a complete one gives everybody rating/5
		jdbc.sql("update appraisal set manager_rating = :rating where tenant_id = :tenant and cycle_id = :cycle")
			.param("rating", rating(run))
			.param("tenant", tenant)
			.param("cycle", cycle)
			.update();
		SystemActor.runAs(tenant, () -> app.getBean(Calibration.class).recompute(hr, cycle, "crash run " + run));
		say("JOB " + run + " " + job.id());
		while (true) {
			ImportJob now = jobs.get(importer, job.id());
			AppraisalCycle.Computation computation = app.getBean(AppraisalCycles.class).get(tenant, cycle)
				.computation();
			say("PROGRESS " + now.status() + " " + now.processedRows() + "/" + now.totalRows() + " "
					+ (computation.running() ? "COMPUTING" : "IDLE") + " " + computation.done() + "/"
					+ computation.total());
			Thread.sleep(15);
		}
	}

	/**
	 * The killed run's import job once it is no longer running (this node's check marks it failed when its
	 * heartbeat is stale); null if the job itself did not survive the kill.
	 */
	private ImportJob awaitImport(CurrentUser importer, String fileName) throws InterruptedException {
		ImportJobs jobs = app.getBean(ImportJobs.class);
		for (int tries = 0; tries < 600; tries++) {
			ImportJob job = jobs.recent(importer, 50).stream().filter(j -> j.fileName().equals(fileName)).findFirst()
				.orElse(null);
			if (job == null || !job.status().running()) {
				return job;
			}
			Thread.sleep(50);
		}
		throw new IllegalStateException("import job " + fileName + " still running");
	}

	private AppraisalCycle awaitCycleIdle() throws InterruptedException {
		AppraisalCycles cycles = app.getBean(AppraisalCycles.class);
		UUID cycle = UUID.fromString(state.getProperty("cycle"));
		for (int tries = 0; tries < 1200; tries++) {
			AppraisalCycle now = cycles.get(tenant(), cycle);
			if (!now.computation().running()) {
				return now;
			}
			Thread.sleep(50);
		}
		throw new IllegalStateException("cycle still computing");
	}

	/** Org units of run {@code run}: codes K{run}-1 … K{run}-M, directly under the company. */
	static byte[] units(int run) {
		StringBuilder file = new StringBuilder("Code,Name\n");
		for (int n = 1, units = Integer.getInteger("crash.units", 2000); n <= units; n++) {
			file.append('K').append(run).append('-').append(n).append(",Unit ").append(n).append('\n');
		}
		return bytes(file);
	}

	/** The manager rating of run {@code run}: 1 to 5 in turn, so that consecutive runs differ. */
	static BigDecimal rating(int run) {
		return BigDecimal.valueOf(1 + run % 5);
	}

	private long unitsOf(int run) {
		return jdbc.sql("select count(*) from people_org_unit where tenant_id = :tenant and code like :codes")
			.param("tenant", importer(run).tenantId())
			.param("codes", "K" + run + "-%")
			.query(Long.class)
			.single();
	}

	/** Appraisals whose score is what their current manager rating gives (the only component they have). */
	private long scoredFromCurrentInputs() {
		return jdbc.sql("""
				select count(*) from appraisal where tenant_id = :tenant and cycle_id = :cycle
				and (final_score = manager_rating / 5 or (manager_rating is null and final_score is null))
				""")
			.param("tenant", tenant())
			.param("cycle", UUID.fromString(state.getProperty("cycle")))
			.query(Long.class)
			.single();
	}

	private UUID tenant() {
		return UUID.fromString(state.getProperty("tenant"));
	}

	/** HR of the company with the cycle. */
	private CurrentUser hr() {
		return hr("");
	}

	/** HR of the company run {@code run} imports into. */
	private CurrentUser importer(int run) {
		return hr(run + ".");
	}

	private CurrentUser hr(String prefix) {
		return new CurrentUser(UUID.fromString(state.getProperty(prefix + "hr.user")),
				UUID.fromString(state.getProperty(prefix + "tenant")),
				UUID.fromString(state.getProperty(prefix + "hr.employee")), state.getProperty(prefix + "hr.email"),
				"Hana HR", EnumSet.of(Role.HR_ADMIN), 0, CurrentUser.AuthMethod.SESSION, Set.of(), null);
	}

	private static byte[] bytes(CharSequence text) {
		return text.toString().getBytes(StandardCharsets.UTF_8);
	}

	static void say(String line) {
		System.out.println(PREFIX + line);
		System.out.flush();
	}

}
