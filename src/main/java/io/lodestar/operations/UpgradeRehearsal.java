package io.lodestar.operations;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.output.ValidateResult;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.stereotype.Component;

/**
 * {@code lodestar upgrade --rehearse}: copies the live database into a sandbox through a backup archive (H2: a
 * private in-memory database; PostgreSQL: a new schema next to the live one), migrates the copy with this
 * release's migrations and checks it: Flyway validates, every table keeps its rows, the load itself enforced
 * every foreign key. Production is only read, in one read-only transaction; the sandbox is dropped afterwards.
 */
@Component
public class UpgradeRehearsal {

	/** What the rehearsal found; {@code ok} when the upgrade can go ahead. */
	public record Report(boolean ok, String from, String to, List<String> migrations, List<String> problems,
			Map<String, Long> rowsBefore, Map<String, Long> rowsAfter, Duration migrationTime) {

		public String text() {
			StringBuilder out = new StringBuilder();
			out.append("Upgrade rehearsal: schema ").append(from).append(" -> ").append(to).append('\n');
			migrations.forEach(m -> out.append("  migration ").append(m).append('\n'));
			out.append("  migrations took ").append(migrationTime.toMillis()).append(" ms on a copy of ")
				.append(rowsBefore.values().stream().mapToLong(Long::longValue).sum()).append(" rows\n");
			rowsBefore.forEach((table, rows) -> out.append(String.format("  %-40s %10d -> %10d%n", table, rows,
					rowsAfter.getOrDefault(table, -1L))));
			problems.forEach(p -> out.append("  PROBLEM: ").append(p).append('\n'));
			out.append(ok ? "RESULT: the upgrade can go ahead; production was not changed\n"
					: "RESULT: do NOT upgrade; production was not changed\n");
			return out.toString();
		}

	}

	private final DataSource production;

	private final Environment environment;

	UpgradeRehearsal(DataSource production, Environment environment) {
		this.production = production;
		this.environment = environment;
	}

	public Report rehearse() throws Exception {
		Path work = Files.createTempDirectory("lodestar-rehearsal-");
		try {
			Path archive = new BackupWriter(production, Clock.systemUTC()).write(work, "rehearsal", null, List.of(), null, BackupWriter.Progress.NONE)
				.archive();
			try (ArchiveReader reader = ArchiveReader.open(archive, null)) {
				return inSandbox(reader);
			}
		}
		finally {
			try (Stream<Path> files = Files.walk(work)) {
				files.sorted((a, b) -> b.getNameCount() - a.getNameCount()).forEach(p -> p.toFile().delete());
			}
		}
	}

	private Report inSandbox(ArchiveReader reader) throws SQLException {
		Manifest manifest = reader.manifest();
		String schema = "lodestar_rehearsal_" + UUID.randomUUID().toString().substring(0, 8);
		boolean postgres;
		try (Connection connection = production.getConnection()) {
			postgres = DatabaseFacts.postgres(connection);
			if (postgres) {
				try (Statement statement = connection.createStatement()) {
					statement.execute("create schema " + schema);
				}
			}
		}
		DriverManagerDataSource sandbox = postgres ? postgresSandbox(schema)
				: new DriverManagerDataSource("jdbc:h2:mem:" + schema
						+ ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1", "sa", "");
		try {
			SchemaGuard.flyway(sandbox).target(MigrationVersion.fromVersion(manifest.schemaVersion())).load().migrate();
			new RestoreLoader(sandbox).load(reader);
			Flyway flyway = SchemaGuard.flyway(sandbox).load();
			List<String> migrations = new ArrayList<>();
			for (MigrationInfo pending : flyway.info().pending()) {
				migrations.add(pending.getVersion() + " " + pending.getDescription());
			}
			long started = System.nanoTime();
			flyway.migrate();
			Duration took = Duration.ofNanos(System.nanoTime() - started);
			List<String> problems = new ArrayList<>();
			ValidateResult validation = flyway.validateWithResult();
			if (!validation.validationSuccessful) {
				problems.add("Flyway validation: " + validation.getAllErrorMessages());
			}
			Map<String, Long> before = new java.util.TreeMap<>();
			manifest.tables().forEach(t -> before.put(t.name(), t.rows()));
			Map<String, Long> after = new java.util.TreeMap<>();
			try (Connection connection = sandbox.getConnection()) {
				Fingerprints.of(connection, TableCatalog.read(connection))
					.forEach((table, print) -> after.put(table, Long.parseLong(print.substring(0, print.indexOf(':')))));
			}
			before.forEach((table, rows) -> {
				if (!after.containsKey(table)) {
					problems.add("table " + table + " is gone after migrating (" + rows + " rows)");
				}
				else if (after.get(table) < rows) {
					problems.add("table " + table + " lost " + (rows - after.get(table)) + " rows");
				}
			});
			return new Report(problems.isEmpty(), manifest.schemaVersion(),
					String.valueOf(flyway.info().current().getVersion()), migrations, problems, before, after, took);
		}
		finally {
			try (Connection connection = postgres ? production.getConnection() : sandbox.getConnection();
					Statement statement = connection.createStatement()) {
				statement.execute(postgres ? "drop schema " + schema + " cascade" : "shutdown");
			}
		}
	}

	private DriverManagerDataSource postgresSandbox(String schema) {
		String url = environment.getRequiredProperty("spring.datasource.url");
		url = url.contains("currentSchema=") ? url.replaceAll("currentSchema=[A-Za-z0-9_]+", "currentSchema=" + schema)
				: url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema;
		return new DriverManagerDataSource(url, environment.getProperty("spring.datasource.username", ""),
				environment.getProperty("spring.datasource.password", ""));
	}

}
