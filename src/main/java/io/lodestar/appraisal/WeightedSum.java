package io.lodestar.appraisal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.lodestar.appraisal.Node.Arithmetic;
import io.lodestar.appraisal.Node.Variable;

/**
 * A formula whose whole body is {@code w1 * v1 + w2 * v2 + ...}: the shape in which a missing component can be
 * normalised out by giving its weight to the others in proportion. Recognised once, at parse time.
 *
 * <p>A term is {@code w * v}, {@code v * w} or a bare {@code v} (weight 1), where {@code v} is a variable and
 * {@code w} a constant expression (e.g. {@code 0.6} or {@code 1 / 3}) with a positive value; terms are joined
 * by {@code +} only, and there are at least two. Anything else (a subtraction, a constant term, a negative
 * weight) is not a weighted sum, because rescaling would change what such a formula means.
 */
record WeightedSum(List<Term> terms, BigDecimal totalWeight) {

	record Term(BigDecimal weight, String variable) {
	}

	WeightedSum {
		terms = List.copyOf(terms);
	}

	static Optional<WeightedSum> of(Node root, String formula) {
		List<Node> parts = new ArrayList<>();
		flatten(root, parts);
		if (parts.size() < 2) {
			return Optional.empty();
		}
		List<Term> terms = new ArrayList<>();
		BigDecimal total = BigDecimal.ZERO;
		for (Node part : parts) {
			Term term = term(part, formula);
			if (term == null) {
				return Optional.empty();
			}
			terms.add(term);
			total = total.add(term.weight(), Evaluator.MATH);
		}
		return Optional.of(new WeightedSum(terms, total));
	}

	/**
	 * The value with missing terms dropped and the remaining weights scaled back up to the total:
	 * {@code sum(present w*v) * total / sum(present w)}. Empty when every component is missing.
	 */
	Optional<BigDecimal> evaluate(Map<String, BigDecimal> values) {
		BigDecimal sum = BigDecimal.ZERO;
		BigDecimal presentWeight = BigDecimal.ZERO;
		for (Term term : terms) {
			BigDecimal value = values.get(term.variable());
			if (value != null) {
				sum = sum.add(term.weight().multiply(value, Evaluator.MATH), Evaluator.MATH);
				presentWeight = presentWeight.add(term.weight(), Evaluator.MATH);
			}
		}
		if (presentWeight.signum() == 0) {
			return Optional.empty();
		}
		return Optional.of(sum.multiply(totalWeight, Evaluator.MATH).divide(presentWeight, Evaluator.MATH));
	}

	List<String> missing(Map<String, BigDecimal> values) {
		LinkedHashSet<String> missing = new LinkedHashSet<>();
		terms.stream().map(Term::variable).filter(name -> values.get(name) == null).forEach(missing::add);
		return List.copyOf(missing);
	}

	private static void flatten(Node node, List<Node> parts) {
		if (node instanceof Arithmetic sum && sum.operator() == '+') {
			flatten(sum.left(), parts);
			flatten(sum.right(), parts);
		}
		else {
			parts.add(node);
		}
	}

	private static Term term(Node node, String formula) {
		if (node instanceof Variable variable) {
			return new Term(BigDecimal.ONE, variable.name());
		}
		if (node instanceof Arithmetic product && product.operator() == '*') {
			if (product.right() instanceof Variable variable) {
				return weighted(product.left(), variable, formula);
			}
			if (product.left() instanceof Variable variable) {
				return weighted(product.right(), variable, formula);
			}
		}
		return null;
	}

	private static Term weighted(Node weight, Variable variable, String formula) {
		BigDecimal value;
		try {
			// a constant has no variables, so evaluating it without any values either succeeds or is not one
			value = new Evaluator(formula, Map.of()).number(weight);
		}
		catch (Evaluator.Missing | FormulaException | ArithmeticException notAConstant) {
			return null;
		}
		return value.signum() > 0 ? new Term(value, variable.name()) : null;
	}

}
