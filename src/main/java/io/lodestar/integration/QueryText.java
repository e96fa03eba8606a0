package io.lodestar.integration;

import java.util.Locale;

import io.lodestar.platform.web.BusinessRuleException;

/**
 * A connector's query must be exactly one {@code SELECT} (or {@code WITH ... SELECT}) statement: no second
 * statement after a {@code ;}, nothing else. Comments and quoted text (including PostgreSQL dollar quotes) are
 * skipped when looking for statement separators. One trailing {@code ;} is tolerated and removed. The run itself
 * is also read-only (a read-only transaction), so a data-changing {@code WITH} is refused by the database.
 */
final class QueryText {

	static final int MAX_LENGTH = 8000;

	/**
	 * Words that change data or the database, as whole words outside quotes and comments (all reserved in SQL,
	 * so a column of that name would be quoted anyway).
	 */
	private static final java.util.regex.Pattern WRITING = java.util.regex.Pattern.compile("(?i)(?<![\\w$])"
			+ "(insert|update|delete|merge|upsert|truncate|drop|alter|create|grant|revoke|execute|runscript|shutdown)"
			+ "(?![\\w$])");

	private QueryText() {
	}

	/** The statement to execute (without a trailing semicolon). */
	static String check(String sql) {
		if (sql == null || sql.isBlank()) {
			throw BusinessRuleException.invalid("integration.connector.query.required", "query");
		}
		if (sql.length() > MAX_LENGTH) {
			throw BusinessRuleException.invalid("integration.connector.query.size", "query", MAX_LENGTH);
		}
		StringBuilder code = new StringBuilder();
		int separator = -1;
		int i = 0;
		int n = sql.length();
		while (i < n) {
			char c = sql.charAt(i);
			if (c == '-' && i + 1 < n && sql.charAt(i + 1) == '-') {
				int end = sql.indexOf('\n', i);
				i = end < 0 ? n : end + 1;
				code.append(' ');
			}
			else if (c == '/' && i + 1 < n && sql.charAt(i + 1) == '*') {
				int end = sql.indexOf("*/", i + 2);
				i = end < 0 ? n : end + 2;
				code.append(' ');
			}
			else if (c == '\'' || c == '"') {
				int end = closing(sql, i + 1, c);
				i = end < 0 ? n : end + 1;
				code.append(" q ");
			}
			else if (c == '$' && dollarTag(sql, i) != null) {
				String tag = dollarTag(sql, i);
				int end = sql.indexOf(tag, i + tag.length());
				i = end < 0 ? n : end + tag.length();
				code.append(" q ");
			}
			else if (c == ';') {
				if (separator < 0) {
					separator = i;
				}
				code.append(';');
				i++;
			}
			else {
				code.append(c);
				i++;
			}
		}
		String statement = code.toString().strip();
		if (statement.endsWith(";") && statement.indexOf(';') == statement.length() - 1) {
			statement = statement.substring(0, statement.length() - 1).strip();
		}
		else if (separator >= 0) {
			throw BusinessRuleException.invalid("integration.connector.query.one-statement", "query");
		}
		String first = statement.replaceFirst("^[\\s(]+", "").split("[\\s(]", 2)[0].toLowerCase(Locale.ROOT);
		if (!first.equals("select") && !first.equals("with")) {
			throw BusinessRuleException.invalid("integration.connector.query.select-only", "query");
		}
		// a second line of defence after the read-only transaction, which H2 does not have: a SELECT may still
		// change data there (SELECT * FROM OLD TABLE (DELETE FROM ...)), so words that change data are refused
		java.util.regex.Matcher writing = WRITING.matcher(statement);
		if (writing.find()) {
			throw BusinessRuleException.invalid("integration.connector.query.writes", "query",
					writing.group(1).toUpperCase(Locale.ROOT));
		}
		// the only ";" is the trailing one: execute what comes before it
		return separator >= 0 ? sql.substring(0, separator).strip() : sql.strip();
	}

	/** Index of the quote closing the one opened before {@code from}; doubled quotes are an escaped quote. */
	private static int closing(String sql, int from, char quote) {
		int i = from;
		while (i < sql.length()) {
			if (sql.charAt(i) == quote) {
				if (i + 1 < sql.length() && sql.charAt(i + 1) == quote) {
					i += 2;
					continue;
				}
				return i;
			}
			i++;
		}
		return -1;
	}

	/** A PostgreSQL dollar-quote opener ($$ or $tag$) starting at i, or null. */
	private static String dollarTag(String sql, int i) {
		int end = i + 1;
		while (end < sql.length() && (Character.isLetterOrDigit(sql.charAt(end)) || sql.charAt(end) == '_')) {
			end++;
		}
		if (end < sql.length() && sql.charAt(end) == '$' && (end == i + 1 || !Character.isDigit(sql.charAt(i + 1)))) {
			return sql.substring(i, end + 1);
		}
		return null;
	}

}
