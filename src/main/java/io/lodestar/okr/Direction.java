package io.lodestar.okr;

/** Whether a metric key result should raise its number (followers) or lower it (complaint rate). */
public enum Direction {

	INCREASE, DECREASE

}
