package io.lodestar.operations;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The application's tables as the database describes them (JDBC metadata, so the same code reads H2 and
 * PostgreSQL), in an order that loads parents before children. A reference that would close a loop (a table
 * pointing at itself, such as an org unit's parent) is "deferred": its nullable columns are loaded empty and
 * filled in once every row exists.
 */
final class TableCatalog {

	static final String FLYWAY_TABLE = "flyway_schema_history";

	record Column(String name, ColumnKind kind, boolean nullable) {
	}

	record Table(String name, List<Column> columns, List<String> primaryKey, Set<String> deferred) {

		Table withDeferred(Set<String> columns) {
			return new Table(name, this.columns, primaryKey, columns);
		}

	}

	private record ForeignKey(String from, String to, List<String> columns) {
	}

	private final List<Table> tables;

	private final List<String> sequences;

	private TableCatalog(List<Table> tables, List<String> sequences) {
		this.tables = tables;
		this.sequences = sequences;
	}

	/** Tables in load order (parents first). */
	List<Table> tables() {
		return tables;
	}

	List<String> sequences() {
		return sequences;
	}

	static TableCatalog read(Connection connection) throws SQLException {
		DatabaseMetaData meta = connection.getMetaData();
		String schema = connection.getSchema();
		Map<String, Table> byName = new TreeMap<>();
		List<ForeignKey> keys = new ArrayList<>();
		try (ResultSet found = meta.getTables(connection.getCatalog(), schema, "%", new String[] { "TABLE" })) {
			while (found.next()) {
				String name = found.getString("TABLE_NAME");
				if (!name.equalsIgnoreCase(FLYWAY_TABLE)) {
					byName.put(name, null);
				}
			}
		}
		for (String name : List.copyOf(byName.keySet())) {
			byName.put(name, new Table(name, columns(meta, connection, schema, name),
					primaryKey(meta, connection, schema, name), Set.of()));
			keys.addAll(foreignKeys(meta, connection, schema, name));
		}
		return new TableCatalog(order(byName, keys), sequences(connection, schema));
	}

	private static List<Column> columns(DatabaseMetaData meta, Connection connection, String schema, String table)
			throws SQLException {
		List<Column> columns = new ArrayList<>();
		try (ResultSet found = meta.getColumns(connection.getCatalog(), schema, table, "%")) {
			while (found.next()) {
				columns.add(new Column(found.getString("COLUMN_NAME"),
						ColumnKind.of(found.getInt("DATA_TYPE"), found.getString("TYPE_NAME")),
						found.getInt("NULLABLE") != DatabaseMetaData.columnNoNulls));
			}
		}
		return columns;
	}

	private static List<String> primaryKey(DatabaseMetaData meta, Connection connection, String schema, String table)
			throws SQLException {
		Map<Integer, String> columns = new TreeMap<>();
		try (ResultSet found = meta.getPrimaryKeys(connection.getCatalog(), schema, table)) {
			while (found.next()) {
				columns.put(found.getInt("KEY_SEQ"), found.getString("COLUMN_NAME"));
			}
		}
		return List.copyOf(columns.values());
	}

	private static List<ForeignKey> foreignKeys(DatabaseMetaData meta, Connection connection, String schema,
			String table) throws SQLException {
		Map<String, ForeignKey> keys = new LinkedHashMap<>();
		try (ResultSet found = meta.getImportedKeys(connection.getCatalog(), schema, table)) {
			while (found.next()) {
				String name = found.getString("FK_NAME") + "/" + found.getString("PKTABLE_NAME");
				ForeignKey key = keys.computeIfAbsent(name,
						n -> new ForeignKey(table, found_(found), new ArrayList<>()));
				key.columns().add(found.getString("FKCOLUMN_NAME"));
			}
		}
		return List.copyOf(keys.values());
	}

	private static String found_(ResultSet found) {
		try {
			return found.getString("PKTABLE_NAME");
		}
		catch (SQLException unreadable) {
			throw new IllegalStateException(unreadable);
		}
	}

	/** Topological order; a key that closes a loop is deferred (it must be nullable, else the load cannot work). */
	private static List<Table> order(Map<String, Table> byName, List<ForeignKey> keys) {
		Map<String, Set<String>> deferred = new TreeMap<>();
		List<ForeignKey> edges = new ArrayList<>();
		for (ForeignKey key : keys) {
			if (key.from().equals(key.to())) {
				deferred.computeIfAbsent(key.from(), t -> new LinkedHashSet<>())
					.addAll(nullable(byName.get(key.from()), key.columns()));
			}
			else if (byName.containsKey(key.to())) {
				edges.add(key);
			}
		}
		List<String> ordered = new ArrayList<>();
		Set<String> placed = new HashSet<>();
		while (placed.size() < byName.size()) {
			String next = null;
			for (String table : byName.keySet()) {
				if (!placed.contains(table) && edges.stream()
						.noneMatch(e -> e.from().equals(table) && !placed.contains(e.to()))) {
					next = table;
					break;
				}
			}
			if (next == null) {
				// a loop between tables: walk unmet references until a table repeats, defer a nullable one on it
				ForeignKey loop = loopEdge(byName, edges, placed);
				deferred.computeIfAbsent(loop.from(), t -> new LinkedHashSet<>())
					.addAll(nullable(byName.get(loop.from()), loop.columns()));
				edges.remove(loop);
				continue;
			}
			ordered.add(next);
			placed.add(next);
		}
		return ordered.stream()
				.map(name -> byName.get(name).withDeferred(Set.copyOf(deferred.getOrDefault(name, Set.of()))))
				.toList();
	}

	private static ForeignKey loopEdge(Map<String, Table> byName, List<ForeignKey> edges, Set<String> placed) {
		List<ForeignKey> path = new ArrayList<>();
		List<String> visited = new ArrayList<>();
		String at = byName.keySet().stream().filter(t -> !placed.contains(t)).findFirst().orElseThrow();
		while (!visited.contains(at)) {
			visited.add(at);
			String from = at;
			ForeignKey next = edges.stream().filter(e -> e.from().equals(from) && !placed.contains(e.to()))
				.findFirst().orElseThrow();
			path.add(next);
			at = next.to();
		}
		List<ForeignKey> cycle = path.subList(visited.indexOf(at), path.size());
		return cycle.stream().filter(e -> !nullable(byName.get(e.from()), e.columns()).isEmpty()).findFirst()
			.orElseThrow(() -> new IllegalStateException("Tables reference each other with required columns; no "
					+ "load order exists: " + cycle));
	}

	/**
	 * The reference's nullable columns: loaded empty, they switch the check off for that row (a composite key
	 * such as (tenant_id, manager_id) is not checked while manager_id is null) until they are filled in.
	 */
	private static List<String> nullable(Table table, List<String> columns) {
		return table.columns().stream().filter(c -> columns.contains(c.name()) && c.nullable()).map(Column::name)
			.toList();
	}

	/** Sequences of the schema, by name: their next values travel in the manifest. */
	private static List<String> sequences(Connection connection, String schema) throws SQLException {
		List<String> names = new ArrayList<>();
		String sql = "select sequence_name from information_schema.sequences where lower(sequence_schema) = '"
				+ schema.toLowerCase(Locale.ROOT).replace("'", "") + "' order by sequence_name";
		try (Statement statement = connection.createStatement(); ResultSet found = statement.executeQuery(sql)) {
			while (found.next()) {
				names.add(found.getString(1));
			}
		}
		return names;
	}

	static String quote(String identifier) {
		return "\"" + identifier.replace("\"", "\"\"") + "\"";
	}

}
