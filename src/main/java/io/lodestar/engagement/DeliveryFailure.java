package io.lodestar.engagement;

/**
 * A delivery attempt that did not succeed. The message is safe to store and show to administrators: it never
 * contains the webhook URL (its token) or the signing secret, and is at most {@link #MAX} characters.
 */
class DeliveryFailure extends Exception {

	static final int MAX = 300;

	DeliveryFailure(String message) {
		super(message == null ? "" : message.length() <= MAX ? message : message.substring(0, MAX - 1) + "…");
	}

}
