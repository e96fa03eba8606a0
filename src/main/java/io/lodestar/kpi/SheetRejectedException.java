package io.lodestar.kpi;

import java.util.List;

import io.lodestar.platform.spreadsheet.ImportIssue;

/** A spreadsheet refused whole: every problem with its row, column and reason; nothing was stored. */
public class SheetRejectedException extends RuntimeException {

	private final transient List<ImportIssue> issues;

	public SheetRejectedException(List<ImportIssue> issues) {
		super(issues.size() + " problem(s) in the sheet");
		this.issues = List.copyOf(issues);
	}

	public List<ImportIssue> issues() {
		return issues;
	}

}
