package io.lodestar.operations;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongConsumer;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import javax.crypto.SecretKey;
import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes one archive: every application table as JSON lines (a header with the columns, then one array per row)
 * read in ONE read-only repeatable-read transaction, so the archive is a consistent snapshot while Lodestar keeps
 * running; the data directory's stored files; the manifest last. It is written under a temporary name and
 * renamed when complete, so a half-written archive never looks like a backup.
 */
final class BackupWriter {

	private static final Logger log = LoggerFactory.getLogger(BackupWriter.class);

	private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmssSSS'Z'")
		.withZone(ZoneOffset.UTC);

	record Result(Path archive, Manifest manifest, Duration took) {
	}

	/** Told after each table and every {@value #ROWS_BETWEEN_REPORTS} rows within one, for progress and heartbeats. */
	interface Progress {

		Progress NONE = (tablesDone, tablesTotal, rows) -> {
		};

		void reached(int tablesDone, int tablesTotal, long rows);

	}

	private static final int ROWS_BETWEEN_REPORTS = 50_000;

	private final DataSource dataSource;

	private final Clock clock;

	BackupWriter(DataSource dataSource, Clock clock) {
		this.dataSource = dataSource;
		this.clock = clock;
	}

	/**
	 * @param dataDir stored files to include (the database folder and {@code skip} excluded); null for none
	 * @param key encrypts the archive when given; the data directory's {@code secret.key} only travels encrypted
	 */
	Result write(Path directory, String label, Path dataDir, List<Path> skip, SecretKey key, Progress progress) {
		long started = System.nanoTime();
		Instant now = clock.instant();
		try {
			Files.createDirectories(directory);
			try (Connection connection = dataSource.getConnection()) {
				connection.setAutoCommit(false);
				connection.setReadOnly(true);
				connection.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
				String schema = DatabaseFacts.schemaVersion(connection).map(Object::toString).orElse("0");
				String name = "lodestar-" + STAMP.format(now) + "-V" + schema + (label == null ? "" : "-" + label)
						+ (key == null ? ".zip" : ".zip.enc");
				Path partial = directory.resolve(name + ".partial");
				Manifest manifest;
				try (OutputStream file = new BufferedOutputStream(Files.newOutputStream(partial));
						OutputStream sink = key == null ? file : ArchiveCrypto.encrypting(file, key);
						ZipOutputStream zip = new ZipOutputStream(sink, StandardCharsets.UTF_8)) {
					manifest = writeAll(connection, zip, schema, now, dataDir, skip, key != null, progress);
				}
				catch (SQLException | IOException | RuntimeException failed) {
					// a half-written archive is of no use and may hold personal data
					Files.deleteIfExists(partial);
					throw failed;
				}
				finally {
					connection.rollback();
				}
				Path archive = directory.resolve(name);
				Files.move(partial, archive, StandardCopyOption.ATOMIC_MOVE);
				Duration took = Duration.ofNanos(System.nanoTime() - started);
				log.info("Backup written: {} ({} tables, {} rows, {} bytes, {} ms)", archive, manifest.tables().size(),
						manifest.totalRows(), Files.size(archive), took.toMillis());
				return new Result(archive, manifest, took);
			}
		}
		catch (SQLException failed) {
			throw new IllegalStateException("Backup failed while reading the database: " + failed.getMessage(), failed);
		}
		catch (IOException failed) {
			throw new UncheckedIOException("Backup failed while writing to " + directory + ": " + failed.getMessage(),
					failed);
		}
	}

	private Manifest writeAll(Connection connection, ZipOutputStream zip, String schema, Instant now, Path dataDir,
			List<Path> skip, boolean encrypted, Progress progress) throws SQLException, IOException {
		TableCatalog catalog = TableCatalog.read(connection);
		int total = catalog.tables().size();
		List<Manifest.TableEntry> tables = new ArrayList<>();
		int done = 0;
		long rows = 0;
		progress.reached(0, total, 0);
		for (TableCatalog.Table table : catalog.tables()) {
			String entry = String.format("tables/%03d-%s.jsonl", done + 1, table.name());
			int doneBefore = done;
			long rowsBefore = rows;
			tables.add(writeTable(connection, zip, table, entry,
					inTable -> progress.reached(doneBefore, total, rowsBefore + inTable)));
			rows += tables.get(tables.size() - 1).rows();
			progress.reached(++done, total, rows);
			log.info("Backup: {}/{} tables, {} rows so far ({})", done, total, rows, table.name());
		}
		Map<String, Long> sequences = new LinkedHashMap<>();
		for (String sequence : catalog.sequences()) {
			sequences.put(sequence, DatabaseFacts.nextValue(connection, sequence));
		}
		List<Manifest.FileEntry> files = dataDir == null ? List.of() : writeFiles(zip, dataDir, skip, encrypted);
		Manifest manifest = new Manifest(Manifest.FORMAT, appVersion(), schema, now.toString(),
				connection.getMetaData().getDatabaseProductName(), encrypted, tables, sequences, files);
		byte[] json = Fingerprints.JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(manifest);
		put(zip, Manifest.ENTRY, json);
		put(zip, Manifest.CHECKSUM_ENTRY,
				Fingerprints.hex(Fingerprints.sha256().digest(json)).getBytes(StandardCharsets.US_ASCII));
		return manifest;
	}

	private Manifest.TableEntry writeTable(Connection connection, ZipOutputStream zip, TableCatalog.Table table,
			String entry, LongConsumer rowsWritten) throws SQLException, IOException {
		zip.putNextEntry(new ZipEntry(entry));
		MessageDigest digest = Fingerprints.sha256();
		Map<String, Object> header = new LinkedHashMap<>();
		header.put("table", table.name());
		header.put("columns", table.columns().stream().map(c -> c.name() + ":" + c.kind()).toList());
		line(zip, digest, Fingerprints.JSON.writeValueAsString(header));
		Fingerprints fingerprint = new Fingerprints();
		try (Statement statement = connection.createStatement()) {
			statement.setFetchSize(1000);
			try (ResultSet rows = statement.executeQuery(Fingerprints.select(table))) {
				while (rows.next()) {
					line(zip, digest, fingerprint.add(Fingerprints.row(rows, table)));
					if (fingerprint.rows() % ROWS_BETWEEN_REPORTS == 0) {
						rowsWritten.accept(fingerprint.rows());
					}
				}
			}
		}
		zip.closeEntry();
		return new Manifest.TableEntry(table.name(), entry, fingerprint.rows(), Fingerprints.hex(digest.digest()),
				fingerprint.value());
	}

	private static void line(OutputStream out, MessageDigest digest, String line) throws IOException {
		byte[] bytes = (line + "\n").getBytes(StandardCharsets.UTF_8);
		digest.update(bytes);
		out.write(bytes);
	}

	private List<Manifest.FileEntry> writeFiles(ZipOutputStream zip, Path dataDir, List<Path> skip, boolean encrypted)
			throws IOException {
		if (!Files.isDirectory(dataDir)) {
			return List.of();
		}
		Path root = dataDir.toAbsolutePath().normalize();
		List<Path> excluded = new ArrayList<>(List.of(root.resolve("db")));
		skip.forEach(path -> excluded.add(path.toAbsolutePath().normalize()));
		List<Manifest.FileEntry> files = new ArrayList<>();
		List<Path> found;
		try (Stream<Path> walk = Files.walk(root)) {
			found = walk.filter(Files::isRegularFile)
				.filter(path -> excluded.stream().noneMatch(path.toAbsolutePath().normalize()::startsWith))
				// the key that opens stored credentials never travels in a readable archive
				.filter(path -> encrypted || !root.relativize(path).toString().equals("secret.key"))
				.sorted()
				.toList();
		}
		for (Path path : found) {
			String relative = root.relativize(path).toString().replace('\\', '/');
			String entry = "files/" + relative;
			zip.putNextEntry(new ZipEntry(entry));
			MessageDigest digest = Fingerprints.sha256();
			long size = 0;
			try (InputStream in = Files.newInputStream(path)) {
				byte[] buffer = new byte[65536];
				for (int n; (n = in.read(buffer)) > 0;) {
					digest.update(buffer, 0, n);
					zip.write(buffer, 0, n);
					size += n;
				}
			}
			zip.closeEntry();
			files.add(new Manifest.FileEntry(relative, entry, size, Fingerprints.hex(digest.digest())));
		}
		return files;
	}

	private static void put(ZipOutputStream zip, String entry, byte[] bytes) throws IOException {
		zip.putNextEntry(new ZipEntry(entry));
		zip.write(bytes);
		zip.closeEntry();
	}

	static String appVersion() {
		String version = BackupWriter.class.getPackage().getImplementationVersion();
		return version == null ? "development" : version;
	}

}
