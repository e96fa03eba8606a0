package io.lodestar.platform.spreadsheet;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import io.lodestar.platform.security.CurrentUser;
import io.lodestar.test.Fixtures;
import io.lodestar.test.IntegrationTest;

/**
 * An import job is abandoned when its heartbeat is older than {@code lodestar.background.abandon-after} (2 min):
 * then, and only then, any node marks it failed — a job another live node is running is left alone — and the file
 * can be imported again. An import given up on while it still ran commits nothing.
 */
@IntegrationTest
class AbandonedImportJobsIntegrationTests {

	private static final String UNITS = "Code,Name\nAB-1,Abandoned one\nAB-2,Abandoned two\n";

	@Autowired
	Fixtures fixtures;

	@Autowired
	ImportJobs jobs;

	@Autowired
	ImportJobStore store;

	@Autowired
	ImportJobRunner runner;

	@Autowired
	List<SpreadsheetImporter> importers;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aJobAnotherLiveNodeIsRunningIsLeftAlone() {
		Fixtures.Company company = fixtures.company();
		ImportJob job = runningElsewhere(company, ImportStatus.IMPORTING);

		assertThat(jobs.get(company.hr().principal(), job.id()).status()).isEqualTo(ImportStatus.IMPORTING);
		jobs.failAbandoned();
		assertThat(jobs.get(company.hr().principal(), job.id()).status()).isEqualTo(ImportStatus.IMPORTING);
	}

	@Test
	void aJobWhoseHeartbeatStoppedIsMarkedFailedAndTheFileImportsOnRetry() {
		Fixtures.Company company = fixtures.company();
		CurrentUser hr = company.hr().principal();
		ImportJob job = runningElsewhere(company, ImportStatus.IMPORTING);
		heartbeatAgo(job.id(), Duration.ofMinutes(3));

		ImportJob failed = jobs.get(hr, job.id());
		assertThat(failed.status()).isEqualTo(ImportStatus.FAILED);
		assertThat(failed.report().issues()).extracting(ImportIssue::code)
			.containsExactly("people-import.job.interrupted");
		assertThat(store.content(company.id(), job.id())).isEmpty();
		assertThat(units(company.id())).isZero();

		ImportJob retry = jobs.submit(hr, "org-units", "units.csv", UNITS.getBytes(StandardCharsets.UTF_8), true);
		ImportJob done = jobs.await(hr, retry.id(), Duration.ofSeconds(60), true);
		assertThat(done.status()).as("%s", done.report().issues()).isEqualTo(ImportStatus.DONE);
		assertThat(units(company.id())).isEqualTo(2);
	}

	@Test
	void anyNodeSweepsAbandonedJobsOfEveryCompanyOnce() {
		Fixtures.Company one = fixtures.company();
		Fixtures.Company other = fixtures.company();
		ImportJob validating = runningElsewhere(one, ImportStatus.VALIDATING);
		ImportJob importing = runningElsewhere(other, ImportStatus.IMPORTING);
		ImportJob alive = runningElsewhere(other, ImportStatus.IMPORTING);
		heartbeatAgo(validating.id(), Duration.ofMinutes(5));
		// a job from before heartbeats existed: only its age tells
		jdbc.sql("update platform_import_job set heartbeat_at = null, created_at = :old where id = :id")
			.param("old", java.sql.Timestamp.from(Instant.now().minus(Duration.ofMinutes(10))))
			.param("id", importing.id())
			.update();

		assertThat(jobs.failAbandoned()).isGreaterThanOrEqualTo(2);
		assertThat(status(validating)).isEqualTo(ImportStatus.FAILED);
		assertThat(status(importing)).isEqualTo(ImportStatus.FAILED);
		assertThat(status(alive)).isEqualTo(ImportStatus.IMPORTING);
		// a second node noticing later changes nothing
		assertThat(store.failIfAbandoned(one.id(), validating.id(), Instant.now(),
				ImportReport.failure(ImportIssue.general("x")))).isFalse();
	}

	@Test
	void anImportGivenUpOnWhileItRanRollsBackAndLeavesTheJobFailed() throws Exception {
		Fixtures.Company company = fixtures.company();
		CurrentUser hr = company.hr().principal();
		ImportJob job = runningElsewhere(company, ImportStatus.IMPORTING);
		// another node gave up on it (its heartbeats could not be written for two minutes) ...
		heartbeatAgo(job.id(), Duration.ofMinutes(3));
		assertThat(jobs.failAbandoned()).isGreaterThanOrEqualTo(1);
		// ... but this node's import still runs and reaches its end: the units are written, DONE is refused
		jdbc.sql("update platform_import_job set content = :content where id = :id")
			.param("content", UNITS.getBytes(StandardCharsets.UTF_8))
			.param("id", job.id())
			.update();
		SpreadsheetImporter importer = importers.stream().filter(i -> i.kind().equals("org-units")).findFirst()
			.orElseThrow();
		runner.apply(job, hr, importer);
		long until = System.nanoTime() + Duration.ofSeconds(30).toNanos();
		while (runner.isActive(job.id()) && System.nanoTime() < until) {
			Thread.sleep(20);
		}

		assertThat(runner.isActive(job.id())).isFalse();
		assertThat(status(job)).isEqualTo(ImportStatus.FAILED);
		assertThat(units(company.id())).as("rolled back").isZero();
	}

	@Test
	void heartbeatsAreWrittenOnlyForRunningJobs() {
		Fixtures.Company company = fixtures.company();
		ImportJob running = runningElsewhere(company, ImportStatus.IMPORTING);
		ImportJob ready = runningElsewhere(company, ImportStatus.READY);
		heartbeatAgo(running.id(), Duration.ofMinutes(3));
		heartbeatAgo(ready.id(), Duration.ofMinutes(3));

		store.beat(List.of(running.id(), ready.id()));

		assertThat(heartbeat(running.id())).isAfter(Instant.now().minusSeconds(30));
		assertThat(heartbeat(ready.id())).isBefore(Instant.now().minusSeconds(120));
	}

	/** A job as another node that is working on it leaves it: running, heartbeat just written. */
	private ImportJob runningElsewhere(Fixtures.Company company, ImportStatus status) {
		ImportJob job = new ImportJob(UUID.randomUUID(), company.id(), company.hr().userId(), "org-units", "units.csv",
				status, 2, 0, ImportReport.empty(), Instant.now(), null);
		store.insert(job, UNITS.getBytes(StandardCharsets.UTF_8));
		return job;
	}

	private void heartbeatAgo(UUID job, Duration ago) {
		jdbc.sql("update platform_import_job set heartbeat_at = :at where id = :id")
			.param("at", java.sql.Timestamp.from(Instant.now().minus(ago)))
			.param("id", job)
			.update();
	}

	private Instant heartbeat(UUID job) {
		return jdbc.sql("select heartbeat_at from platform_import_job where id = :id")
			.param("id", job)
			.query(java.sql.Timestamp.class)
			.single()
			.toInstant();
	}

	private ImportStatus status(ImportJob job) {
		return store.find(job.tenantId(), job.id()).orElseThrow().status();
	}

	private long units(UUID tenant) {
		return jdbc.sql("select count(*) from people_org_unit where tenant_id = :tenant and code like 'AB-%'")
			.param("tenant", tenant)
			.query(Long.class)
			.single();
	}

}
