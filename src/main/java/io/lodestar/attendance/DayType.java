package io.lodestar.attendance;

/** A day of an employee's schedule after the company calendar: a holiday wins, then a make-up working day. */
enum DayType {

	WORKING, REST, HOLIDAY

}
