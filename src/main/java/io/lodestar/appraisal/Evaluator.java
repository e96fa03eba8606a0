package io.lodestar.appraisal;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Map;

import io.lodestar.appraisal.Node.Arithmetic;
import io.lodestar.appraisal.Node.Call;
import io.lodestar.appraisal.Node.Comparison;
import io.lodestar.appraisal.Node.Logical;
import io.lodestar.appraisal.Node.Negate;
import io.lodestar.appraisal.Node.Not;
import io.lodestar.appraisal.Node.Variable;

/**
 * Walks the tree with {@link BigDecimal} only, every operation in {@link MathContext#DECIMAL64} so that no
 * formula can grow numbers without bound. A missing component surfaces as {@link Missing}, which
 * {@code avg/min/max} swallow (they ignore missing arguments) and everything else lets through, so the
 * caller can say which component is missing instead of silently counting it as zero.
 */
final class Evaluator {

	static final MathContext MATH = MathContext.DECIMAL64;

	/** Rounding of {@code round}: half up, as HR rounds by hand and as the scoring module does. */
	static final RoundingMode ROUNDING = RoundingMode.HALF_UP;

	private final String formula;

	private final Map<String, BigDecimal> values;

	Evaluator(String formula, Map<String, BigDecimal> values) {
		this.formula = formula;
		this.values = values;
	}

	/** A component the formula needs is absent; carries no stack trace as it is ordinary control flow. */
	static final class Missing extends RuntimeException {

		private static final long serialVersionUID = 1L;

		final String variable;

		Missing(String variable) {
			super(variable, null, false, false);
			this.variable = variable;
		}

	}

	BigDecimal number(Node node) {
		if (node instanceof Node.Number number) {
			return number.value();
		}
		if (node instanceof Variable variable) {
			BigDecimal value = values.get(variable.name());
			if (value == null) {
				throw new Missing(variable.name());
			}
			return value;
		}
		if (node instanceof Negate negate) {
			return number(negate.operand()).negate(MATH);
		}
		if (node instanceof Arithmetic arithmetic) {
			return arithmetic(arithmetic);
		}
		if (node instanceof Call call) {
			return call(call);
		}
		// the parser's type check makes this unreachable; fail loudly rather than guess
		throw new IllegalStateException("not a number: " + node);
	}

	boolean truth(Node node) {
		if (node instanceof Comparison comparison) {
			int order = number(comparison.left()).compareTo(number(comparison.right()));
			return switch (comparison.operator()) {
				case "<" -> order < 0;
				case "<=" -> order <= 0;
				case ">" -> order > 0;
				case ">=" -> order >= 0;
				case "==" -> order == 0;
				case "!=" -> order != 0;
				default -> throw new IllegalStateException(comparison.operator());
			};
		}
		if (node instanceof Logical logical) {
			// both sides are always evaluated (like a spreadsheet AND/OR): a missing component in a condition
			// makes the result not computable whatever the other side says
			boolean left = truth(logical.left());
			boolean right = truth(logical.right());
			return logical.conjunction() ? left && right : left || right;
		}
		if (node instanceof Not not) {
			return !truth(not.operand());
		}
		throw new IllegalStateException("not a condition: " + node);
	}

	private BigDecimal arithmetic(Arithmetic arithmetic) {
		BigDecimal left = number(arithmetic.left());
		BigDecimal right = number(arithmetic.right());
		return switch (arithmetic.operator()) {
			case '+' -> left.add(right, MATH);
			case '-' -> left.subtract(right, MATH);
			case '*' -> left.multiply(right, MATH);
			case '/' -> {
				if (right.signum() == 0) {
					Node divisor = arithmetic.right();
					throw new FormulaException("appraisal.formula.division-by-zero", divisor.source(formula),
							divisor.position());
				}
				yield left.divide(right, MATH);
			}
			default -> throw new IllegalStateException(String.valueOf(arithmetic.operator()));
		};
	}

	private BigDecimal call(Call call) {
		var arguments = call.arguments();
		switch (call.function()) {
			case IF:
				// only the chosen branch is evaluated, so "if(okr == 0, kpi, kpi / okr)" works
				return truth(arguments.get(0)) ? number(arguments.get(1)) : number(arguments.get(2));
			case ROUND:
				return number(arguments.get(0)).setScale(((Node.Number) arguments.get(1)).value().intValueExact(),
						ROUNDING);
			case CLAMP: {
				BigDecimal value = number(arguments.get(0));
				BigDecimal low = number(arguments.get(1));
				BigDecimal high = number(arguments.get(2));
				if (low.compareTo(high) > 0) {
					throw new FormulaException("appraisal.formula.invalid-clamp", call.source(formula), call.position());
				}
				return value.max(low).min(high);
			}
			default:
				return aggregate(call);
		}
	}

	/** {@code min/max/avg} over the arguments that can be computed; missing components are left out. */
	private BigDecimal aggregate(Call call) {
		BigDecimal result = null;
		BigDecimal sum = BigDecimal.ZERO;
		int count = 0;
		Missing firstMissing = null;
		for (Node argument : call.arguments()) {
			BigDecimal value;
			try {
				value = number(argument);
			}
			catch (Missing missing) {
				firstMissing = firstMissing == null ? missing : firstMissing;
				continue;
			}
			count++;
			sum = sum.add(value, MATH);
			result = switch (call.function()) {
				case MIN -> result == null ? value : result.min(value);
				case MAX -> result == null ? value : result.max(value);
				default -> null;
			};
		}
		if (count == 0) {
			throw firstMissing;
		}
		return call.function() == Node.Function.AVG ? sum.divide(BigDecimal.valueOf(count), MATH) : result;
	}

}
