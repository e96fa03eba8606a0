package io.lodestar.operations;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import tools.jackson.databind.json.JsonMapper;

/**
 * A table's fingerprint: the sum (mod 2^256) of the SHA-256 of every row in its canonical JSON form. The sum does
 * not depend on the order rows come back in, so two databases hold the same rows exactly when the fingerprints
 * and row counts agree, whatever their collations.
 */
final class Fingerprints {

	static final JsonMapper JSON = JsonMapper.builder().build();

	private static final BigInteger MODULUS = BigInteger.ONE.shiftLeft(256);

	private BigInteger sum = BigInteger.ZERO;

	private long rows;

	/** Adds one row (its canonical JSON line) and returns the line. */
	String add(List<Object> row) {
		String line = JSON.writeValueAsString(row);
		sum = sum.add(new BigInteger(1, sha256().digest(line.getBytes(StandardCharsets.UTF_8)))).mod(MODULUS);
		rows++;
		return line;
	}

	long rows() {
		return rows;
	}

	String value() {
		return String.format("%064x", sum);
	}

	static String select(TableCatalog.Table table) {
		return "select " + table.columns().stream().map(c -> TableCatalog.quote(c.name()))
				.collect(Collectors.joining(", ")) + " from " + TableCatalog.quote(table.name());
	}

	static List<Object> row(ResultSet rows, TableCatalog.Table table) throws SQLException {
		List<Object> values = new ArrayList<>(table.columns().size());
		for (int i = 0; i < table.columns().size(); i++) {
			values.add(table.columns().get(i).kind().read(rows, i + 1));
		}
		return values;
	}

	/** Fingerprints of every table as they are now, within the connection's current transaction. */
	static Map<String, String> of(Connection connection, TableCatalog catalog) throws SQLException {
		Map<String, String> result = new LinkedHashMap<>();
		for (TableCatalog.Table table : catalog.tables()) {
			Fingerprints fingerprint = new Fingerprints();
			try (Statement statement = connection.createStatement()) {
				statement.setFetchSize(1000);
				try (ResultSet rows = statement.executeQuery(select(table))) {
					while (rows.next()) {
						fingerprint.add(row(rows, table));
					}
				}
			}
			result.put(table.name(), fingerprint.rows() + ":" + fingerprint.value());
		}
		return result;
	}

	static MessageDigest sha256() {
		try {
			return MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException impossible) {
			throw new IllegalStateException(impossible);
		}
	}

	static String hex(byte[] digest) {
		return HexFormat.of().formatHex(digest);
	}

}
