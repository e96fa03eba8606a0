package io.lodestar.integration;

/** How a connector run ended. */
public enum RunStatus {

	/** Still going (or cut short by a restart, until its claim expires). */
	RUNNING,

	/** Every row recorded or unchanged. */
	SUCCESS,

	/** Some rows skipped (locked period, unknown employee number, bad value...), the others recorded. */
	PARTIAL,

	/** Nothing recorded: the connection, the query or its result was unusable. */
	FAILED

}
