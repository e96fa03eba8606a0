package io.lodestar.operations;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import tools.jackson.databind.JsonNode;

/**
 * Loads a verified archive into an EMPTY database at the archive's schema version, in one transaction: every
 * table parents first (deferred self-references filled in afterwards), sequences moved on, then every table's
 * fingerprint compared with the manifest before commit. Any difference rolls everything back.
 */
final class RestoreLoader {

	private static final Logger log = LoggerFactory.getLogger(RestoreLoader.class);

	private static final int BATCH = 500;

	private final DataSource dataSource;

	RestoreLoader(DataSource dataSource) {
		this.dataSource = dataSource;
	}

	void load(ArchiveReader archive) {
		load(archive, false);
	}

	/**
	 * @param onlyDatabaseTables load only the tables the database has (an archive of a newer schema into an older
	 * one, as the upgrade fixtures are made); the tables it has must match the archive's columns exactly
	 */
	void load(ArchiveReader archive, boolean onlyDatabaseTables) {
		Manifest manifest = archive.manifest();
		try (Connection connection = dataSource.getConnection()) {
			connection.setAutoCommit(false);
			try {
				TableCatalog catalog = checkTarget(connection, manifest, onlyDatabaseTables);
				Map<String, Manifest.TableEntry> entries = manifest.tables().stream()
					.collect(Collectors.toMap(Manifest.TableEntry::name, t -> t));
				int done = 0;
				List<Runnable> fillIns = new ArrayList<>();
				for (TableCatalog.Table table : catalog.tables()) {
					Manifest.TableEntry entry = entries.get(table.name());
					loadTable(connection, archive, table, entry, fillIns);
					log.info("Restore: {}/{} tables ({}, {} rows)", ++done, catalog.tables().size(), table.name(),
							entry.rows());
				}
				// deferred references point at rows that now all exist
				fillIns.forEach(Runnable::run);
				for (Map.Entry<String, Long> sequence : manifest.sequences().entrySet()) {
					if (onlyDatabaseTables && !catalog.sequences().contains(sequence.getKey())) {
						continue;
					}
					try (Statement statement = connection.createStatement()) {
						statement.execute("alter sequence " + TableCatalog.quote(sequence.getKey()) + " restart with "
								+ sequence.getValue());
					}
				}
				Map<String, String> after = Fingerprints.of(connection, catalog);
				for (Manifest.TableEntry entry : manifest.tables()) {
					if (after.containsKey(entry.name()) && !after.get(entry.name()).equals(entry.rows() + ":" + entry.fingerprint())) {
						throw new ArchiveRefusedException("After loading, table " + entry.name() + " differs from the "
								+ "archive; nothing was restored");
					}
				}
				connection.commit();
			}
			catch (Exception failed) {
				connection.rollback();
				throw failed;
			}
		}
		catch (SQLException failed) {
			throw new ArchiveRefusedException("Restore failed and was rolled back: " + failed.getMessage(), failed);
		}
		catch (IOException failed) {
			throw new ArchiveRefusedException("Restore failed and was rolled back: " + failed.getMessage(), failed);
		}
	}

	/** Same schema version, same tables and columns, and no rows anywhere: otherwise refuse before writing. */
	static TableCatalog checkTarget(Connection connection, Manifest manifest, boolean onlyDatabaseTables)
			throws SQLException {
		String version = DatabaseFacts.schemaVersion(connection).map(Object::toString).orElse("none");
		if (!onlyDatabaseTables && !version.equals(manifest.schemaVersion())) {
			throw new ArchiveRefusedException("The archive is of schema version " + manifest.schemaVersion()
					+ ", the database is at " + version + "; restore into an empty database of the same version");
		}
		TableCatalog catalog = TableCatalog.read(connection);
		Set<String> inDatabase = new TreeSet<>(catalog.tables().stream().map(TableCatalog.Table::name).toList());
		Set<String> inArchive = new TreeSet<>(manifest.tables().stream().map(Manifest.TableEntry::name).toList());
		if (onlyDatabaseTables ? !inArchive.containsAll(inDatabase) : !inDatabase.equals(inArchive)) {
			throw new ArchiveRefusedException("The archive's tables differ from the database's: " + inArchive + " vs "
					+ inDatabase);
		}
		for (TableCatalog.Table table : catalog.tables()) {
			try (Statement statement = connection.createStatement();
					ResultSet any = statement.executeQuery("select count(*) from " + TableCatalog.quote(table.name()))) {
				any.next();
				if (any.getLong(1) > 0) {
					throw new ArchiveRefusedException("The database is not empty (table " + table.name() + " has "
							+ "rows); restore only into an empty database");
				}
			}
		}
		return catalog;
	}

	private void loadTable(Connection connection, ArchiveReader archive, TableCatalog.Table table,
			Manifest.TableEntry entry, List<Runnable> fillIns) throws SQLException, IOException {
		List<String> archived = archive.columns(entry);
		List<String> expected = table.columns().stream().map(c -> c.name() + ":" + c.kind()).toList();
		if (!new TreeSet<>(archived).equals(new TreeSet<>(expected))) {
			throw new ArchiveRefusedException("Table " + table.name() + " has columns " + archived
					+ " in the archive but " + expected + " in the database");
		}
		// archive column position of each database column
		int[] position = table.columns().stream()
			.mapToInt(c -> archived.indexOf(c.name() + ":" + c.kind()))
			.toArray();
		String insert = "insert into " + TableCatalog.quote(table.name()) + " ("
				+ table.columns().stream().map(c -> TableCatalog.quote(c.name())).collect(Collectors.joining(", "))
				+ ") values (" + table.columns().stream().map(c -> "?").collect(Collectors.joining(", ")) + ")";
		List<JsonNode> deferredRows = new ArrayList<>();
		try (PreparedStatement statement = connection.prepareStatement(insert)) {
			int[] pending = { 0 };
			archive.read(entry.entry(), table.name(), values -> {
				boolean defer = false;
				for (int i = 0; i < table.columns().size(); i++) {
					TableCatalog.Column column = table.columns().get(i);
					JsonNode value = values.get(position[i]);
					if (table.deferred().contains(column.name()) && !value.isNull()) {
						defer = true;
						value = null;
					}
					column.kind().bind(statement, i + 1, value);
				}
				if (defer) {
					deferredRows.add(values);
				}
				statement.addBatch();
				if (++pending[0] == BATCH) {
					statement.executeBatch();
					pending[0] = 0;
				}
			});
			if (pending[0] > 0) {
				statement.executeBatch();
			}
		}
		if (!deferredRows.isEmpty()) {
			fillIns.add(() -> {
				try {
					fillDeferred(connection, table, position, deferredRows);
				}
				catch (SQLException failed) {
					throw new ArchiveRefusedException("Restore failed and was rolled back: " + failed.getMessage(),
							failed);
				}
			});
		}
	}

	private void fillDeferred(Connection connection, TableCatalog.Table table, int[] position, List<JsonNode> rows)
			throws SQLException {
		if (table.primaryKey().isEmpty()) {
			throw new ArchiveRefusedException("Table " + table.name() + " refers to itself but has no primary key");
		}
		Map<String, Integer> index = new HashMap<>();
		for (int i = 0; i < table.columns().size(); i++) {
			index.put(table.columns().get(i).name(), i);
		}
		List<String> set = List.copyOf(table.deferred());
		String update = "update " + TableCatalog.quote(table.name()) + " set "
				+ set.stream().map(c -> TableCatalog.quote(c) + " = ?").collect(Collectors.joining(", ")) + " where "
				+ table.primaryKey().stream().map(c -> TableCatalog.quote(c) + " = ?").collect(Collectors.joining(" and "));
		try (PreparedStatement statement = connection.prepareStatement(update)) {
			for (JsonNode values : rows) {
				int parameter = 1;
				for (String column : List.copyOf(set)) {
					int i = index.get(column);
					table.columns().get(i).kind().bind(statement, parameter++, values.get(position[i]));
				}
				for (String column : table.primaryKey()) {
					int i = index.get(column);
					table.columns().get(i).kind().bind(statement, parameter++, values.get(position[i]));
				}
				statement.addBatch();
			}
			statement.executeBatch();
		}
	}

	/** Puts the archive's stored files into the data directory; an existing different file is kept. */
	static void restoreFiles(ArchiveReader archive, Path dataDir) {
		for (Manifest.FileEntry file : archive.manifest().files()) {
			Path target = dataDir.resolve(file.path()).normalize();
			try (InputStream in = archive.file(file)) {
				Files.createDirectories(target.getParent());
				if (Files.exists(target)) {
					Path aside = target.resolveSibling(target.getFileName() + ".restored");
					Files.copy(in, aside, StandardCopyOption.REPLACE_EXISTING);
					log.warn("Restore: {} exists and was kept; the archive's copy is {}", target, aside);
				}
				else {
					Files.copy(in, target);
				}
			}
			catch (IOException failed) {
				throw new UncheckedIOException("Restoring stored file " + file.path() + " failed", failed);
			}
		}
	}

}
