package io.lodestar.operations;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;

import javax.sql.DataSource;

import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * An empty database of its own for one test: a named H2 in-memory database, or in the PostgreSQL run a schema
 * created next to the run's schema (dropped first if a previous run left it).
 */
final class FreshDatabase {

	private FreshDatabase() {
	}

	static boolean postgres() {
		return "postgres".equals(System.getProperty("lodestar.test.db"));
	}

	static String url(String name) {
		if (!postgres()) {
			return h2Url(name);
		}
		String shared = System.getProperty("spring.datasource.url");
		String base = shared.contains("currentSchema=") ? shared.replaceAll(".*currentSchema=([A-Za-z0-9_]+).*", "$1")
				: "public";
		String schema = base + "_" + name.replace('-', '_');
		try (Connection connection = DriverManager.getConnection(shared, System.getProperty("spring.datasource.username"),
				System.getProperty("spring.datasource.password")); Statement statement = connection.createStatement()) {
			statement.execute("drop schema if exists " + schema + " cascade");
			statement.execute("create schema " + schema);
		}
		catch (SQLException unreachable) {
			throw new IllegalStateException("cannot prepare schema " + schema, unreachable);
		}
		return shared.contains("currentSchema=") ? shared.replaceAll("currentSchema=[A-Za-z0-9_]+", "currentSchema=" + schema)
				: shared + (shared.contains("?") ? "&" : "?") + "currentSchema=" + schema;
	}

	private static String h2Url(String name) {
		return "jdbc:h2:mem:" + name + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;"
				+ "DB_CLOSE_DELAY=-1";
	}

	static DataSource create(String name) {
		if (postgres()) {
			return new DriverManagerDataSource(url(name), System.getProperty("spring.datasource.username"),
					System.getProperty("spring.datasource.password"));
		}
		return h2(name);
	}

	/** An empty embedded database, in either run (the other database of a PostgreSQL run). */
	static DataSource h2(String name) {
		// an earlier test in this JVM may have used the name
		DriverManagerDataSource h2 = new DriverManagerDataSource(h2Url(name), "sa", "");
		try (Connection connection = h2.getConnection(); Statement statement = connection.createStatement()) {
			statement.execute("drop all objects");
		}
		catch (SQLException failed) {
			throw new IllegalStateException(failed);
		}
		return h2;
	}

	static Map<String, String> fingerprints(DataSource dataSource) {
		try (Connection connection = dataSource.getConnection()) {
			return Fingerprints.of(connection, TableCatalog.read(connection));
		}
		catch (SQLException failed) {
			throw new IllegalStateException(failed);
		}
	}

	static long rows(DataSource dataSource) {
		return fingerprints(dataSource).values().stream().mapToLong(p -> Long.parseLong(p.substring(0, p.indexOf(':'))))
			.sum();
	}

}
