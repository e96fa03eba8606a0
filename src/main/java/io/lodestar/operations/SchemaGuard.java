package io.lodestar.operations;

import java.io.IOException;
import java.io.UncheckedIOException;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * Which schema versions this binary understands. A database migrated by a newer release may hold columns this
 * code would not fill in, so starting on it is refused unless the operator marks that newer schema compatible
 * ({@code LODESTAR_COMPATIBLE_SCHEMA}), which the release notes of the newer release say when it is true.
 */
final class SchemaGuard {

	static final String LOCATION = "classpath:db/migration";

	private SchemaGuard() {
	}

	static FluentConfiguration flyway(DataSource dataSource) {
		return Flyway.configure().dataSource(dataSource).locations(LOCATION);
	}

	/** The highest migration shipped with this binary. */
	static MigrationVersion highestKnown() {
		try {
			MigrationVersion highest = MigrationVersion.EMPTY;
			for (Resource script : new PathMatchingResourcePatternResolver().getResources(LOCATION + "/**/V*__*.sql")) {
				String name = script.getFilename();
				MigrationVersion version = MigrationVersion.fromVersion(name.substring(1, name.indexOf("__"))
					.replace('_', '.'));
				if (version.isNewerThan(highest.getVersion()) || highest == MigrationVersion.EMPTY) {
					highest = version;
				}
			}
			return highest;
		}
		catch (IOException unreadable) {
			throw new UncheckedIOException(unreadable);
		}
	}

	/** Refuses a schema newer than {@code known} unless it is at most the version marked compatible. */
	static void check(MigrationVersion applied, MigrationVersion known, String compatible) {
		if (applied == null || !applied.isNewerThan(known.getVersion())) {
			return;
		}
		if (!compatible.isEmpty() && !applied.isNewerThan(compatible)) {
			return;
		}
		throw new IllegalStateException("The database schema is at version " + applied + ", newer than this Lodestar "
				+ "release understands (" + known + "). Start the release that migrated it, or, when its release "
				+ "notes say this release may run on it, set LODESTAR_COMPATIBLE_SCHEMA=" + applied);
	}

}
