package io.lodestar.platform.spreadsheet;

import io.lodestar.platform.security.CurrentUser;

/**
 * One kind of data a module imports from spreadsheets (org units, employees, KPI values...). Declare it as a
 * bean; {@link ImportJobs} runs it in the background. Messages are looked up under {@link #messagePrefix()}:
 * {@code .file.<reason>} for unreadable files (see {@link SpreadsheetException.Reason#key()}),
 * {@code .header.unknown|missing|duplicate|blank} (see {@link HeaderMatcher}) and
 * {@code .job.unexpected|interrupted|not-ready|busy}.
 */
public interface SpreadsheetImporter {

	/** Stable name used in URLs and stored with the job, e.g. {@code employees}. */
	String kind();

	/** Message key prefix of this importer's bundle, e.g. {@code people-import}. */
	String messagePrefix();

	/** Whether the user may import this kind at all (the job service already requires an administrator). */
	boolean mayImport(CurrentUser user);

	/** Validates every row against the file and the database, writing nothing. */
	ImportCheck check(CurrentUser user, Table table, ImportProgress progress);

	/**
	 * Checks again and writes everything, inside the caller's transaction. Throws
	 * {@link ImportRejectedException} if the check now finds problems.
	 */
	ImportCheck apply(CurrentUser user, Table table, ImportProgress progress);

}
