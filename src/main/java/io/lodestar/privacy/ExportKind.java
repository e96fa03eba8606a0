package io.lodestar.privacy;

/** Bulk exports of many people's personal data that need HR approval. */
public enum ExportKind {

	/** The employee directory with the restricted columns (phone, hire date, last day). */
	EMPLOYEE_DIRECTORY,
	/** Every retained attendance punch of the company, with the employee it was mapped to. */
	ATTENDANCE_PUNCHES

}
