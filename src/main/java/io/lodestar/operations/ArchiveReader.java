package io.lodestar.operations;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

import javax.crypto.SecretKey;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/**
 * Opens an archive and checks all of it before anyone uses it: decryption (every chunk's tag), the manifest and
 * its checksum, every entry's SHA-256, every table's row count and that every line is a row of its header's
 * width. Only a verified archive hands out its rows. An encrypted archive is decrypted into a temporary file
 * with owner-only access, deleted on {@link #close()}.
 */
final class ArchiveReader implements AutoCloseable {

	/** A row source for one table: the header's columns, then one JSON array per row. */
	interface RowHandler {

		void row(JsonNode values) throws Exception;

	}

	private final ZipFile zip;

	private final Path decrypted;

	private final Manifest manifest;

	private ArchiveReader(ZipFile zip, Path decrypted, Manifest manifest) {
		this.zip = zip;
		this.decrypted = decrypted;
		this.manifest = manifest;
	}

	static ArchiveReader open(Path archive, SecretKey key) {
		if (!Files.isRegularFile(archive)) {
			throw new ArchiveRefusedException("No archive at " + archive);
		}
		Path decrypted = null;
		ZipFile zip = null;
		try {
			byte[] head;
			try (InputStream in = Files.newInputStream(archive)) {
				head = in.readNBytes(ArchiveCrypto.MAGIC.length);
			}
			Path zipPath = archive;
			if (ArchiveCrypto.isEncrypted(head)) {
				if (key == null) {
					throw new ArchiveRefusedException("The archive is encrypted: give the backup key "
							+ "(LODESTAR_BACKUP_KEY)");
				}
				decrypted = Files.createTempFile("lodestar-restore-", ".zip");
				try (InputStream in = Files.newInputStream(archive); OutputStream out = Files.newOutputStream(decrypted)) {
					ArchiveCrypto.decrypt(in, out, key);
				}
				zipPath = decrypted;
			}
			try {
				zip = new ZipFile(zipPath.toFile(), StandardCharsets.UTF_8);
			}
			catch (ZipException notZip) {
				throw new ArchiveRefusedException("The archive is truncated or not a Lodestar backup ("
						+ notZip.getMessage() + ")");
			}
			ArchiveReader reader = new ArchiveReader(zip, decrypted, readManifest(zip));
			reader.verify();
			return reader;
		}
		catch (IOException | RuntimeException failed) {
			closeQuietly(zip, decrypted);
			if (failed instanceof ArchiveRefusedException refused) {
				throw refused;
			}
			throw new ArchiveRefusedException("The archive cannot be read: " + failed.getMessage(), failed);
		}
	}

	Manifest manifest() {
		return manifest;
	}

	private static Manifest readManifest(ZipFile zip) throws IOException {
		byte[] json = bytes(zip, Manifest.ENTRY);
		String expected = new String(bytes(zip, Manifest.CHECKSUM_ENTRY), StandardCharsets.US_ASCII).strip();
		if (!Fingerprints.hex(Fingerprints.sha256().digest(json)).equals(expected)) {
			throw new ArchiveRefusedException("The manifest does not match its checksum: the archive was altered");
		}
		try {
			Manifest manifest = Fingerprints.JSON.readValue(json, Manifest.class);
			if (manifest.format() != Manifest.FORMAT) {
				throw new ArchiveRefusedException("Unknown archive format " + manifest.format());
			}
			return manifest;
		}
		catch (JacksonException unreadable) {
			throw new ArchiveRefusedException("The manifest is not readable: " + unreadable.getOriginalMessage());
		}
	}

	private static byte[] bytes(ZipFile zip, String name) throws IOException {
		ZipEntry entry = zip.getEntry(name);
		if (entry == null) {
			throw new ArchiveRefusedException("The archive has no " + name + ": it is incomplete or not a Lodestar "
					+ "backup");
		}
		try (InputStream in = zip.getInputStream(entry)) {
			return in.readAllBytes();
		}
	}

	private void verify() throws IOException {
		Set<String> names = new HashSet<>();
		for (Manifest.TableEntry table : manifest.tables()) {
			if (!names.add(table.name())) {
				throw new ArchiveRefusedException("The manifest lists table " + table.name() + " twice");
			}
			long[] rows = { 0 };
			String sha = read(table.entry(), table.name(), values -> rows[0]++);
			if (!sha.equals(table.sha256())) {
				throw new ArchiveRefusedException("Table " + table.name() + " does not match its checksum");
			}
			if (rows[0] != table.rows()) {
				throw new ArchiveRefusedException("Table " + table.name() + " has " + rows[0] + " rows, the manifest "
						+ "says " + table.rows());
			}
		}
		for (Manifest.FileEntry file : manifest.files()) {
			if (file.path().contains("..") || file.path().startsWith("/")) {
				throw new ArchiveRefusedException("Stored file path leaves the data directory: " + file.path());
			}
			try (InputStream in = new DigestInputStream(entry(file.entry()).in(), Fingerprints.sha256())) {
				in.transferTo(OutputStream.nullOutputStream());
				if (!Fingerprints.hex(((DigestInputStream) in).getMessageDigest().digest()).equals(file.sha256())) {
					throw new ArchiveRefusedException("Stored file " + file.path() + " does not match its checksum");
				}
			}
		}
	}

	private record Opened(InputStream in) {
	}

	private Opened entry(String name) throws IOException {
		ZipEntry entry = zip.getEntry(name);
		if (entry == null) {
			throw new ArchiveRefusedException("The archive lacks " + name + ": it is incomplete");
		}
		return new Opened(zip.getInputStream(entry));
	}

	/** The table's columns as "name:KIND" from its header line. */
	List<String> columns(Manifest.TableEntry table) throws IOException {
		try (BufferedReader lines = new BufferedReader(
				new InputStreamReader(entry(table.entry()).in(), StandardCharsets.UTF_8))) {
			JsonNode header = Fingerprints.JSON.readTree(lines.readLine());
			return header.get("columns").valueStream().map(JsonNode::asString).toList();
		}
	}

	/** Streams the table's rows; returns the entry's SHA-256. */
	String read(String entryName, String table, RowHandler handler) throws IOException {
		DigestInputStream digesting = new DigestInputStream(entry(entryName).in(), Fingerprints.sha256());
		try (BufferedReader lines = new BufferedReader(new InputStreamReader(digesting, StandardCharsets.UTF_8))) {
			String first = lines.readLine();
			JsonNode header = first == null ? null : Fingerprints.JSON.readTree(first);
			if (header == null || !table.equals(header.path("table").asString())) {
				throw new ArchiveRefusedException("Entry " + entryName + " is not table " + table);
			}
			int width = header.get("columns").size();
			long number = 1;
			for (String line; (line = lines.readLine()) != null;) {
				number++;
				JsonNode values = Fingerprints.JSON.readTree(line);
				if (!values.isArray() || values.size() != width) {
					throw new ArchiveRefusedException("Table " + table + ", line " + number + " is not a row of "
							+ width + " values");
				}
				handler.row(values);
			}
		}
		catch (JacksonException broken) {
			throw new ArchiveRefusedException("Table " + table + " holds a line that is not JSON: the archive is "
					+ "damaged");
		}
		catch (ArchiveRefusedException | IOException passOn) {
			throw passOn;
		}
		catch (Exception failed) {
			throw new IllegalStateException(failed);
		}
		return Fingerprints.hex(digesting.getMessageDigest().digest());
	}

	InputStream file(Manifest.FileEntry file) throws IOException {
		return entry(file.entry()).in();
	}

	@Override
	public void close() {
		closeQuietly(zip, decrypted);
	}

	private static void closeQuietly(ZipFile zip, Path decrypted) {
		try {
			if (zip != null) {
				zip.close();
			}
			if (decrypted != null) {
				Files.deleteIfExists(decrypted);
			}
		}
		catch (IOException ignored) {
			throw new UncheckedIOException(ignored);
		}
	}

}
