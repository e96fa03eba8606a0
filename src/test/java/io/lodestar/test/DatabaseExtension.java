package io.lodestar.test;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.opentest4j.TestAbortedException;

/**
 * For the PostgreSQL run: checks the server is reachable and gives the run a fresh schema, once per JVM.
 * Unreachable means failure in CI ({@code LODESTAR_REQUIRE_POSTGRES=true} or {@code CI=true}) and a skip,
 * with the reason, on a developer machine without PostgreSQL.
 */
public class DatabaseExtension implements BeforeAllCallback {

	private static volatile boolean prepared;

	static boolean postgresRun() {
		return "postgres".equals(System.getProperty("lodestar.test.db"));
	}

	static boolean postgresRequired() {
		return "true".equalsIgnoreCase(System.getenv("LODESTAR_REQUIRE_POSTGRES"))
				|| "true".equalsIgnoreCase(System.getenv("CI"));
	}

	@Override
	public void beforeAll(ExtensionContext context) {
		if (!postgresRun() || prepared) {
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
