package io.lodestar.attendance;

/** QUEUED until the device polls, SENT when handed out, DONE when the device reported its result. */
public enum CommandState {
	QUEUED, SENT, DONE
}
