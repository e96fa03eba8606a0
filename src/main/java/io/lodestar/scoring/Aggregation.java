package io.lodestar.scoring;

/** How several measurements within one period become the period's actual value. */
public enum Aggregation {

	LAST, SUM, AVERAGE, MIN, MAX, COUNT

}
