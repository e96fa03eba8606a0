package io.lodestar.platform.spreadsheet;

import java.util.List;

/**
 * Thrown by {@link SpreadsheetImporter#apply} when the data changed since the file was checked and it is no
 * longer valid; the transaction rolls back and the job reports these problems.
 */
public class ImportRejectedException extends RuntimeException {

	private final transient List<ImportIssue> issues;

	public ImportRejectedException(List<ImportIssue> issues) {
		super(issues.size() + " problems");
		this.issues = List.copyOf(issues);
	}

	public List<ImportIssue> issues() {
		return issues;
	}

}
