package io.lodestar.integration;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

/**
 * A second database playing the company's ERP. In the H2 run an in-memory H2 database of its own (created
 * with the connector's user and password, so a wrong password fails); in the PostgreSQL run the database
 * {@code lodestar_erp_it} on the same server, created if missing. Every instance uses its own table names
 * ({@link #table}), so tests running at the same time never share rows.
 */
public final class ErpDatabase {

	static final String POSTGRES_DATABASE = "lodestar_erp_it";

	private final String url;

	private final String user;

	private final String password;

	private final String suffix = UUID.randomUUID().toString().replace("-", "").substring(0, 10);

	private ErpDatabase(String url, String user, String password) {
		this.url = url;
		this.user = user;
		this.password = password;
	}

	public static ErpDatabase create() {
		if (!isPostgres()) {
			String name = "erp_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
			ErpDatabase erp = new ErpDatabase("jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1", "erp_reader",
					"Erp-Secret-7731");
			erp.execute("select 1");
			return erp;
		}
		String lodestar = System.getProperty("spring.datasource.url");
		String server = lodestar.replaceAll("^(jdbc:postgresql://[^/]+/).*$", "$1");
		String admin = System.getProperty("spring.datasource.username");
		String adminPassword = System.getProperty("spring.datasource.password", "");
		try (Connection connection = DriverManager.getConnection(server + "postgres", admin, adminPassword);
				Statement statement = connection.createStatement()) {
			boolean exists;
			try (var rs = statement.executeQuery("select 1 from pg_database where datname = '" + POSTGRES_DATABASE + "'")) {
				exists = rs.next();
			}
			if (!exists) {
				try {
					statement.execute("create database " + POSTGRES_DATABASE);
				}
				catch (SQLException createdConcurrently) {
					// another run created it a moment ago (42P04), or lost the race on pg_database (23505)
					if (!"42P04".equals(createdConcurrently.getSQLState())
							&& !"23505".equals(createdConcurrently.getSQLState())) {
						throw createdConcurrently;
					}
				}
			}
		}
		catch (SQLException unreachable) {
			throw new IllegalStateException("cannot prepare the ERP database", unreachable);
		}
		// a server that trusts local connections ignores the password; one that checks it gets the real one
		return new ErpDatabase(server + POSTGRES_DATABASE, admin,
				adminPassword == null || adminPassword.isEmpty() ? "Erp-Secret-7731" : adminPassword);
	}

	/** This instance's name for a table, e.g. {@code table("loss")} → {@code loss_1a2b3c4d5e}. */
	public String table(String name) {
		return name + "_" + suffix;
	}

	public void execute(String... statements) {
		try (Connection connection = DriverManager.getConnection(url, user, password);
				Statement statement = connection.createStatement()) {
			for (String sql : statements) {
				statement.execute(sql);
			}
		}
		catch (SQLException failed) {
			throw new IllegalStateException("ERP statement failed: " + failed.getMessage(), failed);
		}
	}

	/** The first column of the first row of a query, as a number. */
	public long number(String sql) {
		try (Connection connection = DriverManager.getConnection(url, user, password);
				Statement statement = connection.createStatement();
				var rs = statement.executeQuery(sql)) {
			rs.next();
			return rs.getLong(1);
		}
		catch (SQLException failed) {
			throw new IllegalStateException("ERP query failed: " + failed.getMessage(), failed);
		}
	}

	public static boolean isPostgres() {
		return "postgres".equals(System.getProperty("lodestar.test.db"));
	}

	public String url() {
		return url;
	}

	public String user() {
		return user;
	}

	public String password() {
		return password;
	}

}
