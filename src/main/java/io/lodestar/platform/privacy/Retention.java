package io.lodestar.platform.privacy;

/**
 * How long a data kind is kept by default, the shortest a company may set (a legal minimum), and what
 * happens at the end.
 */
public record Retention(int defaultDays, int minimumDays, Action action) {

	public enum Action {

		/** The rows are deleted. */
		DELETE,
		/** The person stays (goals, scores keep their shape) but everything identifying is overwritten. */
		ANONYMISE

	}

}
