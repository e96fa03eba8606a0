package io.lodestar.appraisal;

/**
 * Where an appraisal cycle stands. HR moves it forward one phase at a time; what people may do follows from it:
 * self-assessment in SELF_REVIEW, the manager's assessment in SELF_REVIEW (once the self-assessment is in) and
 * MANAGER_REVIEW, grade changes in CALIBRATION, acknowledgement and appeals in RESULTS. CLOSED locks everything;
 * reopening (HR, with a reason) goes back to RESULTS.
 */
public enum AppraisalPhase {

	DRAFT, SELF_REVIEW, MANAGER_REVIEW, CALIBRATION, RESULTS, CLOSED;

	public AppraisalPhase next() {
		return this == CLOSED ? CLOSED : values()[ordinal() + 1];
	}

	/** The phase's name in the reader's language, as an argument of a message. */
	public org.springframework.context.MessageSourceResolvable label() {
		return new org.springframework.context.support.DefaultMessageSourceResolvable(
				new String[] { "appraisal.phase-name." + name() }, name());
	}

	public boolean isBefore(AppraisalPhase other) {
		return ordinal() < other.ordinal();
	}

}
