package io.lodestar.engagement;

/** Feedback (started by the manager chain or HR) or a support request (started by the employee). */
public enum ThreadKind {

	FEEDBACK, SUPPORT;

	/** Where the thread is read in the browser. */
	public String path() {
		return this == FEEDBACK ? "/feedback/" : "/support/";
	}

}
