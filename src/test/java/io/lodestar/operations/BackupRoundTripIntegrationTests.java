package io.lodestar.operations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Map;

import javax.sql.DataSource;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import io.lodestar.test.DatabaseExtension;

/**
 * Backup → restore into an empty database → identical per-table fingerprints, on the demo database (both demo
 * companies, loaded at start-up into a database of this class's own). Damaged archives are refused before
 * anything is written.
 */
@SpringBootTest
@ActiveProfiles("test")
@ExtendWith(DatabaseExtension.class)
class BackupRoundTripIntegrationTests {

	static final String KEY = Base64.getEncoder().encodeToString(new byte[32]).replace('A', 'Q');

	static final Path DIRECTORY = Path.of("target", "test-backups", "round-trip");

	@DynamicPropertySource
	static void ownDemoDatabase(DynamicPropertyRegistry registry) {
		registry.add("spring.datasource.url", () -> Source.url());
		registry.add("lodestar.demo", () -> "true");
		registry.add("lodestar.demo-password", () -> "Polaris-Guide-2026");
		registry.add("lodestar.backup.directory", DIRECTORY::toString);
	}

	/** Created once: the property supplier is asked more than once while the context starts. */
	static final class Source {

		private static String url;

		static synchronized String url() {
			if (url == null) {
				url = FreshDatabase.url("backup_source");
			}
			return url;
		}

	}

	@Autowired
	Backups backups;

	@Autowired
	DataSource production;

	static Path plain;

	static Path encrypted;

	static long backupMillis;

	@BeforeAll
	static void clean() throws Exception {
		if (Files.isDirectory(DIRECTORY)) {
			try (var files = Files.list(DIRECTORY)) {
				files.forEach(p -> p.toFile().delete());
			}
		}
	}

	private synchronized Path plain() {
		if (plain == null) {
			long started = System.nanoTime();
			plain = backups.directory().resolve(backups.backup("test").name());
			backupMillis = (System.nanoTime() - started) / 1_000_000;
		}
		return plain;
	}

	private synchronized Path encrypted() {
		if (encrypted == null) {
			encrypted = withKey(production).backup("encrypted").name().transform(backups.directory()::resolve);
		}
		return encrypted;
	}

	private static Backups withKey(DataSource dataSource) {
		return new Backups(dataSource, new BackupProperties(DIRECTORY, KEY, "-", 3, true, ""), "target/test-data");
	}

	private static Backups without(DataSource dataSource) {
		return new Backups(dataSource, new BackupProperties(DIRECTORY, "", "-", 3, true, ""), "target/test-data");
	}

	@Test
	void restoringABackupIntoAnEmptyDatabaseGivesIdenticalTables() {
		Path archive = plain();
		// the snapshot the backup read (the live database may have moved on: background workers keep going)
		Map<String, String> before = snapshot(archive, null);
		assertThat(before.values().stream().mapToLong(p -> Long.parseLong(p.substring(0, p.indexOf(':')))).sum())
			.isGreaterThan(1000);
		assertThat(before.keySet()).isEqualTo(FreshDatabase.fingerprints(production).keySet());

		DataSource empty = FreshDatabase.create("restored");
		long started = System.nanoTime();
		without(empty).restore(archive);
		long restoreMillis = (System.nanoTime() - started) / 1_000_000;

		assertThat(FreshDatabase.fingerprints(empty)).isEqualTo(before);
		System.out.printf("Demo database: %d rows, archive %d bytes, backup with verification %d ms, restore %d ms (%s)%n",
				FreshDatabase.rows(production), archive.toFile().length(), backupMillis, restoreMillis,
				FreshDatabase.postgres() ? "PostgreSQL" : "H2");
	}

	/**
	 * Moving between the embedded database and PostgreSQL (outgrowing H2, or a copy for a laptop) is a backup of
	 * one restored into the other: PostgreSQL → H2 → PostgreSQL keeps every table's fingerprint. Runs in the
	 * PostgreSQL execution, which has both databases.
	 */
	@Test
	void anArchiveOfOneDatabaseRestoresIntoTheOther() {
		assumeTrue(FreshDatabase.postgres(), "needs both databases: runs in the PostgreSQL execution");
		Path archive = plain();
		Map<String, String> before = snapshot(archive, null);

		DataSource embedded = FreshDatabase.h2("crossed");
		without(embedded).restore(archive);
		assertThat(FreshDatabase.fingerprints(embedded)).isEqualTo(before);

		Path fromEmbedded = DIRECTORY.resolve(without(embedded).backup("from-h2").name());
		DataSource postgres = FreshDatabase.create("crossed_back");
		without(postgres).restore(fromEmbedded);
		assertThat(FreshDatabase.fingerprints(postgres)).isEqualTo(before);
	}

	@Test
	void anEncryptedBackupRestoresWithItsKeyOnly() {
		Path archive = encrypted();
		assertThat(archive.getFileName().toString()).endsWith(".zip.enc");
		DataSource empty = FreshDatabase.create("restored_encrypted");

		assertThatThrownBy(() -> without(empty).restore(archive)).isInstanceOf(ArchiveRefusedException.class)
			.hasMessageContaining("encrypted");
		Backups wrongKey = new Backups(empty,
				new BackupProperties(DIRECTORY, Base64.getEncoder().encodeToString(new byte[32]), "-", 3, true, ""),
				"target/test-data");
		assertThatThrownBy(() -> wrongKey.restore(archive)).isInstanceOf(ArchiveRefusedException.class)
			.hasMessageContaining("wrong backup key");
		assertThat(FreshDatabase.rows(empty)).isZero();

		withKey(empty).restore(archive);
		assertThat(FreshDatabase.fingerprints(empty)).isEqualTo(snapshot(archive, KEY));
	}

	@Test
	void aCorruptArchiveIsRefusedAndNothingIsWritten() throws Exception {
		Path corrupt = damaged(plain(), "corrupt", file -> {
			file.seek(file.length() / 2);
			int b = file.read();
			file.seek(file.length() / 2);
			file.write(b ^ 0x5A);
		});
		assertRefusedHarmlessly(corrupt, "");
	}

	@Test
	void aTruncatedArchiveIsRefusedAndNothingIsWritten() throws Exception {
		assertRefusedHarmlessly(damaged(plain(), "truncated", file -> file.setLength(file.length() / 2)), "");
		assertRefusedHarmlessly(damaged(encrypted(), "truncated", file -> file.setLength(file.length() - 100)), KEY);
		// cut exactly after a whole chunk: the missing last chunk is noticed too
		assertRefusedHarmlessly(damaged(encrypted(), "cut", file -> file.setLength(8 + 1 + 4 + 12 + (1 << 20) + 16)), KEY);
	}

	@Test
	void aDatabaseThatHasDataIsNotRestoredInto() {
		assertThatThrownBy(() -> backups.restore(plain())).isInstanceOf(ArchiveRefusedException.class)
			.hasMessageContaining("not empty");
	}

	@Test
	void backupsAreListedWithTheirVerification() {
		Path archive = plain();
		assertThat(backups.list()).anySatisfy(status -> {
			assertThat(status.name()).isEqualTo(archive.getFileName().toString());
			assertThat(status.verified()).isTrue();
			assertThat(status.rows()).isPositive();
		});
		assertThat(backups.verify(archive.getFileName().toString()).verified()).isTrue();
	}

	/** Per table "rows:fingerprint" as the backup's snapshot had them (computed from the source when written). */
	private static Map<String, String> snapshot(Path archive, String key) {
		try (ArchiveReader reader = ArchiveReader.open(archive, key == null ? null : ArchiveCrypto.key(key))) {
			Map<String, String> tables = new java.util.TreeMap<>();
			reader.manifest().tables().forEach(t -> tables.put(t.name(), t.rows() + ":" + t.fingerprint()));
			return tables;
		}
	}

	interface Damage {

		void apply(RandomAccessFile file) throws Exception;

	}

	private static Path damaged(Path archive, String how, Damage damage) throws Exception {
		Path copy = archive.resolveSibling(how + "-" + archive.getFileName());
		Files.copy(archive, copy, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
		try (RandomAccessFile file = new RandomAccessFile(copy.toFile(), "rw")) {
			damage.apply(file);
		}
		return copy;
	}

	private static void assertRefusedHarmlessly(Path archive, String key) {
		DataSource empty = FreshDatabase.create("refused");
		Backups target = new Backups(empty, new BackupProperties(DIRECTORY, key, "-", 3, true, ""), "target/test-data");
		assertThatThrownBy(() -> target.restore(archive)).isInstanceOf(ArchiveRefusedException.class);
		// not even the schema was created
		assertThat(FreshDatabase.fingerprints(empty)).isEmpty();
	}

}
