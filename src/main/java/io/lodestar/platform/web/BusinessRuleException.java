package io.lodestar.platform.web;

import java.util.Arrays;

/**
 * A request that is well-formed but breaks a business rule (a reporting-line cycle, a duplicate code, a
 * period that is locked...). Carries a message key so the text reaches each user in their language,
 * and optionally the field it is about, so forms can show it next to the input.
 */
public class BusinessRuleException extends RuntimeException {

	private final String code;

	private final String field;

	private final transient Object[] arguments;

	private final Kind kind;

	public enum Kind {

		/** The request contradicts current data (duplicate, cycle, still referenced): HTTP 409. */
		CONFLICT,
		/** The input itself is unacceptable: HTTP 422. */
		INVALID

	}

	public BusinessRuleException(Kind kind, String code, String field, Object... arguments) {
		super(code + (arguments.length > 0 ? " " + Arrays.toString(arguments) : ""));
		this.kind = kind;
		this.code = code;
		this.field = field;
		this.arguments = arguments;
	}

	public static BusinessRuleException conflict(String code, String field, Object... arguments) {
		return new BusinessRuleException(Kind.CONFLICT, code, field, arguments);
	}

	public static BusinessRuleException invalid(String code, String field, Object... arguments) {
		return new BusinessRuleException(Kind.INVALID, code, field, arguments);
	}

	public String code() {
		return code;
	}

	/** The request field this is about, or {@code null} when it concerns the whole request. */
	public String field() {
		return field;
	}

	public Object[] arguments() {
		return arguments.clone();
	}

	public Kind kind() {
		return kind;
	}

}
