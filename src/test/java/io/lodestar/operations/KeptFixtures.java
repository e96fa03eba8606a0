package io.lodestar.operations;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import org.flywaydb.core.api.MigrationVersion;

/** The upgrade fixtures kept under {@code src/test/resources/fixtures}, oldest first. */
final class KeptFixtures {

	record Fixture(MigrationVersion version, Path archive) {
	}

	private KeptFixtures() {
	}

	static List<Fixture> all() {
		try (Stream<Path> folders = Files.list(UpgradeFixturesGenerator.FIXTURES)) {
			return folders.filter(p -> p.getFileName().toString().startsWith("V"))
				.map(p -> new Fixture(MigrationVersion.fromVersion(p.getFileName().toString().substring(1)),
						p.resolve("lodestar-fixture.zip")))
				.sorted(Comparator.comparing(Fixture::version))
				.toList();
		}
		catch (IOException unreadable) {
			throw new UncheckedIOException(unreadable);
		}
	}

	/** Fixtures of released versions older than this binary's schema: the ones an upgrade starts from. */
	static List<Fixture> older() {
		MigrationVersion current = SchemaGuard.highestKnown();
		return all().stream().filter(f -> current.isNewerThan(f.version().getVersion())).toList();
	}

}
