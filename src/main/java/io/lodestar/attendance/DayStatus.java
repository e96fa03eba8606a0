package io.lodestar.attendance;

/**
 * What a day was for an employee. PRESENT carries late and early-leave minutes (zero when on time); work on a
 * REST day or HOLIDAY shows as overtime.
 */
public enum DayStatus {

	PRESENT, ABSENT, MISSING_PUNCH, REST, HOLIDAY;

	/** Days the employee was expected at work: the denominator of the punctuality rate. */
	public boolean working() {
		return this == PRESENT || this == ABSENT || this == MISSING_PUNCH;
	}

}
