package io.lodestar.operations;

import java.util.List;
import java.util.Map;

/**
 * What an archive holds: written last into it as {@code manifest.json}, its own SHA-256 beside it in
 * {@code manifest.sha256}. A restore trusts nothing in the archive that the manifest does not vouch for.
 */
record Manifest(int format, String appVersion, String schemaVersion, String createdAt, String database,
		boolean encrypted, List<TableEntry> tables, Map<String, Long> sequences, List<FileEntry> files) {

	static final int FORMAT = 1;

	static final String ENTRY = "manifest.json";

	static final String CHECKSUM_ENTRY = "manifest.sha256";

	record TableEntry(String name, String entry, long rows, String sha256, String fingerprint) {
	}

	record FileEntry(String path, String entry, long size, String sha256) {
	}

	long totalRows() {
		return tables.stream().mapToLong(TableEntry::rows).sum();
	}

}
