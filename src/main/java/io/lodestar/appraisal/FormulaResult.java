package io.lodestar.appraisal;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * The outcome of evaluating a {@link ScoreFormula} for one employee: a value, or the reason there is none.
 * "Not computable" (a component is missing) is an ordinary outcome, not an error: HR sees who still lacks
 * which component. {@link #failed} (e.g. division by zero) only comes from {@link ScoreFormula#preview}, as
 * {@link ScoreFormula#evaluate} throws it.
 */
public final class FormulaResult {

	/** Message key of a not computable result; {0} is the missing component. */
	public static final String MISSING_COMPONENT = "appraisal.formula.missing-component";

	private final BigDecimal value;

	private final List<String> missingVariables;

	private final FormulaException error;

	private FormulaResult(BigDecimal value, List<String> missingVariables, FormulaException error) {
		this.value = value;
		this.missingVariables = List.copyOf(missingVariables);
		this.error = error;
	}

	static FormulaResult computed(BigDecimal value) {
		return new FormulaResult(Objects.requireNonNull(value), List.of(), null);
	}

	static FormulaResult notComputable(List<String> missingVariables) {
		if (missingVariables.isEmpty()) {
			throw new IllegalArgumentException("a not computable result names what is missing");
		}
		return new FormulaResult(null, missingVariables, null);
	}

	static FormulaResult failed(FormulaException error) {
		return new FormulaResult(null, List.of(), Objects.requireNonNull(error));
	}

	public boolean isComputed() {
		return value != null;
	}

	/** The final score, or null when not computed. */
	public BigDecimal value() {
		return value;
	}

	/** The missing components that made the result not computable, in formula order; empty otherwise. */
	public List<String> missingVariables() {
		return missingVariables;
	}

	/** The first missing component, or null. */
	public String missingVariable() {
		return missingVariables.isEmpty() ? null : missingVariables.get(0);
	}

	/** The evaluation error of a preview (e.g. division by zero), or null. */
	public FormulaException error() {
		return error;
	}

	/** Message key of why there is no value ({@link #MISSING_COMPONENT} or the error key), or null. */
	public String reasonKey() {
		return error != null ? error.messageKey() : missingVariables.isEmpty() ? null : MISSING_COMPONENT;
	}

	@Override
	public String toString() {
		return value != null ? value.toPlainString()
				: error != null ? error.getMessage() : "not computable, missing " + missingVariables;
	}

}
