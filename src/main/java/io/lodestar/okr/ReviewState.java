package io.lodestar.okr;

/** Where an objective is in its review: drafted, submitted to the reviewer, approved, or returned with a reason. */
public enum ReviewState {

	DRAFT, SUBMITTED, APPROVED, RETURNED;

	/** Whether the owner may still change the objective and its key results freely. */
	public boolean editable() {
		return this == DRAFT || this == RETURNED;
	}

}
