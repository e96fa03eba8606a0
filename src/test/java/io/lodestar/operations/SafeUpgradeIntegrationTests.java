package io.lodestar.operations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.mock.env.MockEnvironment;

import io.lodestar.test.DatabaseExtension;

/**
 * Start-up migration takes a verified backup first and refuses to migrate without one; a schema newer than the
 * binary is refused unless marked compatible; the upgrade rehearsal migrates a copy and leaves production as it
 * was.
 */
@ExtendWith(DatabaseExtension.class)
class SafeUpgradeIntegrationTests {

	static final Path DIRECTORY = Path.of("target", "test-backups", "safe-upgrade");

	private static KeptFixtures.Fixture previousRelease() {
		List<KeptFixtures.Fixture> older = KeptFixtures.older();
		return older.get(older.size() - 1);
	}

	private static SafeMigration migration(DataSource database, Path directory, String compatible) {
		BackupProperties properties = new BackupProperties(directory, "", "-", 3, true, compatible);
		return new SafeMigration(new Backups(database, properties, "target/test-data/safe-upgrade"), properties);
	}

	@Test
	void migratingAnExistingDatabaseTakesAVerifiedBackupFirst() throws Exception {
		DataSource database = FreshDatabase.create("premigrate");
		KeptFixtures.Fixture fixture = previousRelease();
		Fixtures.restore(database, fixture);
		Path directory = Files.createTempDirectory(Files.createDirectories(DIRECTORY), "pre");

		migration(database, directory, "").migrate(SchemaGuard.flyway(database).load());

		try (Connection connection = database.getConnection()) {
			assertThat(DatabaseFacts.schemaVersion(connection)).contains(SchemaGuard.highestKnown());
		}
		Backups backups = new Backups(database, new BackupProperties(directory, "", "-", 3, true, ""), "target/x");
		assertThat(backups.list()).singleElement().satisfies(backup -> {
			assertThat(backup.name()).contains("-V" + fixture.version() + "-pre-migration.zip");
			assertThat(backup.verified()).isTrue();
			assertThat(backup.schemaVersion()).isEqualTo(fixture.version().toString());
		});
	}

	@Test
	void withoutABackupNothingIsMigrated() throws Exception {
		DataSource database = FreshDatabase.create("nobackup");
		KeptFixtures.Fixture fixture = previousRelease();
		Fixtures.restore(database, fixture);
		Map<String, String> before = FreshDatabase.fingerprints(database);
		// a file where the backup directory should be: the backup cannot be written
		Path blocked = Files.createDirectories(DIRECTORY).resolve("blocked");
		Files.writeString(blocked, "not a directory");

		assertThatThrownBy(() -> migration(database, blocked, "").migrate(SchemaGuard.flyway(database).load()))
			.isInstanceOf(IllegalStateException.class)
			.hasMessageContaining("Refusing to migrate");
		try (Connection connection = database.getConnection()) {
			assertThat(DatabaseFacts.schemaVersion(connection)).contains(fixture.version());
		}
		assertThat(FreshDatabase.fingerprints(database)).isEqualTo(before);
	}

	@Test
	void aSchemaNewerThanThisReleaseIsRefusedUnlessMarkedCompatible() throws Exception {
		DataSource database = FreshDatabase.create("newer");
		SchemaGuard.flyway(database).load().migrate();
		try (Connection connection = database.getConnection(); Statement statement = connection.createStatement()) {
			statement.execute("insert into flyway_schema_history (installed_rank, version, description, type, script, "
					+ "checksum, installed_by, installed_on, execution_time, success) values (999, '999', 'future', "
					+ "'SQL', 'V999__future.sql', 0, 'test', current_timestamp, 0, true)");
		}
		Path directory = Files.createDirectories(DIRECTORY);

		assertThatThrownBy(() -> migration(database, directory, "").migrate(SchemaGuard.flyway(database).load()))
			.isInstanceOf(IllegalStateException.class)
			.hasMessageContaining("newer than this Lodestar release understands")
			.hasMessageContaining("LODESTAR_COMPATIBLE_SCHEMA=999");
		assertThatThrownBy(() -> migration(database, directory, "998").migrate(SchemaGuard.flyway(database).load()))
			.isInstanceOf(IllegalStateException.class);
		migration(database, directory, "999").migrate(SchemaGuard.flyway(database).load());
	}

	@Test
	void theRehearsalMigratesACopyAndLeavesProductionUntouched() throws Exception {
		KeptFixtures.Fixture fixture = previousRelease();
		String url = FreshDatabase.url("rehearsal_production");
		DataSource production = FreshDatabase.postgres()
				? new org.springframework.jdbc.datasource.DriverManagerDataSource(url,
						System.getProperty("spring.datasource.username"), System.getProperty("spring.datasource.password"))
				: FreshDatabase.create("rehearsal_production");
		Fixtures.restore(production, fixture);
		Map<String, String> before = FreshDatabase.fingerprints(production);
		MockEnvironment environment = new MockEnvironment().withProperty("spring.datasource.url", url);
		if (FreshDatabase.postgres()) {
			environment.withProperty("spring.datasource.username", System.getProperty("spring.datasource.username"))
				.withProperty("spring.datasource.password", System.getProperty("spring.datasource.password"));
		}

		UpgradeRehearsal.Report report = new UpgradeRehearsal(production, environment).rehearse();

		assertThat(report.ok()).as(report.text()).isTrue();
		assertThat(report.from()).isEqualTo(fixture.version().toString());
		assertThat(report.to()).isEqualTo(SchemaGuard.highestKnown().toString());
		assertThat(report.migrations()).isNotEmpty();
		assertThat(report.text()).contains("the upgrade can go ahead");
		assertThat(FreshDatabase.fingerprints(production)).isEqualTo(before);
		try (Connection connection = production.getConnection()) {
			assertThat(DatabaseFacts.schemaVersion(connection)).contains(fixture.version());
		}
		System.out.print(report.text());
	}

}
