package io.lodestar.engagement;

/**
 * Where a delivery stands: waiting for its (next) attempt, being sent by one worker right now, sent, or given
 * up after the last attempt.
 */
public enum DeliveryStatus {
	PENDING, SENDING, SENT, FAILED
}
