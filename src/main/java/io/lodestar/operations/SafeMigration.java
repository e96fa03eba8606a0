package io.lodestar.operations;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationVersion;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.stereotype.Component;

/**
 * How Lodestar migrates at start: refuse a schema newer than this binary; before applying pending migrations to
 * a database that already has a schema, write and verify a backup ("pre-migration") and refuse to migrate when
 * that fails, so an upgrade can always be undone by restoring it with the previous release.
 */
@Component
class SafeMigration implements FlywayMigrationStrategy {

	private static final Logger log = LoggerFactory.getLogger(SafeMigration.class);

	private final Backups backups;

	private final BackupProperties properties;

	SafeMigration(Backups backups, BackupProperties properties) {
		this.backups = backups;
		this.properties = properties;
	}

	@Override
	public void migrate(Flyway flyway) {
		MigrationInfo current = flyway.info().current();
		MigrationVersion applied = current == null ? null : current.getVersion();
		SchemaGuard.check(applied, SchemaGuard.highestKnown(), properties.compatibleSchema());
		MigrationInfo[] pending = flyway.info().pending();
		if (applied != null && pending.length > 0 && properties.beforeMigrate()) {
			log.info("{} pending migrations on schema version {}: backing up first", pending.length, applied);
			BackupStatus backup;
			try {
				backup = backups.backup(Backups.PRE_MIGRATION);
			}
			catch (RuntimeException failed) {
				throw new IllegalStateException("Refusing to migrate: the backup before migrating failed ("
						+ failed.getMessage() + "). Fix the backup directory (LODESTAR_BACKUP_DIR) or, knowingly, "
						+ "set LODESTAR_BACKUP_BEFORE_MIGRATE=false", failed);
			}
			if (!Boolean.TRUE.equals(backup.verified())) {
				throw new IllegalStateException("Refusing to migrate: the backup before migrating did not verify ("
						+ backup.message() + ")");
			}
			log.info("Backup before migrating: {}", backup.name());
		}
		flyway.migrate();
	}

}
