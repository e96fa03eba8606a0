package io.lodestar.security;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.core.io.ClassPathResource;

/**
 * The reviewed access matrix ({@code security/api-access-matrix.csv}): one row per API operation, the authorization
 * its controller and service apply in words, and for each actor whether the call must pass ({@code allow}) or be
 * refused ({@code deny}). The last column is for an integration API key: {@code deny}, or the key scope that lets it
 * through. A refusal is 401, 403 or 404; {@code deny-also} names one more status that counts as a refusal in that row
 * ({@code 422} where the service refuses ids in the body it does not let the caller use as bad input, e.g. a batch's
 * items, or another company's unit), or {@code -}. The file is the specification; the test compares the application
 * against it, never the other way round.
 */
final class AccessMatrixTable {

	static final List<String> ACTORS = List.of("anonymous", "employee", "colleague", "other-manager", "manager", "hr",
			"executive", "sysadmin", "other-company");

	static final String API_KEY = "api-key";

	private static final String HEADER_START = "method,path,deny-also,rule,";

	/** One operation: its expected outcome per actor, and the scope an API key needs (null: keys are refused). */
	record Row(String method, String path, Integer denyAlso, String rule, Map<String, Boolean> allowed,
			String keyScope) {

		String operation() {
			return method + " " + path;
		}

	}

	private AccessMatrixTable() {
	}

	static Map<String, Row> load() throws IOException {
		Map<String, Row> rows = new LinkedHashMap<>();
		try (var reader = new BufferedReader(new InputStreamReader(
				new ClassPathResource("security/api-access-matrix.csv").getInputStream(), StandardCharsets.UTF_8))) {
			String header = reader.readLine();
			String expected = HEADER_START + String.join(",", ACTORS) + "," + API_KEY;
			if (!expected.equals(header)) {
				throw new IllegalStateException("api-access-matrix.csv must start with the header " + expected);
			}
			String line;
			int number = 1;
			while ((line = reader.readLine()) != null) {
				number++;
				if (line.isBlank() || line.startsWith("#")) {
					continue;
				}
				Row row = parse(line, number);
				if (rows.put(row.operation(), row) != null) {
					throw new IllegalStateException("line " + number + ": " + row.operation() + " twice");
				}
			}
		}
		return rows;
	}

	private static Row parse(String line, int number) {
		List<String> cells = cells(line);
		if (cells.size() != 4 + ACTORS.size() + 1) {
			throw new IllegalStateException("line " + number + ": expected " + (5 + ACTORS.size()) + " cells, got "
					+ cells.size() + ": " + line);
		}
		Map<String, Boolean> allowed = new LinkedHashMap<>();
		for (int i = 0; i < ACTORS.size(); i++) {
			String cell = cells.get(4 + i);
			if (!cell.equals("allow") && !cell.equals("deny")) {
				throw new IllegalStateException("line " + number + ": '" + cell + "' is neither allow nor deny");
			}
			allowed.put(ACTORS.get(i), cell.equals("allow"));
		}
		String key = cells.get(cells.size() - 1);
		Integer denyAlso = cells.get(2).equals("-") ? null : Integer.valueOf(cells.get(2));
		return new Row(cells.get(0), cells.get(1), denyAlso, cells.get(3), allowed, key.equals("deny") ? null : key);
	}

	/** Splits one CSV line; the rule cell may be quoted to hold commas. */
	private static List<String> cells(String line) {
		List<String> cells = new ArrayList<>();
		StringBuilder cell = new StringBuilder();
		boolean quoted = false;
		for (char c : line.toCharArray()) {
			if (c == '"') {
				quoted = !quoted;
			}
			else if (c == ',' && !quoted) {
				cells.add(cell.toString().trim());
				cell.setLength(0);
			}
			else {
				cell.append(c);
			}
		}
		cells.add(cell.toString().trim());
		return cells;
	}

}
