package io.lodestar.appraisal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * An appraisal template's final-score formula, e.g. {@code 0.6 * kpi + 0.3 * manager + 0.1 * self},
 * {@code if(kpi >= 1.2, 1.1 * manager, manager)} or {@code round(avg(kpi, okr, manager), 2)}. Parsed once
 * into an immutable tree, then evaluated per employee; instances are immutable and thread-safe.
 *
 * <h2>The language</h2> Numbers ({@code 0.6}, {@code 120}), variables ({@code [a-z][a-zA-Z0-9_]*}, only those
 * whitelisted at parse time), {@code + - * /}, unary minus, parentheses, comparisons
 * {@code < <= > >= == !=} and {@code and}, {@code or}, {@code not}, and the functions {@code min(a, ...)},
 * {@code max(a, ...)}, {@code avg(a, ...)}, {@code round(x, digits)} (half up, {@code digits} a whole number
 * 0-10), {@code clamp(x, lo, hi)} and {@code if(condition, then, else)} (only the chosen branch is
 * evaluated). Conditions exist only where a condition is expected (the first argument of {@code if} and the
 * operands of {@code and/or/not}); a formula always yields a number. It is a sandbox by construction: there
 * are no strings, no member access, no other calls, no assignment, no loops, and the tokenizer rejects every
 * other character. At most {@value #MAX_LENGTH} characters, {@value #MAX_TOKENS} tokens and
 * {@value #MAX_DEPTH} levels of nesting (parentheses, calls, unary operators).
 *
 * <h2>Arithmetic</h2> {@link BigDecimal} only, each operation in {@link java.math.MathContext#DECIMAL64}, so
 * {@code 0.1 + 0.2 == 0.3} holds. Division by zero is an evaluation error
 * ({@code appraisal.formula.division-by-zero}), never infinity or zero.
 *
 * <h2>Missing components are normalised out, never counted as zero</h2> An employee may lack a component
 * (no self review, no OKRs): its value is absent from (or null in) the map given to {@link #evaluate}.
 * <ol>
 * <li><b>Weighted sum.</b> When the whole formula is a sum of at least two terms {@code w * v} (or
 * {@code v * w}, or a bare {@code v} with weight 1), each {@code w} a positive constant and each {@code v} a
 * variable, joined by {@code +} only, a term whose variable is missing is dropped and the remaining weights
 * are rescaled to the original total: {@code sum(present w*v) * total(w) / sum(present w)}. So
 * {@code 0.6*kpi + 0.3*manager + 0.1*self} without {@code self} is {@code (0.6*kpi + 0.3*manager) / 0.9}. When
 * every variable is missing, the result is not computable (naming all of them). Only the top level counts:
 * inside {@code round(...)} or any other expression the next rules apply.</li>
 * <li><b>{@code avg}, {@code min}, {@code max}</b> ignore arguments that cannot be computed because a
 * component is missing; if none can, the result is not computable.</li>
 * <li><b>Anywhere else</b> a missing variable makes the result not computable, naming the variable (the
 * first one met, left to right) - never zero. A missing variable in an {@code if} branch not taken does not
 * matter; in a condition it does, on both sides of {@code and}/{@code or}.</li>
 * </ol>
 */
public final class ScoreFormula {

	public static final int MAX_LENGTH = 500;

	public static final int MAX_TOKENS = 200;

	public static final int MAX_DEPTH = 32;

	private final String text;

	private final Set<String> variables;

	private final Node root;

	private final WeightedSum weightedSum;

	private ScoreFormula(String text, Set<String> variables, Node root, WeightedSum weightedSum) {
		this.text = text;
		this.variables = variables;
		this.root = root;
		this.weightedSum = weightedSum;
	}

	/**
	 * Parses a formula over the whitelisted variables.
	 * @throws FormulaException when the formula is not valid, with the key and 1-based position of the problem
	 * @throws IllegalArgumentException when a whitelisted name is itself not a valid variable name (a
	 * programming error, not HR input)
	 */
	public static ScoreFormula parse(String formula, Set<String> variables) {
		Set<String> whitelist = Set.copyOf(variables);
		for (String name : whitelist) {
			if (!Parser.VARIABLE.matcher(name).matches() || Parser.KEYWORDS.contains(name)
					|| Node.Function.named(name) != null) {
				throw new IllegalArgumentException("not a valid formula variable: " + name);
			}
		}
		String text = formula == null ? "" : formula;
		Node root = Parser.parse(text, whitelist);
		return new ScoreFormula(text, whitelist, root, WeightedSum.of(root, text).orElse(null));
	}

	/**
	 * Evaluates the formula for one employee's components (absent or null = missing, see the class comment).
	 * @throws FormulaException when evaluation cannot go on, e.g. {@code appraisal.formula.division-by-zero}
	 */
	public FormulaResult evaluate(Map<String, BigDecimal> components) {
		Objects.requireNonNull(components, "components");
		try {
			if (weightedSum != null) {
				List<String> missing = weightedSum.missing(components);
				if (!missing.isEmpty()) {
					Optional<BigDecimal> value = weightedSum.evaluate(components);
					return value.map(FormulaResult::computed).orElseGet(() -> FormulaResult.notComputable(missing));
				}
			}
			return FormulaResult.computed(new Evaluator(text, components).number(root));
		}
		catch (Evaluator.Missing missing) {
			return FormulaResult.notComputable(List.of(missing.variable));
		}
		catch (ArithmeticException overflow) {
			// only reachable with absurd magnitudes (exponent overflow); still an answer HR can act on
			throw new FormulaException("appraisal.formula.out-of-range", text, 1);
		}
	}

	/**
	 * Tries the formula on sample employees, e.g. while HR edits a template: per employee (same order) the
	 * score, or why there is none, including evaluation errors, which are returned rather than thrown.
	 */
	public List<FormulaResult> preview(List<Map<String, BigDecimal>> employees) {
		List<FormulaResult> results = new ArrayList<>(employees.size());
		for (Map<String, BigDecimal> components : employees) {
			try {
				results.add(evaluate(components));
			}
			catch (FormulaException error) {
				results.add(FormulaResult.failed(error));
			}
		}
		return List.copyOf(results);
	}

	/** The formula as written. */
	public String text() {
		return text;
	}

	/** The whitelisted variables it was parsed against. */
	public Set<String> variables() {
		return variables;
	}

	/** Whether missing components are normalised out by rescaling the weights (rule 1 of the class comment). */
	public boolean isWeightedSum() {
		return weightedSum != null;
	}

	@Override
	public String toString() {
		return text;
	}

}
