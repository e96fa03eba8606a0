package io.lodestar.platform.spreadsheet;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import org.apache.poi.ss.util.CellReference;

/**
 * Finds an importer's columns in a file's header row, in any order and in either language. Headers are
 * compared loosely: full-width and half-width forms, case, spaces, punctuation and bracketed hints such as
 * "(必填)" or "(yyyy-MM-dd)" do not matter, so "E-mail", "email" and "邮箱（必填）" all match.
 */
public final class HeaderMatcher {

	private static final Pattern BRACKETED = Pattern.compile("\\([^)]*\\)|\\[[^\\]]*\\]|【[^】]*】");

	private HeaderMatcher() {
	}

	public static String normalise(String header) {
		if (header == null) {
			return "";
		}
		String text = Normalizer.normalize(header, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
		text = BRACKETED.matcher(text).replaceAll("");
		StringBuilder kept = new StringBuilder(text.length());
		text.codePoints().filter(Character::isLetterOrDigit).forEach(kept::appendCodePoint);
		return kept.toString();
	}

	/**
	 * @param messagePrefix the importer's message prefix; issues use {@code <prefix>.header.unknown},
	 * {@code .missing}, {@code .duplicate} and {@code .blank}
	 */
	public static Columns match(Table table, List<ColumnSpec> specs, String messagePrefix) {
		Map<String, ColumnSpec> byName = new HashMap<>();
		specs.forEach(spec -> spec.names().forEach(name -> byName.putIfAbsent(name, spec)));
		Map<String, Integer> indexes = new HashMap<>();
		Map<String, String> headers = new HashMap<>();
		List<ImportIssue> issues = new ArrayList<>();
		int row = table.headerRow();
		List<String> found = table.headers();
		for (int i = 0; i < found.size(); i++) {
			String header = found.get(i);
			if (header.isEmpty()) {
				continue;
			}
			ColumnSpec spec = byName.get(normalise(header));
			if (spec == null) {
				issues.add(ImportIssue.at(row, header, header, messagePrefix + ".header.unknown"));
			}
			else if (indexes.containsKey(spec.key())) {
				issues.add(ImportIssue.at(row, header, header, messagePrefix + ".header.duplicate",
						headers.get(spec.key())));
			}
			else {
				indexes.put(spec.key(), i);
				headers.put(spec.key(), header);
			}
		}
		for (ColumnSpec spec : specs) {
			if (spec.required() && !indexes.containsKey(spec.key())) {
				issues.add(ImportIssue.at(row, null, null, messagePrefix + ".header.missing",
						ImportIssue.message(spec.labelKey())));
			}
		}
		issues.addAll(dataWithoutHeader(table, messagePrefix));
		specs.stream().filter(ColumnSpec::informational).forEach(spec -> indexes.remove(spec.key()));
		return new Columns(indexes, headers, issues);
	}

	/** Values in a column whose header cell is empty: the user would expect them to be imported. */
	private static List<ImportIssue> dataWithoutHeader(Table table, String messagePrefix) {
		List<ImportIssue> issues = new ArrayList<>();
		List<String> headers = table.headers();
		for (Table.Row data : table.rows()) {
			for (int i = 0; i < data.cells().size(); i++) {
				boolean headerless = i >= headers.size() || headers.get(i).isEmpty();
				if (headerless && !data.cell(i).isEmpty()) {
					String letter = CellReference.convertNumToColString(i);
					issues.add(ImportIssue.at(data.number(), letter, data.cell(i), messagePrefix + ".header.blank",
							letter));
				}
			}
			if (issues.size() >= 20) {
				break; // a whole stray column is one mistake; a few examples are enough
			}
		}
		return issues;
	}

	/** Where each understood column is; informational columns are not included. */
	public static final class Columns {

		private final Map<String, Integer> indexes;

		private final Map<String, String> headers;

		private final List<ImportIssue> issues;

		Columns(Map<String, Integer> indexes, Map<String, String> headers, List<ImportIssue> issues) {
			this.indexes = Map.copyOf(indexes);
			this.headers = Map.copyOf(headers);
			this.issues = List.copyOf(issues);
		}

		public boolean has(String key) {
			return indexes.containsKey(key);
		}

		/** The header as written in the file, for error reports. */
		public String header(String key) {
			return headers.get(key);
		}

		/** The cell of this column in the row; empty if the file has no such column. */
		public String cell(Table.Row row, String key) {
			Integer index = indexes.get(key);
			return index == null ? "" : row.cell(index);
		}

		/** Unknown, duplicate, missing and header-less columns. */
		public List<ImportIssue> issues() {
			return issues;
		}

	}

}
