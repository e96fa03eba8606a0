package io.lodestar.platform.spreadsheet;

/**
 * VALIDATING → INVALID | READY; READY → IMPORTING (once: a second confirmation finds it no longer READY)
 * → DONE | FAILED. Nothing is written to business tables before IMPORTING, and IMPORTING writes all or
 * nothing.
 */
public enum ImportStatus {

	VALIDATING, INVALID, READY, IMPORTING, DONE, FAILED;

	/** Work is going on in the background; pages poll until this is false. */
	public boolean running() {
		return this == VALIDATING || this == IMPORTING;
	}

	/** Nothing more will happen to the job. */
	public boolean finished() {
		return this == INVALID || this == DONE || this == FAILED;
	}

}
