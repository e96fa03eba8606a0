package io.lodestar.platform.web;

/**
 * The object does not exist in the caller's company. Objects of other companies are reported exactly
 * like missing ones, so ids cannot be probed across tenants.
 */
public class NotFoundException extends RuntimeException {

	private final String entity;

	public NotFoundException(String entity, Object id) {
		super(entity + " " + id + " not found");
		this.entity = entity;
	}

	/** Short entity name, used as message key suffix: {@code platform.not-found.<entity>}. */
	public String entity() {
		return entity;
	}

}
