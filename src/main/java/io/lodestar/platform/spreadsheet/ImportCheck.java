package io.lodestar.platform.spreadsheet;

import java.util.List;

/** The outcome of checking (or applying) a file: its problems, or what it creates, updates and leaves alone. */
public record ImportCheck(List<ImportIssue> issues, int created, int updated, int unchanged) {

	public ImportCheck {
		issues = List.copyOf(issues);
	}

	public static ImportCheck invalid(List<ImportIssue> issues) {
		return new ImportCheck(issues, 0, 0, 0);
	}

	public boolean valid() {
		return issues.isEmpty();
	}

}
