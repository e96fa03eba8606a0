package io.lodestar.scoring;

/** Which way is good for a KPI. */
public enum Direction {

	/** Increase to the target (sales, output, utilisation). */
	INCREASE,
	/** Decrease to the target (loss rate, complaints, cost). */
	DECREASE,
	/** Stay at or above the target all the time (service level). */
	AT_LEAST,
	/** Stay at or below the target all the time (defect rate ceiling). */
	AT_MOST,
	/** Stay within a range (inventory days 20–30). */
	RANGE,
	/** Done or not done (a milestone): actual 1 means done, 0 not done. */
	DONE

}
