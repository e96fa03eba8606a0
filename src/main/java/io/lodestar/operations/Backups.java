package io.lodestar.operations;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import javax.crypto.SecretKey;
import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationVersion;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import tools.jackson.databind.JsonNode;

/**
 * Backups as an operator sees them: write one (command line, schedule, before a migration), list and verify the
 * archives in the backup directory, restore one into an empty database.
 */
@Component
public class Backups {

	private static final Logger log = LoggerFactory.getLogger(Backups.class);

	static final String SCHEDULED = "scheduled";

	static final String PRE_MIGRATION = "pre-migration";

	private final DataSource dataSource;

	private final BackupProperties properties;

	private final Path dataDir;

	private final Clock clock = Clock.systemUTC();

	Backups(DataSource dataSource, BackupProperties properties, @Value("${lodestar.data-dir:./data}") String dataDir) {
		this.dataSource = dataSource;
		this.properties = properties;
		this.dataDir = Path.of(dataDir);
	}

	/** Where archives are written and listed ({@code LODESTAR_BACKUP_DIR}). */
	public Path directory() {
		return properties.directory();
	}

	/** Writes an archive, verifies it at once and, for scheduled ones, prunes the oldest beyond the limit. */
	public BackupStatus backup(String label) {
		return backup(label, BackupWriter.Progress.NONE);
	}

	BackupStatus backup(String label, BackupWriter.Progress progress) {
		return backupTo(properties.directory(), label, progress);
	}

	BackupStatus backupTo(Path directory, String label) {
		return backupTo(directory, label, BackupWriter.Progress.NONE);
	}

	private BackupStatus backupTo(Path directory, String label, BackupWriter.Progress progress) {
		BackupWriter.Result written = new BackupWriter(dataSource, clock).write(directory, label, dataDir,
				List.of(directory), key(), progress);
		BackupStatus status = verify(written.archive());
		if (SCHEDULED.equals(label)) {
			prune(directory);
		}
		return status;
	}

	public List<BackupStatus> list() {
		Path directory = properties.directory();
		if (!Files.isDirectory(directory)) {
			return List.of();
		}
		try (Stream<Path> files = Files.list(directory)) {
			return files.filter(Backups::isArchive)
				.sorted(Comparator.comparing(Path::getFileName).reversed())
				.map(this::status)
				.toList();
		}
		catch (IOException unreadable) {
			throw new UncheckedIOException(unreadable);
		}
	}

	/** Re-reads the whole archive (decrypting it when encrypted) and records the outcome beside it. */
	public BackupStatus verify(String name) {
		return verify(archive(name));
	}

	/** The archive of that name in the backup directory; refused for any other name or path. */
	Path archive(String name) {
		Path archive = properties.directory().resolve(name).normalize();
		if (!archive.getParent().equals(properties.directory().normalize()) || !isArchive(archive)
				|| !Files.isRegularFile(archive)) {
			throw new ArchiveRefusedException("No backup named " + name);
		}
		return archive;
	}

	BackupStatus verify(Path archive) {
		Map<String, Object> outcome = new LinkedHashMap<>();
		outcome.put("at", clock.instant().toString());
		try (ArchiveReader reader = ArchiveReader.open(archive, key())) {
			outcome.put("ok", true);
			outcome.put("message", "");
			outcome.put("schemaVersion", reader.manifest().schemaVersion());
			outcome.put("rows", reader.manifest().totalRows());
		}
		catch (ArchiveRefusedException refused) {
			outcome.put("ok", false);
			outcome.put("message", refused.getMessage());
			log.warn("Backup {} failed verification: {}", archive.getFileName(), refused.getMessage());
		}
		try {
			Files.write(sidecar(archive), Fingerprints.JSON.writeValueAsBytes(outcome));
		}
		catch (IOException unwritable) {
			throw new UncheckedIOException(unwritable);
		}
		return status(archive);
	}

	/**
	 * Restores into an empty database: the archive is verified completely first; a database Flyway never touched
	 * is given the archive's schema version; then everything is loaded in one transaction and checked.
	 */
	public Manifest restore(Path archive) {
		try (ArchiveReader reader = ArchiveReader.open(archive, key())) {
			Manifest manifest = reader.manifest();
			prepareSchema(manifest.schemaVersion());
			new RestoreLoader(dataSource).load(reader);
			RestoreLoader.restoreFiles(reader, dataDir);
			log.info("Restored {} ({} tables, {} rows, schema version {})", archive.getFileName(),
					manifest.tables().size(), manifest.totalRows(), manifest.schemaVersion());
			return manifest;
		}
	}

	private void prepareSchema(String version) {
		try (Connection connection = dataSource.getConnection()) {
			if (DatabaseFacts.schemaVersion(connection).isPresent()) {
				return;
			}
			if (!TableCatalog.read(connection).tables().isEmpty()) {
				throw new ArchiveRefusedException("The database has tables but no Flyway history: not a Lodestar "
						+ "database; restore into an empty one");
			}
		}
		catch (SQLException failed) {
			throw new ArchiveRefusedException("The database cannot be read: " + failed.getMessage(), failed);
		}
		MigrationVersion known = SchemaGuard.highestKnown();
		if (MigrationVersion.fromVersion(version).isNewerThan(known.getVersion())) {
			throw new ArchiveRefusedException("The archive is of schema version " + version + ", newer than this "
					+ "Lodestar knows (" + known + "): restore it with the Lodestar release that wrote it");
		}
		SchemaGuard.flyway(dataSource).target(MigrationVersion.fromVersion(version)).load().migrate();
	}

	private void prune(Path directory) {
		List<Path> scheduled;
		try (Stream<Path> files = Files.list(directory)) {
			scheduled = files.filter(Backups::isArchive)
				.filter(p -> p.getFileName().toString().contains("-" + SCHEDULED + "."))
				.sorted(Comparator.comparing(Path::getFileName).reversed())
				.toList();
			for (Path old : scheduled.subList(Math.min(properties.keep(), scheduled.size()), scheduled.size())) {
				Files.deleteIfExists(old);
				Files.deleteIfExists(sidecar(old));
				log.info("Backup {} deleted (keeping the newest {} scheduled backups)", old.getFileName(),
						properties.keep());
			}
		}
		catch (IOException failed) {
			throw new UncheckedIOException(failed);
		}
	}

	private BackupStatus status(Path archive) {
		try {
			Instant created = Files.getLastModifiedTime(archive).toInstant();
			long size = Files.size(archive);
			boolean encrypted = archive.getFileName().toString().endsWith(".enc");
			Path sidecar = sidecar(archive);
			if (!Files.exists(sidecar)) {
				return new BackupStatus(archive.getFileName().toString(), size, created, encrypted, null, null, "",
						null, null);
			}
			JsonNode outcome = Fingerprints.JSON.readTree(Files.readAllBytes(sidecar));
			return new BackupStatus(archive.getFileName().toString(), size, created, encrypted,
					outcome.path("ok").asBoolean(), Instant.parse(outcome.path("at").asString()),
					outcome.path("message").asString(""),
					outcome.hasNonNull("schemaVersion") ? outcome.get("schemaVersion").asString() : null,
					outcome.hasNonNull("rows") ? outcome.get("rows").asLong() : null);
		}
		catch (IOException unreadable) {
			throw new UncheckedIOException(unreadable);
		}
	}

	private SecretKey key() {
		return properties.key().isEmpty() ? null : ArchiveCrypto.key(properties.key());
	}

	static boolean isArchive(Path path) {
		String name = path.getFileName().toString();
		return name.startsWith("lodestar-") && (name.endsWith(".zip") || name.endsWith(".zip.enc"));
	}

	private static Path sidecar(Path archive) {
		return archive.resolveSibling(archive.getFileName() + ".verified");
	}

}
