package io.lodestar.operations;

import java.nio.file.Path;
import java.sql.Connection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import javax.sql.DataSource;

/** Restoring a kept fixture and reading what it holds. */
final class Fixtures {

	private Fixtures() {
	}

	static Manifest restore(DataSource database, KeptFixtures.Fixture fixture) {
		return new Backups(database, new BackupProperties(Path.of("target", "test-backups", "fixtures"), "", "-", 3,
				true, ""), "target/test-data/fixtures").restore(fixture.archive());
	}

	/** Each table's column names as the fixture's release had them. */
	static Map<String, List<String>> columns(KeptFixtures.Fixture fixture) throws Exception {
		Map<String, List<String>> columns = new LinkedHashMap<>();
		try (ArchiveReader reader = ArchiveReader.open(fixture.archive(), null)) {
			for (Manifest.TableEntry table : reader.manifest().tables()) {
				columns.put(table.name(),
						reader.columns(table).stream().map(c -> c.substring(0, c.lastIndexOf(':'))).toList());
			}
		}
		return columns;
	}

	static boolean sameColumns(DataSource database, KeptFixtures.Fixture fixture, Manifest.TableEntry table)
			throws Exception {
		try (Connection connection = database.getConnection()) {
			TableCatalog.Table now = TableCatalog.read(connection).tables().stream()
				.filter(t -> t.name().equals(table.name())).findFirst().orElseThrow();
			return new TreeSet<>(now.columns().stream().map(TableCatalog.Column::name).toList())
				.equals(new TreeSet<>(columns(fixture).get(table.name())));
		}
	}

}
