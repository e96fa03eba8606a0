package io.lodestar.integration;

import java.util.List;

/**
 * What "test connection" found: the query's column names and first rows as text, or why it failed
 * ({@code errorCode} a message key, {@code errorDetail} the database's words without credentials).
 */
public record ConnectorPreview(List<String> columns, List<List<String>> rows, String errorCode, String errorDetail) {

	public boolean ok() {
		return errorCode == null;
	}

	public Object[] errorArguments() {
		return new Object[] { errorDetail == null ? "" : errorDetail };
	}

}
