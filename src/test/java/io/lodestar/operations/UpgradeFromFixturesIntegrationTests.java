package io.lodestar.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import io.lodestar.test.DatabaseExtension;

/**
 * Upgrades from each kept fixture (a populated database of an earlier release, see
 * {@link UpgradeFixturesGenerator}) to this release and checks no row is lost; then checks the way back: the
 * earlier release's view of every table still works on the new schema (rollback to the previous binary without
 * restoring a backup).
 */
@ExtendWith(DatabaseExtension.class)
class UpgradeFromFixturesIntegrationTests {

	@Test
	void fixturesOfTheLastThreeReleasesAreKept() {
		assertThat(KeptFixtures.older()).hasSizeGreaterThanOrEqualTo(3);
	}

	/** One restore per fixture (they are slow on PostgreSQL): the upgrade, then the way back. */
	@Test
	void everyKeptFixtureUpgradesWithoutLosingRowsAndItsReleaseStillWorksOnTheNewSchema() throws Exception {
		for (KeptFixtures.Fixture fixture : KeptFixtures.older()) {
			DataSource database = FreshDatabase.create("upgrade_" + fixture.version());
			Manifest manifest = Fixtures.restore(database, fixture);
			assertThat(manifest.schemaVersion()).isEqualTo(fixture.version().toString());

			SchemaGuard.flyway(database).load().migrate();

			noRowIsLost(database, fixture, manifest);
			thePreviousReleaseStillReadsAndWrites(database, fixture, manifest);
		}
	}

	private static void noRowIsLost(DataSource database, KeptFixtures.Fixture fixture, Manifest manifest)
			throws Exception {
		Map<String, String> after = FreshDatabase.fingerprints(database);
		for (Manifest.TableEntry table : manifest.tables()) {
			assertThat(after).as("V%s table %s", fixture.version(), table.name()).containsKey(table.name());
			// the same rows, value for value: migrations since then only added tables and nullable columns
			if (Fixtures.sameColumns(database, fixture, table)) {
				assertThat(after.get(table.name())).as("V%s table %s", fixture.version(), table.name())
					.isEqualTo(table.rows() + ":" + table.fingerprint());
			}
			else {
				assertThat(after.get(table.name())).as("V%s table %s", fixture.version(), table.name())
					.startsWith(table.rows() + ":");
			}
		}
	}

	private static void thePreviousReleaseStillReadsAndWrites(DataSource database, KeptFixtures.Fixture fixture,
			Manifest manifest) throws Exception {
		Map<String, List<String>> oldColumns = Fixtures.columns(fixture);
		try (Connection connection = database.getConnection()) {
			DatabaseMetaData meta = connection.getMetaData();
			for (Manifest.TableEntry table : manifest.tables()) {
				List<String> columns = oldColumns.get(table.name());
				// what the old release selects still answers, with every row it wrote
				try (Statement statement = connection.createStatement();
						ResultSet rows = statement.executeQuery("select count(*) from (select "
								+ String.join(", ", columns.stream().map(TableCatalog::quote).toList()) + " from "
								+ TableCatalog.quote(table.name()) + ") old_view")) {
					rows.next();
					assertThat(rows.getLong(1)).isEqualTo(table.rows());
				}
				// what the old release inserts still fits: every column it does not know may be left out
				try (ResultSet found = meta.getColumns(connection.getCatalog(), connection.getSchema(),
						table.name(), "%")) {
					while (found.next()) {
						String column = found.getString("COLUMN_NAME");
						boolean optional = found.getInt("NULLABLE") != DatabaseMetaData.columnNoNulls
								|| found.getString("COLUMN_DEF") != null;
						assertThat(columns.contains(column) || optional)
							.as("V%s cannot insert into %s: new column %s is required and has no default",
									fixture.version(), table.name(), column)
							.isTrue();
					}
				}
			}
		}
	}

}
