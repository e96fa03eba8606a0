package io.lodestar.platform.spreadsheet;

import java.util.List;

/**
 * What validation or the import found: the problems (at most {@link #MAX_ISSUES} kept; {@code issueCount}
 * has the true number) and how many rows create, update or leave records unchanged.
 */
public record ImportReport(List<ImportIssue> issues, int issueCount, int created, int updated, int unchanged) {

	public static final int MAX_ISSUES = 5000;

	public ImportReport {
		issues = issues == null ? List.of() : List.copyOf(issues);
	}

	public static ImportReport empty() {
		return new ImportReport(List.of(), 0, 0, 0, 0);
	}

	/** Problems in file order (whole-file problems first), as the user works through the file top to bottom. */
	public static ImportReport of(ImportCheck check) {
		List<ImportIssue> ordered = new java.util.ArrayList<>(check.issues());
		ordered.sort(java.util.Comparator.comparing(ImportIssue::row,
				java.util.Comparator.nullsFirst(java.util.Comparator.naturalOrder())));
		List<ImportIssue> kept = ordered.size() > MAX_ISSUES ? ordered.subList(0, MAX_ISSUES) : ordered;
		return new ImportReport(kept, check.issues().size(), check.created(), check.updated(), check.unchanged());
	}

	public static ImportReport failure(ImportIssue issue) {
		return new ImportReport(List.of(issue), 1, 0, 0, 0);
	}

	public boolean truncated() {
		return issueCount > issues.size();
	}

}
