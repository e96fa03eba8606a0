package io.lodestar.attendance;

/**
 * QUEUED until the device polls, SENT when handed out, DONE when the device reported its result, FAILED when it was
 * handed out the allowed number of times without a result.
 */
public enum CommandState {
	QUEUED, SENT, DONE, FAILED
}
