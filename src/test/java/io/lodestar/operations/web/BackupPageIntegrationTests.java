package io.lodestar.operations.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultMatcher;

import io.lodestar.account.AccountManagement;
import io.lodestar.account.NewUser;
import io.lodestar.operations.BackupRun;
import io.lodestar.operations.BackupRuns;
import io.lodestar.operations.Backups;
import io.lodestar.platform.security.Role;
import io.lodestar.platform.security.SystemActor;
import io.lodestar.platform.operations.BusinessMetrics;
import io.lodestar.platform.web.Notices;
import io.lodestar.test.Fixtures;
import io.lodestar.test.IntegrationTest;

/**
 * The backup page is for system administrators only; it lists archives with their verification, in both languages,
 * and runs backups and verifications in the background with their progress shown on every node.
 */
@IntegrationTest
class BackupPageIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	AccountManagement accounts;

	@Autowired
	BackupRuns runs;

	@Autowired
	Backups backups;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MeterRegistry meters;

	@Test
	void aSystemAdministratorBacksUpNowInTheBackgroundAndSeesTheVerifiedArchive() throws Exception {
		Fixtures.Person operator = systemAdministrator(fixtures.company());
		long timedBefore = backupsTimed("backup", "success");
		mvc.perform(post("/admin/backups").with(Fixtures.as(operator)).with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/admin/backups"))
			.andExpect(notice("operations.backups.started"));
		BackupRun run = awaitEnd();
		assertThat(run.outcome()).isEqualTo("VERIFIED");
		assertThat(run.startedBy()).isEqualTo(operator.email());
		assertThat(run.tablesDone()).isEqualTo(run.tablesTotal()).isGreaterThan(50);
		assertThat(run.rowsDone()).isPositive();
		assertThat(run.archive()).endsWith("-manual.zip");
		assertThat(backupsTimed("backup", "success")).isEqualTo(timedBefore + 1);
		mvc.perform(get("/admin/backups").with(Fixtures.as(operator)).locale(Locale.ENGLISH))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(run.archive())))
			.andExpect(content().string(containsString("Verified ")))
			.andExpect(content().string(not(containsString("id=\"backup-run\""))));
		mvc.perform(get("/admin/backups").with(Fixtures.as(operator)).locale(Locale.SIMPLIFIED_CHINESE))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("校验通过")));
		// the poll of a page opened while it ran now tells htmx to reload the page
		mvc.perform(get("/admin/backups/run").header("HX-Request", "true").with(Fixtures.as(operator)))
			.andExpect(status().isOk())
			.andExpect(header().string("HX-Refresh", "true"));
	}

	@Test
	void whileABackupRunsOnAnyNodeThePageShowsItsProgressAndRefusesASecondOne() throws Exception {
		Fixtures.Person operator = systemAdministrator(fixtures.company());
		awaitEnd();
		UUID running = UUID.randomUUID();
		insertRun(running, "RUNNING", "backup", Instant.now().minusSeconds(5), 12, 60, 34_567);
		try {
			mvc.perform(post("/admin/backups").with(Fixtures.as(operator)).with(csrf()))
				.andExpect(notice("operations.backups.busy"));
			mvc.perform(get("/admin/backups").with(Fixtures.as(operator)).locale(Locale.ENGLISH))
				.andExpect(content().string(containsString("table 12 of 60 written, 34,567 rows so far")))
				.andExpect(content().string(containsString("hx-trigger=\"every 1s\"")));
			mvc.perform(get("/admin/backups/run").header("HX-Request", "true").with(Fixtures.as(operator))
				.locale(Locale.SIMPLIFIED_CHINESE))
				.andExpect(header().doesNotExist("HX-Refresh"))
				.andExpect(content().string(containsString("已写入 12/60 张数据表，共 34,567 行")));
			assertThat(runs.latest()).map(BackupRun::id).contains(running);
		}
		finally {
			jdbc.sql("delete from operations_backup_run where id = ?").param(running).update();
		}
	}

	@Test
	void aRunWhoseNodeStoppedIsShownAbandonedAndTheNextBackupTakesOver() throws Exception {
		Fixtures.Person operator = systemAdministrator(fixtures.company());
		awaitEnd();
		UUID dead = UUID.randomUUID();
		insertRun(dead, "RUNNING", "backup", Instant.now().minusSeconds(600), 3, 60, 1_000);
		try {
			assertThat(runs.latest()).map(BackupRun::outcome).contains("ABANDONED");
			mvc.perform(get("/admin/backups").with(Fixtures.as(operator)).locale(Locale.ENGLISH))
				.andExpect(content().string(containsString("stopped unfinished")))
				.andExpect(content().string(containsString("LODESTAR_BACKUP_DIR")));
			assertThat(runs.startBackup("manual", operator.email())).isPresent();
			assertThat(awaitEnd().outcome()).isEqualTo("VERIFIED");
			assertThat(jdbc.sql("select outcome from operations_backup_run where id = ?").param(dead)
				.query(String.class).single()).isEqualTo("ABANDONED");
		}
		finally {
			jdbc.sql("delete from operations_backup_run where id = ?").param(dead).update();
		}
	}

	@Test
	void aDamagedArchiveFailsItsVerificationVisiblyInBothLanguages() throws Exception {
		Fixtures.Person operator = systemAdministrator(fixtures.company());
		awaitEnd();
		String name = backups.backup("damaged").name();
		Path archive = backups.directory().resolve(name);
		try (RandomAccessFile file = new RandomAccessFile(archive.toFile(), "rw")) {
			file.setLength(file.length() / 2);
		}
		mvc.perform(post("/admin/backups/verify").param("name", name).with(Fixtures.as(operator)).with(csrf()))
			.andExpect(notice("operations.backups.verifying"));
		assertThat(awaitEnd().outcome()).isEqualTo("UNVERIFIED");
		mvc.perform(get("/admin/backups").with(Fixtures.as(operator)).locale(Locale.ENGLISH))
			.andExpect(content().string(containsString("did not pass verification: do not rely on it")));
		mvc.perform(get("/admin/backups").with(Fixtures.as(operator)).locale(Locale.SIMPLIFIED_CHINESE))
			.andExpect(content().string(containsString("校验未通过，请勿依赖此备份")));
		mvc.perform(post("/admin/backups/verify").param("name", "../secret.zip").with(Fixtures.as(operator))
			.with(csrf()))
			.andExpect(notice("operations.backups.unknown"));
		Files.deleteIfExists(archive);
	}

	private void insertRun(UUID id, String outcome, String slot, Instant heartbeat, int done, int total, long rows) {
		jdbc.sql("""
				insert into operations_backup_run (id, kind, label, started_by, started_at, heartbeat_at, tables_done,
				    tables_total, rows_done, running_slot, outcome)
				values (?, 'BACKUP', 'manual', 'ops@elsewhere.test', ?, ?, ?, ?, ?, ?, ?)
				""").params(id, Timestamp.from(heartbeat.minusSeconds(1)), Timestamp.from(heartbeat), done, total, rows,
				slot, outcome).update();
	}

	private long backupsTimed(String kind, String outcome) {
		return meters.get(BusinessMetrics.BACKUP_RUNS).tag("kind", kind).tag("outcome", outcome).timer().count();
	}

	private static ResultMatcher notice(String key) {
		return result -> assertThat(result.getFlashMap().get(Notices.ATTRIBUTE)).isInstanceOfSatisfying(
				Notices.Notice.class, notice -> assertThat(notice.key()).isEqualTo(key));
	}

	/** Waits for the newest background run to end (tests start at most one at a time). */
	private BackupRun awaitEnd() throws InterruptedException {
		long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
		while (System.nanoTime() < deadline) {
			BackupRun latest = runs.latest().orElse(null);
			if (latest == null || !latest.running()) {
				return latest;
			}
			Thread.sleep(100);
		}
		throw new AssertionError("the background backup did not end within 60 s");
	}

	@Test
	void nobodyElseMayOpenOrUseIt() throws Exception {
		Fixtures.Company company = fixtures.company();
		for (Fixtures.Person person : new Fixtures.Person[] { company.hr(), company.executive(), company.employee() }) {
			mvc.perform(get("/admin/backups").with(Fixtures.as(person))).andExpect(status().isForbidden());
			mvc.perform(post("/admin/backups").with(Fixtures.as(person)).with(csrf()))
				.andExpect(status().isForbidden());
			mvc.perform(post("/admin/backups/verify").param("name", "x.zip").with(Fixtures.as(person)).with(csrf()))
				.andExpect(status().isForbidden());
		}
		mvc.perform(get("/admin/backups")).andExpect(status().is3xxRedirection());
	}

	private Fixtures.Person systemAdministrator(Fixtures.Company company) {
		String email = "ops@" + company.code().toLowerCase(Locale.ROOT) + ".test";
		var created = SystemActor.runAs(company.id(), () -> accounts.create(SystemActor.in(company.id()),
				new NewUser(null, email, "Olga Operator", EnumSet.of(Role.SYSTEM_ADMIN))));
		return new Fixtures.Person(null, created.user().id(), "Olga Operator", email, created.initialPassword(),
				Set.of(Role.SYSTEM_ADMIN), company.id());
	}

}
