package io.lodestar.integration;

import java.sql.Connection;
import java.sql.Driver;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

import org.springframework.stereotype.Component;

/**
 * Runs a connector's query against the company's database: a connection of its own (never Lodestar's pool),
 * read-only (inside a read-only transaction, rolled back at the end), with a query timeout and a row limit.
 */
@Component
class ExternalQuery {

	private final IntegrationProperties properties;

	ExternalQuery(IntegrationProperties properties) {
		this.properties = properties;
	}

	/** The columns and rows of a result (values as the driver returns them). */
	record Result(List<String> columns, List<Object[]> rows) {
	}

	/** Why a query produced no usable result; {@code detail} is the database's message. */
	static class Failure extends Exception {

		private final String code;

		private final transient Object[] arguments;

		Failure(String code, String detail, Object... arguments) {
			super(detail);
			this.code = code;
			this.arguments = arguments;
		}

		String code() {
			return code;
		}

		Object[] arguments() {
			return arguments.clone();
		}

	}

	/**
	 * At most {@code limit} rows; more fails with {@code integration.run.error.too-many-rows}, unless
	 * {@code firstRowsOnly} (a preview), which just stops there.
	 */
	Result fetch(String url, String username, String password, String statementText, int limit,
			boolean firstRowsOnly) throws Failure {
		Properties connection = new Properties();
		if (username != null) {
			connection.setProperty("user", username);
		}
		if (password != null) {
			connection.setProperty("password", password);
		}
		if (JdbcUrls.isPostgres(url)) {
			connection.setProperty("connectTimeout", "10");
			connection.setProperty("socketTimeout", String.valueOf(properties.queryTimeout().toSeconds() + 30));
			connection.setProperty("ApplicationName", "Lodestar connector");
		}
		Connection open;
		try {
			Driver driver = DriverManager.getDriver(url);
			open = driver.connect(url, connection);
			if (open == null) {
				throw new Failure("integration.run.error.connect", "no driver accepts this URL");
			}
		}
		catch (SQLException refused) {
			throw new Failure("integration.run.error.connect", describe(refused));
		}
		try (Connection db = open) {
			db.setAutoCommit(false);
			db.setReadOnly(true);
			try (Statement statement = db.createStatement()) {
				statement.setQueryTimeout((int) Math.max(1, properties.queryTimeout().toSeconds()));
				statement.setMaxRows(limit + 1);
				statement.setFetchSize(Math.min(limit + 1, 1000));
				try (ResultSet rs = statement.executeQuery(statementText)) {
					ResultSetMetaData meta = rs.getMetaData();
					List<String> columns = new ArrayList<>();
					for (int i = 1; i <= meta.getColumnCount(); i++) {
						columns.add(meta.getColumnLabel(i));
					}
					List<Object[]> rows = new ArrayList<>();
					while (rs.next()) {
						if (rows.size() == limit) {
							if (firstRowsOnly) {
								break;
							}
							throw new Failure("integration.run.error.too-many-rows", String.valueOf(limit));
						}
						Object[] row = new Object[columns.size()];
						for (int i = 0; i < row.length; i++) {
							row[i] = rs.getObject(i + 1);
						}
						rows.add(row);
					}
					return new Result(columns, rows);
				}
			}
			finally {
				try {
					db.rollback();
				}
				catch (SQLException ignored) {
					// the connection closes next; nothing was written anyway
				}
			}
		}
		catch (SQLException failed) {
			throw new Failure("integration.run.error.query", describe(failed));
		}
	}

	private static String describe(SQLException failure) {
		String message = failure.getMessage() == null ? failure.getClass().getSimpleName() : failure.getMessage();
		return failure.getSQLState() == null ? message : message + " [SQLState " + failure.getSQLState() + "]";
	}

}
