package io.lodestar.integration;

/** Who started a run. */
public enum RunTrigger {

	SCHEDULE, MANUAL

}
