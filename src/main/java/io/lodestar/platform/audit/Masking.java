package io.lodestar.platform.audit;

/** How sensitive values appear in audit snapshots: whether they were set, never what they are. */
public final class Masking {

	public static final String MASK = "***";

	private Masking() {
	}

	public static String mask(Object value) {
		return value == null ? null : MASK + Integer.toHexString(value.hashCode() & 0xfff);
	}

}
