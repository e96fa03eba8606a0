package io.lodestar.appraisal;

/**
 * A formula that cannot be parsed, or an evaluation that cannot go on (e.g. division by zero). Carries what
 * the UI needs to point at the problem: a message key of the {@code appraisal} bundle, the offending text and
 * its 1-based position in the formula. The message arguments are {0} = text, {1} = position.
 */
public final class FormulaException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	private final String messageKey;

	private final String text;

	private final int position;

	FormulaException(String messageKey, String text, int position) {
		super(messageKey + " at " + position + ": " + text, null, false, false);
		this.messageKey = messageKey;
		this.text = text;
		this.position = position;
	}

	/** A key of the {@code appraisal} message bundle, e.g. {@code appraisal.formula.unknown-variable}. */
	public String messageKey() {
		return messageKey;
	}

	/** The part of the formula the error is about (a token, a function name, an operand). */
	public String text() {
		return text;
	}

	/** 1-based position of {@link #text()} in the formula. */
	public int position() {
		return position;
	}

	/** Arguments for the message: {0} the offending text, {1} its position. */
	public Object[] arguments() {
		return new Object[] { text, position };
	}

}
