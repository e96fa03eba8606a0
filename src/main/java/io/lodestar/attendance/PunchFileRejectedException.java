package io.lodestar.attendance;

import java.util.List;

import io.lodestar.platform.spreadsheet.ImportIssue;

/** A punch file with problems, refused whole: nothing was stored. Every problem names its row and column. */
public class PunchFileRejectedException extends RuntimeException {

	private final transient List<ImportIssue> issues;

	public PunchFileRejectedException(List<ImportIssue> issues) {
		super(issues.size() + " problem(s)");
		this.issues = List.copyOf(issues);
	}

	public List<ImportIssue> issues() {
		return issues;
	}

}
