package io.lodestar.engagement;

/**
 * A support request is OPEN until the manager chain or HR resolves it (RESOLVED) or the employee closes it
 * (CLOSED). Feedback threads are always OPEN: they never need an answer.
 */
public enum ThreadStatus {

	OPEN, RESOLVED, CLOSED

}
