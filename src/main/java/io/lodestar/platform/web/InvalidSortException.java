package io.lodestar.platform.web;

/** A sort field outside the endpoint's allow-list (sorting by arbitrary columns leaks hidden values). */
public class InvalidSortException extends RuntimeException {

	private final String requested;

	private final String allowed;

	public InvalidSortException(String requested, String allowed) {
		super("Cannot sort by " + requested);
		this.requested = requested;
		this.allowed = allowed;
	}

	public String requested() {
		return requested;
	}

	public String allowed() {
		return allowed;
	}

}
