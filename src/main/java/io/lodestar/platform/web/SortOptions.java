package io.lodestar.platform.web;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The fields an endpoint can be sorted by, each mapped to the SQL expression that sorts it. Only these
 * ever reach SQL; anything else is rejected with a 400 that lists the allowed names.
 */
public final class SortOptions {

	private final Map<String, String> columns;

	private final String defaultField;

	private SortOptions(Map<String, String> columns, String defaultField) {
		this.columns = columns;
		this.defaultField = defaultField;
	}

	/** @param pairs field name, SQL column, field name, SQL column...; the first field is the default */
	public static SortOptions of(String... pairs) {
		Map<String, String> columns = new LinkedHashMap<>();
		for (int i = 0; i < pairs.length; i += 2) {
			columns.put(pairs[i], pairs[i + 1]);
		}
		return new SortOptions(columns, pairs[0]);
	}

	/**
	 * @param sort {@code field} or {@code field,asc|desc}; {@code null} or blank for the default
	 * @return an ORDER BY clause body built only from allow-listed parts
	 */
	public String orderBy(String sort) {
		String field = defaultField;
		boolean descending = false;
		if (sort != null && !sort.isBlank()) {
			String[] parts = sort.split(",", 2);
			field = parts[0].trim();
			if (parts.length == 2) {
				String direction = parts[1].trim().toLowerCase(java.util.Locale.ROOT);
				if (!direction.equals("asc") && !direction.equals("desc")) {
					throw new InvalidSortException(sort, allowed());
				}
				descending = direction.equals("desc");
			}
		}
		String column = columns.get(field);
		if (column == null) {
			throw new InvalidSortException(field, allowed());
		}
		return column + (descending ? " desc" : " asc");
	}

	public String allowed() {
		return String.join(", ", columns.keySet());
	}

}
