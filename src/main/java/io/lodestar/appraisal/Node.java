package io.lodestar.appraisal;

import java.math.BigDecimal;
import java.util.List;

/**
 * The immutable syntax tree of a formula. Every node knows where it came from ({@code position} is 1-based,
 * {@code end} is the index just after its last character) so that evaluation errors can quote the formula.
 * Types are checked by the parser: {@link #isCondition()} nodes only ever appear where a condition is expected.
 */
sealed interface Node {

	int position();

	int end();

	default boolean isCondition() {
		return false;
	}

	default String source(String formula) {
		return formula.substring(position() - 1, end());
	}

	record Number(BigDecimal value, int position, int end) implements Node {
	}

	record Variable(String name, int position, int end) implements Node {
	}

	record Negate(Node operand, int position, int end) implements Node {
	}

	/** {@code + - * /}; {@code operatorPosition} points a division by zero at its {@code /}. */
	record Arithmetic(char operator, Node left, Node right, int operatorPosition, int position, int end)
			implements Node {
	}

	record Comparison(String operator, Node left, Node right, int position, int end) implements Node {

		@Override
		public boolean isCondition() {
			return true;
		}

	}

	/** {@code and} when {@code conjunction}, else {@code or}. */
	record Logical(boolean conjunction, Node left, Node right, int position, int end) implements Node {

		@Override
		public boolean isCondition() {
			return true;
		}

	}

	record Not(Node operand, int position, int end) implements Node {

		@Override
		public boolean isCondition() {
			return true;
		}

	}

	record Call(Function function, List<Node> arguments, int position, int end) implements Node {

		public Call {
			arguments = List.copyOf(arguments);
		}

	}

	/** The whitelisted functions; nothing else can be called. */
	enum Function {

		MIN(1, Integer.MAX_VALUE), MAX(1, Integer.MAX_VALUE), AVG(1, Integer.MAX_VALUE), ROUND(2, 2), CLAMP(3, 3),
		IF(3, 3);

		final int minArguments;

		final int maxArguments;

		Function(int minArguments, int maxArguments) {
			this.minArguments = minArguments;
			this.maxArguments = maxArguments;
		}

		static Function named(String name) {
			for (Function function : values()) {
				if (function.name().toLowerCase(java.util.Locale.ROOT).equals(name)) {
					return function;
				}
			}
			return null;
		}

	}

}
