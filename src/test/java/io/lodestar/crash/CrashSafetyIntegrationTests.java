package io.lodestar.crash;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import io.lodestar.test.DatabaseExtension;

/**
 * {@code kill -9} during a large import and during a background appraisal computation, repeated (default 20 times
 * on PostgreSQL, 5 on H2; {@code -Dlodestar.crash.repeats=N}). Each repeat kills one child JVM ({@link CrashChild})
 * in the middle of both, at a different point of the import each time, and checks on the database:
 * <ul>
 * <li><b>import, no partial state</b>: not one org unit of the killed job exists, and the job is not DONE;</li>
 * <li><b>computation, no partial state taken as final</b>: the rows may hold a mixture of the killed run's and
 * the previous run's scores (one transaction per chunk), but the cycle never says "computed": it is still marked
 * computing with a heartbeat that stops, so the next node marks it failed and refuses publishing the results;</li>
 * <li><b>recognised and retried</b>: the next child (a new node) marks both abandoned once their heartbeats are
 * stale, then imports the same file again (all units, once) and recomputes (every appraisal scored from the
 * current inputs).</li>
 * </ul>
 * On H2 the database is a file in a temporary directory (an in-memory database dies with its JVM); on PostgreSQL
 * the schema of the test run. Only one JVM opens the H2 file at a time: this test reads it between children.
 */
@ExtendWith(DatabaseExtension.class)
class CrashSafetyIntegrationTests {

	private static final Duration STEP = Duration.ofMinutes(3);

	private static final int PEOPLE = Integer.getInteger("lodestar.crash.people", 2000);

	private static final int UNITS = Integer.getInteger("lodestar.crash.units", 400);

	private final boolean postgres = "postgres".equals(System.getProperty("lodestar.test.db"));

	private final int repeats = Integer.getInteger("lodestar.crash.repeats", postgres ? 20 : 5);

	@Test
	void killDashNineDuringImportsAndAppraisalComputationsLeavesNoPartialStateAndRetriesSucceed() throws Exception {
		Path dir = Files.createTempDirectory("lodestar-crash-");
		Map<String, String> database = database(dir);
		Map<String, String> properties = new LinkedHashMap<>(database);
		properties.put("server.port", "0");
		properties.put("lodestar.data-dir", dir.resolve("data").toString());
		properties.put("lodestar.background.heartbeat", "250ms");
		properties.put("lodestar.background.abandon-after", "2s");
		properties.put("lodestar.background.check-every", "500ms");
		properties.put("lodestar.appraisal.sync-limit", "100");
		properties.put("lodestar.appraisal.chunk-size", "20");
		properties.put("crash.people", String.valueOf(PEOPLE));
		properties.put("crash.units", String.valueOf(UNITS));
		properties.put("crash.repeats", String.valueOf(repeats + 1));
		long started = System.nanoTime();

		try (ChildJvm setup = ChildJvm.start(dir, properties, true, "setup", dir.toString())) {
			setup.await("SETUP", STEP);
			assertThat(setup.awaitExit(STEP)).as("setup exit code, see %s", setup.log()).isZero();
		}
		Properties state = new Properties();
		try (InputStream in = Files.newInputStream(dir.resolve("state.properties"))) {
			state.load(in);
		}
		UUID cycle = UUID.fromString(state.getProperty("cycle"));
		System.out.printf("crash test (%s): setup %d s%n", postgres ? "PostgreSQL" : "H2", seconds(started));
		try (Connection db = connect(database)) {
			SlowUnitInserts.install(db, postgres);
		}
		try {
			killAndRecover(dir, database, properties, state, cycle, started);
		}
		finally {
			// the H2 file goes with the test's directory; the PostgreSQL schema is the run's, shared by later tests
			if (postgres) {
				try (Connection db = connect(database)) {
					SlowUnitInserts.remove(db);
				}
			}
		}
	}

	private void killAndRecover(Path dir, Map<String, String> database, Map<String, String> properties,
			Properties state, UUID cycle, long started) throws Exception {

		Survived previous = null;
		int lostTails = 0;
		for (int run = 1; run <= repeats; run++) {
			long runStarted = System.nanoTime();
			try (ChildJvm child = ChildJvm.start(dir, properties, false, "crash", dir.toString(),
					String.valueOf(run))) {
				if (run > 1) {
					recovered(child, run - 1, previous);
				}
				double at = killPoint(run);
				String progress = child.await(line -> line.startsWith("PROGRESS") && inTheMiddle(line, at),
						STEP);
				child.kill();
				try (Connection db = connect(database)) {
					previous = assertNoPartialState(db, importer(state, run), cycle, run);
				}
				lostTails += previous.computing() ? 0 : 1;
				System.out.printf("crash test: run %d killed at %s (computation ≥ %.0f %%); on disk: job %s, %s; %d s%n",
						run, progress, at * 100, previous.job(), previous.computing() ? "computing" : "before the recomputation",
						seconds(runStarted));
			}
		}
		try (ChildJvm last = ChildJvm.start(dir, properties, false, "final", dir.toString(),
				String.valueOf(repeats + 1))) {
			recovered(last, repeats, previous);
			assertThat(last.awaitExit(STEP)).isZero();
		}
		try (Connection db = connect(database)) {
			for (int run = 1; run <= repeats; run++) {
				assertThat(count(db, "select count(*) from people_org_unit where tenant_id = ? and code like ?",
						importer(state, run), "K" + run + "-%")).as("units of run %d, imported once", run).isEqualTo(UNITS);
				assertThat(count(db, "select count(*) from platform_import_job where tenant_id = ? and status in "
						+ "('VALIDATING', 'IMPORTING')", importer(state, run))).isZero();
			}
			assertThat(text(db, "select compute_error from appraisal_cycle where id = ?", cycle)).isNull();
		}
		System.out.printf("crash test (%s): %d kills (%d lost the last commits), %d s in all%n",
				postgres ? "PostgreSQL" : "H2", repeats, lostTails, seconds(started));
		// about 110 MB (the class archive, the packed classes, the H2 file); kept when the test fails, for the logs
		deleteRecursively(dir);
	}

	/**
	 * What the next node says about the killed run: recognised as abandoned (what was still running on disk),
	 * publishing refused, both retries complete.
	 */
	private void recovered(ChildJvm child, int killed, Survived survived) throws InterruptedException {
		String job = child.await("RECOGNISED import " + killed, STEP);
		if (survived.job().equals("VALIDATING") || survived.job().equals("IMPORTING")) {
			assertThat(job).contains("status=FAILED", "issue=people-import.job.interrupted");
		}
		else {
			assertThat(job).contains("status=" + survived.job());
		}
		String computation = child.await("RECOGNISED cycle " + killed, STEP);
		if (survived.computing()) {
			assertThat(computation).contains("error=abandoned");
			assertThat(child.await("PUBLISH " + killed, STEP)).endsWith("appraisal.cycle.computation-failed");
		}
		else {
			assertThat(computation).contains("error=null");
		}
		assertThat(child.await("RETRIED import " + killed, STEP)).endsWith("status=DONE units=" + UNITS);
		String recomputed = child.await("RETRIED cycle " + killed, STEP);
		assertThat(recomputed).contains("error=null");
		String[] scored = recomputed.substring(recomputed.indexOf("scored=") + 7).split("/");
		assertThat(Integer.parseInt(scored[0])).as("every appraisal scored from the current inputs: %s", recomputed)
			.isEqualTo(Integer.parseInt(scored[1]))
			.isGreaterThan(PEOPLE);
	}

	/**
	 * Right after the kill, on disk: nothing of the import (no unit, the job not DONE), and the cycle not taken as
	 * computed: either still marked computing with fewer than all appraisals scored from the new inputs, or — H2
	 * only, which writes commits to disk about once a second, so a kill loses the last ones — the state from
	 * before the recomputation began, every appraisal with the same complete earlier score.
	 */
	private Survived assertNoPartialState(Connection db, UUID importer, UUID cycle, int run) throws SQLException {
		assertThat(count(db, "select count(*) from people_org_unit where tenant_id = ? and code like ?", importer,
				"K" + run + "-%")).as("units of the killed import").isZero();
		String job = text(db, "select status from platform_import_job where tenant_id = ? and file_name = ?", importer,
				"units-" + run + ".csv");
		assertThat(job).as("killed job").isNotEqualTo("DONE");
		if (postgres) {
			assertThat(job).as("a committed job survives on PostgreSQL").isIn("VALIDATING", "IMPORTING");
		}
		boolean computing;
		try (PreparedStatement query = db.prepareStatement(
				"select computing, compute_done, compute_total, compute_error from appraisal_cycle where id = ?")) {
			query.setObject(1, cycle);
			try (ResultSet row = query.executeQuery()) {
				row.next();
				computing = row.getBoolean(1);
				assertThat(row.getString(4)).isNull();
				if (computing) {
					// killed mid-computation, or (rarely) after its last chunk but before it was marked complete:
					// either way the cycle does not say "computed", which is what keeps a mixture from being final
					assertThat(row.getInt(2)).as("chunks done").isLessThanOrEqualTo(row.getInt(3));
					long fresh = count(db, "select count(*) from appraisal where cycle_id = ? "
							+ "and final_score = ?", cycle, CrashChild.rating(run).divide(BigDecimal.valueOf(5)));
					assertThat(fresh).as("appraisals already scored from the new inputs")
						.isLessThanOrEqualTo(row.getInt(3));
				}
				else {
					assertThat(postgres).as("PostgreSQL keeps every commit: the cycle must be computing").isFalse();
					assertThat(row.getInt(2)).isEqualTo(row.getInt(3));
					assertThat(count(db, "select count(distinct coalesce(final_score, -1)) from appraisal "
							+ "where cycle_id = ?", cycle)).as("one complete computation")
						.isEqualTo(1);
				}
			}
		}
		return new Survived(job == null ? "missing" : job, computing);
	}

	/** What of the killed run was on disk: its job's status ("missing" if none), whether the cycle was computing. */
	record Survived(String job, boolean computing) {
	}

	/** Where in the computation run {@code run} is killed: spread over 5–90 %, a different point each time. */
	static double killPoint(int run) {
		return 0.05 + (run * 0.37) % 0.85;
	}

	/**
	 * Both are running, and the computation is at least {@code at} through the appraisals (the import, started
	 * first and slower, is then somewhere in its rows too).
	 */
	private static boolean inTheMiddle(String progress, double at) {
		String[] parts = progress.split(" ");
		String[] scored = parts[4].split("/");
		int done = Integer.parseInt(scored[0]);
		int total = Integer.parseInt(scored[1]);
		return parts[1].equals("IMPORTING") && parts[3].equals("COMPUTING") && total > 0 && done >= at * total
				&& done < total;
	}

	private Map<String, String> database(Path dir) {
		Map<String, String> database = new LinkedHashMap<>();
		if (postgres) {
			database.put("spring.datasource.url", System.getProperty("spring.datasource.url"));
			database.put("spring.datasource.username", System.getProperty("spring.datasource.username"));
			database.put("spring.datasource.password", System.getProperty("spring.datasource.password", ""));
		}
		else {
			database.put("spring.datasource.url", "jdbc:h2:file:" + dir.resolve("db").resolve("crash")
					+ ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH");
			database.put("spring.datasource.username", "sa");
			database.put("spring.datasource.password", "");
		}
		return database;
	}

	private static Connection connect(Map<String, String> database) throws SQLException {
		return DriverManager.getConnection(database.get("spring.datasource.url"),
				database.get("spring.datasource.username"), database.get("spring.datasource.password"));
	}

	private static long count(Connection db, String sql, Object... parameters) throws SQLException {
		try (PreparedStatement query = db.prepareStatement(sql)) {
			for (int n = 0; n < parameters.length; n++) {
				query.setObject(n + 1, parameters[n]);
			}
			try (ResultSet row = query.executeQuery()) {
				row.next();
				return row.getLong(1);
			}
		}
	}

	/** The company run {@code run} imports into. */
	private static UUID importer(Properties state, int run) {
		return UUID.fromString(state.getProperty(run + ".tenant"));
	}

	private static String text(Connection db, String sql, Object... parameters) throws SQLException {
		try (PreparedStatement query = db.prepareStatement(sql)) {
			for (int n = 0; n < parameters.length; n++) {
				query.setObject(n + 1, parameters[n]);
			}
			try (ResultSet row = query.executeQuery()) {
				return row.next() ? row.getString(1) : null;
			}
		}
	}

	private static void deleteRecursively(Path dir) throws IOException {
		try (Stream<Path> paths = Files.walk(dir)) {
			for (Path path : (Iterable<Path>) paths.sorted(Comparator.reverseOrder())::iterator) {
				Files.delete(path);
			}
		}
	}

	private static long seconds(long since) {
		return Duration.ofNanos(System.nanoTime() - since).toSeconds();
	}

}
