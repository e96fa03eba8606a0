package io.lodestar.platform.spreadsheet;

import java.util.Arrays;
import java.util.List;

/**
 * One problem found in an upload, stored with the job and shown in the user's language when displayed (so
 * the same report reads in Chinese for one HR admin and in English for another).
 *
 * @param row the row number as the user sees it in the file (header = 1); {@code null} for the whole file
 * @param column the column header exactly as written in the file; {@code null} if not about one column
 * @param value the offending cell text (shortened), or {@code null}
 * @param code message key of the reason
 * @param arguments message arguments; an argument written {@code msg:<key>} is itself a message key,
 * resolved in the reader's language (used for column names)
 */
public record ImportIssue(Integer row, String column, String value, String code, List<String> arguments) {

	public static final int MAX_VALUE_LENGTH = 200;

	public static final String MESSAGE_ARGUMENT = "msg:";

	public ImportIssue {
		value = value == null || value.length() <= MAX_VALUE_LENGTH ? value
				: value.substring(0, MAX_VALUE_LENGTH) + "…";
		arguments = arguments == null ? List.of() : List.copyOf(arguments);
	}

	/** A problem with the whole file or job. */
	public static ImportIssue general(String code, Object... arguments) {
		return new ImportIssue(null, null, null, code, strings(arguments));
	}

	public static ImportIssue at(int row, String column, String value, String code, Object... arguments) {
		return new ImportIssue(row, column, value == null || value.isEmpty() ? null : value, code, strings(arguments));
	}

	/** An argument that is shown as the text of a message key, e.g. a column name in the reader's language. */
	public static String message(String key) {
		return MESSAGE_ARGUMENT + key;
	}

	private static List<String> strings(Object... arguments) {
		return Arrays.stream(arguments).map(argument -> argument == null ? "" : argument.toString()).toList();
	}

}
