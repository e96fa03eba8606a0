package io.lodestar.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.support.TransactionTemplate;

import io.lodestar.goals.Period;
import io.lodestar.goals.PeriodCalendar;
import io.lodestar.goals.PeriodKind;
import io.lodestar.platform.security.SystemActor;
import io.lodestar.platform.security.TokenScope;
import io.lodestar.reporting.PersonScores;
import io.lodestar.test.DatabaseExtension;
import io.lodestar.test.Fixtures;

/**
 * The KPI benchmark of issue 3 (not part of the test suite: run it as docs/benchmarks.md says). A generated
 * company of {@code lodestar.bench.employees} people with {@code lodestar.bench.kpis} KPIs each; the same
 * {@code lodestar.bench.measurements} actuals inserted once by a raw JDBC batch and once through the push API;
 * then 16 concurrent signed-in users on the person, unit and company dashboards. Results go to the log and to
 * {@code target/benchmark/kpi-benchmark.md}.
 */
@ExtendWith(DatabaseExtension.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "lodestar.security.login-throttle.free-failures-per-address=100000",
				"logging.level.io.lodestar=WARN",
				// sessions in the database as in production (the test profile keeps them in memory for MockMvc)
				"spring.autoconfigure.exclude=" })
@ActiveProfiles("test")
@Import({ Fixtures.class, StatementCounter.class })
class KpiBenchmark {

	static final int EMPLOYEES = Integer.getInteger("lodestar.bench.employees", 10_000);

	static final int KPIS = Integer.getInteger("lodestar.bench.kpis", 5);

	static final int MEASUREMENTS = Integer.getInteger("lodestar.bench.measurements", 1_000_000);

	static final int BATCH = Integer.getInteger("lodestar.bench.batch", 2_000);

	static final int CLIENTS = Integer.getInteger("lodestar.bench.clients", 4);

	static final int USERS = Integer.getInteger("lodestar.bench.users", 16);

	static final Duration LOAD = Duration.ofSeconds(Integer.getInteger("lodestar.bench.seconds", 30));

	/** Mean pause between a user's requests in the second measurement: people read a dashboard before clicking. */
	static final int THINK_MILLIS = Integer.getInteger("lodestar.bench.think-ms", 2_000);

	@LocalServerPort
	int port;

	@Autowired
	Fixtures fixtures;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	PeriodCalendar calendar;

	@Autowired
	PersonScores personScores;

	final StringBuilder report = new StringBuilder();

	@Test
	void ingestAndDashboards() throws Exception {
		var owner = fixtures.company();
		UUID tenant = owner.id();
		int lastYear = calendar.fiscalYearOf(tenant, calendar.today(tenant)) - 1;
		Period year = calendar.year(tenant, lastYear).get(0);
		List<Period> months = calendar.within(tenant, year, PeriodKind.MONTH);
		long started = System.nanoTime();
		BenchmarkCompany company = BenchmarkCompany.generate(jdbc, tenant, owner.rootUnit(), year, months, 100, EMPLOYEES,
				KPIS);
		// the KPIs went straight into the tables: their owners' scores are what creating them would have kept
		personScores.rebuild(tenant);
		line("Generated %,d employees, %,d KPIs in %.1f s", EMPLOYEES, company.kpis.size(), seconds(started));
		// what autovacuum does in production (it is off on the benchmark machine's server)
		jdbc.execute("analyze");
		int perKpi = Math.max(1, MEASUREMENTS / company.kpis.size());
		int total = perKpi * company.kpis.size();

		// 1. the same rows by raw JDBC batch inserts (the ceiling: no checks, no results)
		started = System.nanoTime();
		parallel(CLIENTS, chunkCount(total), chunk -> {
			List<Object[]> rows = new ArrayList<>(BATCH);
			Timestamp now = Timestamp.from(Instant.now());
			forEachItem(chunk, perKpi, company, (kpi, n, date, value) -> rows.add(new Object[] { UUID.randomUUID(), tenant,
					kpi, company.monthOf(date), Date.valueOf(date), value, "API", null, key(kpi, n), owner.hr().userId(),
					owner.hr().email(), null, null, false, now }));
			transactions.executeWithoutResult(status -> jdbc.batchUpdate("insert into kpi_measurement (id, tenant_id, kpi_id, "
					+ "period_id, measured_on, measured_value, source, source_ref, idempotency_key, entered_by, entered_by_name, "
					+ "corrects_id, reason, lock_override, recorded_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", rows));
			return null;
		});
		double jdbcSeconds = seconds(started);
		double jdbcRate = total / jdbcSeconds;
		line("Raw JDBC batch insert: %,d rows in %.1f s = %,.0f rows/s (%d threads, batches of %d)", total, jdbcSeconds,
				jdbcRate, CLIENTS, BATCH);
		assertThat(count(tenant)).isEqualTo(total);
		// statistics of the full table (what autovacuum would have gathered), kept through the delete
		jdbc.execute("analyze kpi_measurement");
		jdbc.update("delete from kpi_measurement where tenant_id = ?", tenant);
		jdbc.execute("vacuum kpi_measurement");

		// 2. the same rows through POST /api/v1/measurements/batch: checks, idempotency, results, rollup
		String token = fixtures.token(owner.hr(), TokenScope.READ, TokenScope.WRITE);
		HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
		long statementsBefore = StatementCounter.STATEMENTS.get();
		StatementCounter.BY_TEXT.clear();
		StatementCounter.NANOS_BY_TEXT.clear();
		started = System.nanoTime();
		// autovacuum's analyze, which is off on the benchmark machine's server: it would analyze a table growing
		// from empty again and again (50 rows + 10 % changed). Without it the planner keeps the vacuum's "empty"
		// and looks up idempotency keys through an index on the tenant alone: seconds per batch, growing
		var analyzer = Executors.newSingleThreadScheduledExecutor();
		analyzer.scheduleWithFixedDelay(() -> jdbc.execute("analyze kpi_measurement"), 1, 5,
				java.util.concurrent.TimeUnit.SECONDS);
		analyzer.scheduleWithFixedDelay(() -> jdbc.execute("analyze kpi_result, goal"), 20, 20,
				java.util.concurrent.TimeUnit.SECONDS);
		parallel(CLIENTS, chunkCount(total), chunk -> {
			StringBuilder body = new StringBuilder(BATCH * 130).append("{\"items\":[");
			forEachItem(chunk, perKpi, company, (kpi, n, date, value) -> body.append("{\"kpiId\":\"").append(kpi)
				.append("\",\"value\":").append(value.toPlainString()).append(",\"measuredOn\":\"").append(date)
				.append("\",\"idempotencyKey\":\"").append(key(kpi, n)).append("\"},"));
			body.setLength(body.length() - 1);
			body.append("]}");
			HttpResponse<String> response = http.send(HttpRequest.newBuilder(uri("/api/v1/measurements/batch"))
				.header("Authorization", "Bearer " + token)
				.header("Content-Type", "application/json")
				.timeout(Duration.ofMinutes(5))
				.POST(HttpRequest.BodyPublishers.ofString(body.toString()))
				.build(), HttpResponse.BodyHandlers.ofString());
			if (response.statusCode() != 200) {
				throw new IllegalStateException(response.statusCode() + " " + response.body());
			}
			return null;
		});
		double apiSeconds = seconds(started);
		double apiRate = total / apiSeconds;
		System.out.println("Database time while accepting:\n" + StatementCounter.slowest(12));
		long apiStatements = StatementCounter.STATEMENTS.get() - statementsBefore;
		line("Push API: %,d measurements accepted in %.1f s = %,.0f rows/s (%d clients, batches of %d), %,d SQL "
				+ "statements (%.1f per batch) while the result queue ran alongside", total, apiSeconds, apiRate, CLIENTS,
				BATCH, apiStatements, apiStatements / (double) chunkCount(total));
		line("Ratio API / raw JDBC: %.2f (goal ≥ 0.5)", apiRate / jdbcRate);
		// large batches leave their results to the background queue: how long until every result is current
		int waitingAtEnd = pendingKpis(tenant);
		while (pendingKpis(tenant) > 0) {
			Thread.sleep(100);
		}
		double allSeconds = seconds(started);
		analyzer.shutdownNow();
		line("Results, rollups and scores current %.1f s after the last batch was accepted (%,d KPIs were still "
				+ "queued then): %,.0f rows/s from the first batch to the last result, %,d SQL statements in all",
				allSeconds - apiSeconds, waitingAtEnd, total / allSeconds,
				StatementCounter.STATEMENTS.get() - statementsBefore);
		System.out.println(StatementCounter.top(12));
		System.out.println("Database time, accepting and computing:\n" + StatementCounter.slowest(15));
		assertThat(count(tenant)).isEqualTo(total);
		assertThat(jdbc.queryForObject("select count(*) from kpi_result where tenant_id = ? and kpi_id in (select kpi_id "
				+ "from kpi_measurement where tenant_id = ?)", Long.class, tenant, tenant)).isPositive();
		// what autovacuum would have done by now: the queue replaced results and progress many times over
		jdbc.execute("vacuum analyze");

		// 3. dashboards under 16 concurrent signed-in users (HR: sees everyone, the heaviest view)
		List<String> sessions = new ArrayList<>();
		for (int user = 0; user < USERS; user++) {
			sessions.add(signIn(owner.hr().email(), owner.hr().password()));
		}
		Random random = new Random(7);
		String query = "?year=" + lastYear + "&period=Y";
		measure("Person dashboard", sessions, index -> "/dashboard/people/"
				+ company.employees.get(random.nextInt(company.employees.size())) + query);
		measure("Unit dashboard (100 people)", sessions, index -> "/dashboard/units/"
				+ company.units.get(random.nextInt(company.units.size())) + query);
		measure("Company dashboard", sessions, index -> "/dashboard" + query);
		measure("KPI detail page", sessions, index -> "/kpis/" + company.kpis.get(random.nextInt(company.kpis.size())));
		Path output = Path.of("target/benchmark/kpi-benchmark.md");
		Files.createDirectories(output.getParent());
		Files.writeString(output, report.toString());
		System.out.println(report);
	}

	interface Item {

		void accept(UUID kpi, int n, LocalDate date, java.math.BigDecimal value) throws Exception;

	}

	private int chunkCount(int total) {
		return (total + BATCH - 1) / BATCH;
	}

	/** The items of one chunk in a fixed order: KPI by KPI, as a source system sends a person's values together. */
	private void forEachItem(int chunk, int perKpi, BenchmarkCompany company, Item item) throws Exception {
		int total = perKpi * company.kpis.size();
		for (int index = chunk * BATCH; index < Math.min(total, (chunk + 1) * BATCH); index++) {
			UUID kpi = company.kpis.get(index / perKpi);
			int n = index % perKpi;
			item.accept(kpi, n, company.dateOf(n), java.math.BigDecimal.valueOf(60 + (index * 37L) % 70));
		}
	}

	private static String key(UUID kpi, int n) {
		return "bench-" + kpi + "-" + n;
	}

	private void measure(String name, List<String> sessions, IntFunction<String> path) throws Exception {
		long before = StatementCounter.STATEMENTS.get();
		StatementCounter.BY_TEXT.clear();
		get(sessions.get(0), path.apply(0));
		long statements = StatementCounter.STATEMENTS.get() - before;
		System.out.println(name + ": the statements of one request\n" + StatementCounter.top(40));
		// warm-up, then measure
		run(sessions, path, Duration.ofSeconds(5), 0);
		List<Long> latencies = run(sessions, path, LOAD, 0);
		Collections.sort(latencies);
		double seconds = LOAD.toMillis() / 1000.0;
		line("%s, no pauses (saturation): %,d requests in %.0f s = %,.0f req/s; p50 %.1f ms, p95 %.1f ms, p99 %.1f ms; "
				+ "%d SQL statements per request", name, latencies.size(), seconds, latencies.size() / seconds,
				percentile(latencies, 50), percentile(latencies, 95), percentile(latencies, 99), statements);
		latencies = run(sessions, path, LOAD, THINK_MILLIS);
		Collections.sort(latencies);
		line("%s, %d users pausing %,d ms on average: %,d requests in %.0f s = %,.1f req/s; p50 %.1f ms, p95 %.1f ms, "
				+ "p99 %.1f ms", name, sessions.size(), THINK_MILLIS, latencies.size(), seconds, latencies.size() / seconds,
				percentile(latencies, 50), percentile(latencies, 95), percentile(latencies, 99));
	}

	/**
	 * Each session requests pages in a loop for {@code duration}; with {@code thinkMillis} above 0 it pauses an
	 * exponentially distributed time of that mean between requests (an open workload of people reading pages).
	 */
	private List<Long> run(List<String> sessions, IntFunction<String> path, Duration duration, int thinkMillis)
			throws Exception {
		List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
		long end = System.nanoTime() + duration.toNanos();
		ExecutorService pool = Executors.newFixedThreadPool(sessions.size());
		List<Future<?>> futures = new ArrayList<>();
		AtomicInteger counter = new AtomicInteger();
		int user = 0;
		for (String session : sessions) {
			// each user its own pauses: with one seed for all, the 16 would click in lockstep (bursts of 16)
			long seed = 31L * ++user + thinkMillis;
			futures.add(pool.submit(() -> {
				Random pauses = new Random(seed);
				while (System.nanoTime() < end) {
					if (thinkMillis > 0) {
						Thread.sleep((long) (-Math.log(1 - pauses.nextDouble()) * thinkMillis));
					}
					String target = path.apply(counter.incrementAndGet());
					long start = System.nanoTime();
					get(session, target);
					latencies.add(System.nanoTime() - start);
				}
				return null;
			}));
		}
		for (Future<?> future : futures) {
			future.get();
		}
		pool.shutdown();
		return new ArrayList<>(latencies);
	}

	private final HttpClient pages = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

	private void get(String session, String path) throws Exception {
		HttpResponse<Void> response = pages.send(HttpRequest.newBuilder(uri(path)).header("Cookie", session)
			.header("Accept-Language", "zh-CN").GET().build(), HttpResponse.BodyHandlers.discarding());
		if (response.statusCode() != 200) {
			throw new IllegalStateException(path + " → " + response.statusCode());
		}
	}

	private String signIn(String email, String password) throws Exception {
		HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
		String login = client.send(HttpRequest.newBuilder(uri("/login")).GET().build(), HttpResponse.BodyHandlers.ofString())
			.body();
		Matcher csrf = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(login);
		assertThat(csrf.find()).isTrue();
		String form = "email=" + URLEncoder.encode(email, StandardCharsets.UTF_8) + "&password="
				+ URLEncoder.encode(password, StandardCharsets.UTF_8) + "&_csrf=" + csrf.group(1);
		client.send(HttpRequest.newBuilder(uri("/login")).header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.discarding());
		return ((CookieManager) client.cookieHandler().orElseThrow()).getCookieStore()
			.getCookies()
			.stream()
			.filter(cookie -> cookie.getName().equals("LODESTAR_SESSION"))
			.map(cookie -> cookie.getName() + "=" + cookie.getValue())
			.findFirst()
			.orElseThrow();
	}

	interface Chunk {

		Object run(int chunk) throws Exception;

	}

	/** Runs chunks 0..n-1 on a pool of threads, each thread taking the next chunk when it is done. */
	private void parallel(int threads, int chunks, Chunk work) throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(threads);
		AtomicInteger next = new AtomicInteger();
		List<Future<?>> futures = new ArrayList<>();
		for (int thread = 0; thread < threads; thread++) {
			futures.add(pool.submit(() -> {
				for (int chunk = next.getAndIncrement(); chunk < chunks; chunk = next.getAndIncrement()) {
					work.run(chunk);
				}
				return null;
			}));
		}
		for (Future<?> future : futures) {
			future.get();
		}
		pool.shutdown();
	}

	private URI uri(String path) {
		return URI.create("http://localhost:" + port + path);
	}

	private int pendingKpis(UUID tenant) {
		return jdbc.queryForObject("select count(distinct kpi_id) from kpi_result_pending where tenant_id = ?",
				Integer.class, tenant);
	}

	private long count(UUID tenant) {
		return jdbc.queryForObject("select count(*) from kpi_measurement where tenant_id = ?", Long.class, tenant);
	}

	private static double percentile(List<Long> sorted, int percentile) {
		if (sorted.isEmpty()) {
			return 0;
		}
		return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(percentile / 100.0 * sorted.size()) - 1)) / 1e6;
	}

	private static double seconds(long startedNanos) {
		return (System.nanoTime() - startedNanos) / 1e9;
	}

	private void line(String format, Object... arguments) {
		String text = String.format(format, arguments);
		report.append("- ").append(text).append('\n');
		System.out.println(text);
	}

}
