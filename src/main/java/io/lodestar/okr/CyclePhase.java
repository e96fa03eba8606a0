package io.lodestar.okr;

/**
 * Drafting: objectives are written and reviewed. Active: check-ins. Closing: final check-ins, scores and
 * reflections. Closed: everything is locked (changes need HR with a reason).
 */
public enum CyclePhase {

	DRAFTING, ACTIVE, CLOSING, CLOSED

}
