package io.lodestar.platform.security;

/** A platform operator called something that acts within a company without choosing one first. */
public class NoCompanySelectedException extends RuntimeException {

	public NoCompanySelectedException() {
		super("No company selected");
	}

}
