package io.lodestar.operations;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param directory where archives are written and listed
 * @param key base64 of 32 random bytes; when set, archives are AES-256-GCM encrypted (keep it OUTSIDE the backups)
 * @param cron scheduled backups ("-" = off)
 * @param keep how many scheduled archives to keep (the newest); manual and pre-migration archives are never pruned
 * @param beforeMigrate take a backup before migrating a database that has data, and refuse to migrate if it fails
 * @param compatibleSchema a schema version newer than this binary's migrations that it may still run against
 */
@ConfigurationProperties("lodestar.backup")
record BackupProperties(Path directory, String key, String cron, int keep, boolean beforeMigrate,
		String compatibleSchema) {

	BackupProperties {
		directory = directory == null ? Path.of("data", "backups") : directory;
		key = key == null ? "" : key.strip();
		keep = keep <= 0 ? 14 : keep;
		compatibleSchema = compatibleSchema == null ? "" : compatibleSchema.strip();
	}

}
