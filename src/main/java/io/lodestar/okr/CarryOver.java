package io.lodestar.okr;

/** What happens to an objective after its cycle: carried into the next cycle as a draft, done, or dropped. */
public enum CarryOver {

	CARRY, DONE, DROP

}
