package io.lodestar.test;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.opentest4j.TestAbortedException;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * For the embedded run: migrates the shared in-memory database once per JVM, through a connection that stays open.
 * For the PostgreSQL run: checks the server is reachable and gives the run a fresh schema, once per JVM.
 * Unreachable means failure in CI ({@code LODESTAR_REQUIRE_POSTGRES=true} or {@code CI=true}) and a skip,
 * with the reason, on a developer machine without PostgreSQL.
 */
public class DatabaseExtension implements BeforeAllCallback {

	private static volatile boolean prepared;

	private static synchronized void migrateEmbeddedOnce() {
		if (h2Keeper != null) {
			return;
		}
		try {
			h2Keeper = DriverManager.getConnection(H2_URL, "sa", "");
			Flyway.configure()
				.dataSource(new SingleConnectionDataSource(h2Keeper, true))
				.locations("classpath:db/migration")
				.load()
				.migrate();
		}
		catch (SQLException failed) {
			throw new IllegalStateException("cannot open the embedded test database", failed);
		}
	}

	static boolean postgresRun() {
		return "postgres".equals(System.getProperty("lodestar.test.db"));
	}

	static boolean postgresRequired() {
		return "true".equalsIgnoreCase(System.getenv("LODESTAR_REQUIRE_POSTGRES"))
				|| "true".equalsIgnoreCase(System.getenv("CI"));
	}

	/** The embedded run's database, as {@code application-test.yml} names it. */
	static final String H2_URL = "jdbc:h2:mem:lodestar;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;"
			+ "DB_CLOSE_DELAY=-1";

	/**
	 * Creates the in-memory schema through a connection that lives as long as the JVM. H2 keeps the session that
	 * ran a CREATE TABLE inside the table's CHECK ... IN (...) constraints; when the first context to migrate was one
	 * that later closes (the nodes of TwoNodesIntegrationTests), every later insert into such a table failed with
	 * "Check constraint invalid" (cause: "The database has been closed").
	 */
	private static Connection h2Keeper;

	@Override
	public void beforeAll(ExtensionContext context) {
		if (!postgresRun()) {
			migrateEmbeddedOnce();
			return;
		}
		if (prepared) {
			return;
		}
		synchronized (DatabaseExtension.class) {
			if (prepared) {
				return;
			}
			String url = System.getProperty("spring.datasource.url");
			String schema = url.contains("currentSchema=") ? url.replaceAll(".*currentSchema=([A-Za-z0-9_]+).*", "$1")
					: "public";
			try (Connection connection = DriverManager.getConnection(url, System.getProperty("spring.datasource.username"),
					System.getProperty("spring.datasource.password"));
					Statement statement = connection.createStatement()) {
				statement.execute("drop schema if exists " + schema + " cascade");
				statement.execute("create schema " + schema);
			}
			catch (SQLException unreachable) {
				String message = "PostgreSQL is not reachable at " + url + ": " + unreachable.getMessage();
				if (postgresRequired()) {
					throw new IllegalStateException(message + " (required: LODESTAR_REQUIRE_POSTGRES/CI is set)",
							unreachable);
				}
				throw new TestAbortedException(message + " — skipping the PostgreSQL run on this machine");
			}
			prepared = true;
		}
	}

}
