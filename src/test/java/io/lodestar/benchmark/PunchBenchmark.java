package io.lodestar.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import io.lodestar.attendance.DeviceRegistry;
import io.lodestar.platform.security.SystemActor;
import io.lodestar.test.DatabaseExtension;
import io.lodestar.test.Fixtures;

/**
 * The attendance benchmark of issue 6 (not part of the test suite: run it as docs/benchmarks.md says).
 * {@code lodestar.bench.devices} approved devices each hold {@code lodestar.bench.punches} / devices punches. The
 * same rows are inserted once by a raw JDBC batch insert (the ceiling), then deleted and pushed by the devices
 * concurrently over real HTTP as ZKTeco PUSH ATTLOG uploads ({@code lodestar.bench.batch} lines per POST, the
 * requests DeviceSimulator makes), then all pushed again: the count must not change. Results go to the log and
 * to {@code target/benchmark/punch-benchmark.md}.
 */
@ExtendWith(DatabaseExtension.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "logging.level.io.lodestar=WARN" })
@org.springframework.test.context.ActiveProfiles("test")
@Import(Fixtures.class)
class PunchBenchmark {

	static final int DEVICES = Integer.getInteger("lodestar.bench.devices", 20);

	static final int PUNCHES = Integer.getInteger("lodestar.bench.punches", 500_000);

	static final int BATCH = Integer.getInteger("lodestar.bench.batch", 1_000);

	@LocalServerPort
	int port;

	@Autowired
	Fixtures fixtures;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	DeviceRegistry registry;

	final StringBuilder report = new StringBuilder();

	final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

	/** A device's punches: PINs 1000-1499 in turn, one every 7 seconds from 40 days ago (unique per device). */
	record Punch(String pin, LocalDateTime time) {

		String line() {
			return pin + "\t" + time.toString().replace('T', ' ') + (time.getSecond() == 0 ? ":00" : "") + "\t0\t1\t0\t0\t0";
		}

	}

	@Test
	void pushedPunchesAgainstRawJdbc() throws Exception {
		var company = fixtures.company();
		UUID tenant = company.id();
		List<String> serials = new ArrayList<>();
		List<UUID> devices = new ArrayList<>();
		for (int d = 0; d < DEVICES; d++) {
			String serial = "BENCH" + d + UUID.randomUUID().toString().substring(0, 8).toUpperCase(Locale.ROOT);
			serials.add(serial);
			devices.add(SystemActor.runAs(tenant, () -> registry.approve(company.hr().principal(), serial, serial,
					"+08:00")).id());
		}
		int perDevice = PUNCHES / DEVICES;
		int total = perDevice * DEVICES;
		LocalDateTime start = LocalDate.now().minusDays(40).atStartOfDay();
		int batchesPerDevice = (perDevice + BATCH - 1) / BATCH;
		line("%d devices × %,d punches = %,d punches, batches of %,d lines", DEVICES, perDevice, total, BATCH);

		// 1. the same rows by raw JDBC batch inserts, one thread per device (the ceiling: no parsing, no checks)
		long started = System.nanoTime();
		perDevice(d -> {
			for (int b = 0; b < batchesPerDevice; b++) {
				List<Object[]> rows = new ArrayList<>(BATCH);
				Timestamp now = Timestamp.from(Instant.now());
				for (Punch punch : batch(start, perDevice, b)) {
					rows.add(new Object[] { UUID.randomUUID(), tenant, devices.get(d), punch.pin(), punch.time(), "+08:00",
							punch.time().toInstant(ZoneOffset.ofHours(8)).atOffset(ZoneOffset.UTC), 0, 1, "0",
							punch.line(), now });
				}
				transactions.executeWithoutResult(status -> jdbc.batchUpdate("insert into attendance_punch (id, "
						+ "tenant_id, device_id, pin, local_time, utc_offset, punched_at, status_code, verify_code, "
						+ "work_code, raw_line, received_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", rows));
			}
		});
		double jdbcSeconds = seconds(started);
		double jdbcRate = total / jdbcSeconds;
		line("Raw JDBC batch insert: %,d rows in %.1f s = %,.0f rows/s", total, jdbcSeconds, jdbcRate);
		assertThat(count(tenant)).isEqualTo(total);
		jdbc.update("delete from attendance_punch where tenant_id = ?", tenant);
		jdbc.execute("vacuum analyze attendance_punch");

		// 2. the devices push the same punches through /iclock/cdata, all at once
		for (String serial : serials) {
			HttpResponse<String> handshake = send(HttpRequest.newBuilder(uri("/iclock/cdata?SN=" + serial
					+ "&options=all&pushver=2.4.1")).GET().build());
			assertThat(handshake.body()).startsWith("GET OPTION FROM: " + serial);
		}
		AtomicLong acknowledged = new AtomicLong();
		started = System.nanoTime();
		perDevice(d -> push(serials.get(d), start, perDevice, batchesPerDevice, acknowledged));
		double pushSeconds = seconds(started);
		double pushRate = total / pushSeconds;
		line("Devices pushing over HTTP (PUSH ATTLOG): %,d punches in %.1f s = %,.0f punches/s sustained "
				+ "(%d devices at once)", total, pushSeconds, pushRate, DEVICES);
		line("Ratio push / raw JDBC: %.2f (goal ≥ 0.5)", pushRate / jdbcRate);
		assertThat(acknowledged.get()).isEqualTo(total);
		assertThat(count(tenant)).isEqualTo(total);

		// 3. everything again, as after a stamp reset on every device: nothing may change
		started = System.nanoTime();
		perDevice(d -> push(serials.get(d), start, perDevice, batchesPerDevice, new AtomicLong()));
		double againSeconds = seconds(started);
		long after = count(tenant);
		line("Re-push of all %,d punches: %.1f s = %,.0f punches/s; punches stored before %,d, after %,d", total,
				againSeconds, total / againSeconds, total, after);
		assertThat(after).isEqualTo(total);
		Path output = Path.of("target/benchmark/punch-benchmark.md");
		Files.createDirectories(output.getParent());
		Files.writeString(output, report.toString());
		System.out.println(report);
	}

	private void push(String serial, LocalDateTime start, int perDevice, int batches, AtomicLong acknowledged)
			throws Exception {
		for (int b = 0; b < batches; b++) {
			StringBuilder body = new StringBuilder(BATCH * 48);
			List<Punch> punches = batch(start, perDevice, b);
			punches.forEach(punch -> body.append(punch.line()).append('\n'));
			HttpResponse<String> response = send(HttpRequest.newBuilder(uri("/iclock/cdata?SN=" + serial
					+ "&table=ATTLOG&Stamp=" + b))
				.header("Content-Type", "text/plain")
				.POST(HttpRequest.BodyPublishers.ofString(body.toString(), StandardCharsets.UTF_8))
				.build());
			if (response.statusCode() != 200 || !response.body().equals("OK:" + punches.size() + "\n")) {
				throw new IllegalStateException(response.statusCode() + " " + response.body());
			}
			acknowledged.addAndGet(punches.size());
		}
	}

	private static List<Punch> batch(LocalDateTime start, int perDevice, int batch) {
		List<Punch> punches = new ArrayList<>(BATCH);
		for (int i = batch * BATCH; i < Math.min(perDevice, (batch + 1) * BATCH); i++) {
			punches.add(new Punch(Integer.toString(1000 + i % 500), start.plusSeconds(i * 7L)));
		}
		return punches;
	}

	interface DeviceWork {

		void run(int device) throws Exception;

	}

	private void perDevice(DeviceWork work) throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(DEVICES);
		List<Future<?>> futures = new ArrayList<>();
		for (int d = 0; d < DEVICES; d++) {
			int device = d;
			futures.add(pool.submit(() -> {
				work.run(device);
				return null;
			}));
		}
		for (Future<?> future : futures) {
			future.get();
		}
		pool.shutdown();
	}

	private HttpResponse<String> send(HttpRequest request) throws Exception {
		return http.send(request, HttpResponse.BodyHandlers.ofString());
	}

	private URI uri(String path) {
		return URI.create("http://localhost:" + port + path);
	}

	private long count(UUID tenant) {
		return jdbc.queryForObject("select count(*) from attendance_punch where tenant_id = ?", Long.class, tenant);
	}

	private static double seconds(long started) {
		return (System.nanoTime() - started) / 1e9;
	}

	private void line(String format, Object... arguments) {
		String text = String.format(Locale.ROOT, format, arguments);
		report.append("- ").append(text).append('\n');
		System.out.println(text);
	}

}
