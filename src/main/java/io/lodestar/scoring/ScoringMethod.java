package io.lodestar.scoring;

/** How an actual value turns into a completion. Which methods fit which direction: see {@link ScoringRule}. */
public enum ScoringMethod {

	/** Actual relative to target (a/t for higher-is-better, t/a for lower-is-better), safe for zero and negative targets. */
	RATIO,
	/** Progress from the baseline to the target: (a − b)/(t − b); works for both directions. */
	PROGRESS,
	/** Met (1) or not met (0) against the target, with configurable inclusivity. */
	THRESHOLD,
	/** 1 inside [low, high]; outside, falls linearly to 0 over the tolerance width. */
	BAND,
	/** Done (1) or not done (0). */
	BINARY,
	/** A table of steps over the ratio (a/t or t/a): each step gives a fixed completion or ratio × factor. */
	PIECEWISE

}
