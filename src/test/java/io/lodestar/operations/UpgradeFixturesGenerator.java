package io.lodestar.operations;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;

import javax.sql.DataSource;

import org.flywaydb.core.api.MigrationVersion;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Makes the upgrade fixtures: a populated database at an older schema version, kept as a backup archive in
 * {@code src/test/resources/fixtures/V<n>/}. Not part of the suite; run at each release for the new version:
 * <pre>
 * ./mvnw test-compile surefire:test -Dtest='BackupRoundTrip*'   (writes the demo database's archive)
 * ./mvnw test-compile surefire:test -Dtest=UpgradeFixturesGenerator -Dlodestar.fixtures.generate=true \
 *     -Dlodestar.fixtures.versions=29,31
 * </pre>
 * A fixture of version n is the demo database of the current release loaded into a database created by the
 * migrations up to n only (Flyway's {@code target}; released migrations never change, Flyway's checksums see to
 * that, so these are exactly the migrations release n shipped). Tables added after n are left out; this works
 * while later migrations only add (expand), which {@link MigrationsAreExpandContractTests} enforces.
 */
@EnabledIfSystemProperty(named = "lodestar.fixtures.generate", matches = "true")
class UpgradeFixturesGenerator {

	static final Path FIXTURES = Path.of("src", "test", "resources", "fixtures");

	@Test
	void generate() throws Exception {
		Path demo;
		try (var files = Files.list(BackupRoundTripIntegrationTests.DIRECTORY)) {
			demo = files.filter(p -> p.getFileName().toString().matches("lodestar-.*-test\\.zip"))
				.max(Path::compareTo)
				.orElseThrow(() -> new IllegalStateException("run BackupRoundTripIntegrationTests first"));
		}
		List<String> versions = Arrays.asList(System.getProperty("lodestar.fixtures.versions", "18,19,20").split(","));
		for (String version : versions) {
			DataSource database = FreshDatabase.create("fixture_" + version);
			SchemaGuard.flyway(database).target(MigrationVersion.fromVersion(version)).load().migrate();
			try (ArchiveReader reader = ArchiveReader.open(demo, null)) {
				new RestoreLoader(database).load(reader, true);
			}
			Path work = Files.createTempDirectory("fixture");
			Path archive = new BackupWriter(database, Clock.systemUTC()).write(work, null, null, List.of(), null, BackupWriter.Progress.NONE)
				.archive();
			Path target = FIXTURES.resolve("V" + version).resolve("lodestar-fixture.zip");
			Files.createDirectories(target.getParent());
			Files.move(archive, target, StandardCopyOption.REPLACE_EXISTING);
			System.out.println("fixture " + target + " (" + Files.size(target) + " bytes)");
		}
	}

}
