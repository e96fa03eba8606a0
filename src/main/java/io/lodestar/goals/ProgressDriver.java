package io.lodestar.goals;

/** Where a goal's progress comes from. */
public enum ProgressDriver {

	/** Its own measurements or check-ins (a KPI's completion, a key result's progress). */
	OWN,
	/** The weighted mean of the goals that contribute to it. */
	CHILDREN,
	/** The weighted mean of its key results only: an objective that leaves contributing child objectives out. */
	KEY_RESULTS

}
