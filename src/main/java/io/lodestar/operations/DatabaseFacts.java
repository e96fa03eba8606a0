package io.lodestar.operations;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.Optional;

import org.flywaydb.core.api.MigrationVersion;

/** Small facts about a database that differ by vendor or live in Flyway's history table. */
final class DatabaseFacts {

	private DatabaseFacts() {
	}

	static boolean postgres(Connection connection) throws SQLException {
		return connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT).contains("postgres");
	}

	static boolean hasFlywayHistory(Connection connection) throws SQLException {
		DatabaseMetaData meta = connection.getMetaData();
		try (ResultSet found = meta.getTables(connection.getCatalog(), connection.getSchema(),
				TableCatalog.FLYWAY_TABLE, new String[] { "TABLE" })) {
			return found.next();
		}
	}

	/** The highest successfully applied migration, or empty for a database Flyway never touched. */
	static Optional<MigrationVersion> schemaVersion(Connection connection) throws SQLException {
		if (!hasFlywayHistory(connection)) {
			return Optional.empty();
		}
		MigrationVersion highest = null;
		try (Statement statement = connection.createStatement();
				ResultSet rows = statement.executeQuery("select version from " + TableCatalog.FLYWAY_TABLE
						+ " where success = true and version is not null")) {
			while (rows.next()) {
				MigrationVersion version = MigrationVersion.fromVersion(rows.getString(1));
				if (highest == null || version.isNewerThan(highest.getVersion())) {
					highest = version;
				}
			}
		}
		return Optional.ofNullable(highest);
	}

	/** The value the sequence returns next; read without advancing it (a backup only reads). */
	static long nextValue(Connection connection, String sequence) throws SQLException {
		if (postgres(connection)) {
			try (Statement statement = connection.createStatement();
					ResultSet row = statement.executeQuery("select last_value, is_called from "
							+ TableCatalog.quote(sequence))) {
				row.next();
				return row.getBoolean(2) ? row.getLong(1) + 1 : row.getLong(1);
			}
		}
		try (PreparedStatement statement = connection.prepareStatement(
				"select base_value from information_schema.sequences where sequence_schema = ? and sequence_name = ?")) {
			statement.setString(1, connection.getSchema());
			statement.setString(2, sequence);
			try (ResultSet row = statement.executeQuery()) {
				row.next();
				return row.getLong(1);
			}
		}
	}

}
