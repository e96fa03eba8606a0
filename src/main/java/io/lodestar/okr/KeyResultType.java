package io.lodestar.okr;

/** A metric key result moves a number from a start to a target; a milestone is done or not done. */
public enum KeyResultType {

	METRIC, MILESTONE

}
