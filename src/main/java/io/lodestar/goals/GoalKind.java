package io.lodestar.goals;

/** What a node of the goal graph is. */
public enum GoalKind {

	/** A company strategic goal ("cut production cost 10 %"), usually progressing through what contributes to it. */
	STRATEGY,
	/** A key performance indicator with a target and measurements. */
	KPI,
	/** An OKR objective (OKR module). */
	OBJECTIVE,
	/** An OKR key result (OKR module). */
	KEY_RESULT

}
