package io.lodestar.appraisal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import io.lodestar.appraisal.Lexer.Kind;
import io.lodestar.appraisal.Lexer.Token;
import io.lodestar.appraisal.Node.Function;

/**
 * Recursive descent over the tokens, lowest precedence first:
 *
 * <pre>
 * formula        = or END                       (must be a number)
 * or             = and { "or" and }
 * and            = not { "and" not }
 * not            = "not" not | comparison
 * comparison     = additive [ ("<" | "<=" | ">" | ">=" | "==" | "!=") additive ]
 * additive       = multiplicative { ("+" | "-") multiplicative }
 * multiplicative = unary { ("*" | "/") unary }
 * unary          = "-" unary | primary
 * primary        = NUMBER | function "(" or { "," or } ")" | variable | "(" or ")"
 * </pre>
 *
 * Types are checked while building the tree, so a condition can only appear where one is expected (the
 * first argument of {@code if}, operands of {@code and}/{@code or}/{@code not}) and evaluation never meets
 * a type error. Comparisons do not chain ({@code a < b < c} is rejected) because HR would read it as
 * mathematics, not as {@code (a < b) < c}.
 */
final class Parser {

	static final Pattern VARIABLE = Pattern.compile("[a-z][a-zA-Z0-9_]*");

	static final Set<String> COMPARISONS = Set.of("<", "<=", ">", ">=", "==", "!=");

	static final Set<String> KEYWORDS = Set.of("and", "or", "not");

	/** Decimals {@code round} may ask for: more would only show noise of the arithmetic. */
	static final int MAX_DIGITS = 10;

	private final List<Token> tokens;

	private final Set<String> variables;

	private final String formula;

	private int next;

	private int depth;

	private Parser(String formula, List<Token> tokens, Set<String> variables) {
		this.formula = formula;
		this.tokens = tokens;
		this.variables = variables;
	}

	static Node parse(String formula, Set<String> variables) {
		if (formula.length() > ScoreFormula.MAX_LENGTH) {
			throw new FormulaException("appraisal.formula.too-long", formula.substring(ScoreFormula.MAX_LENGTH),
					ScoreFormula.MAX_LENGTH + 1);
		}
		if (formula.isBlank()) {
			throw new FormulaException("appraisal.formula.empty", "", 1);
		}
		Parser parser = new Parser(formula, Lexer.tokenize(formula), variables);
		Node result = parser.or();
		Token rest = parser.peek();
		if (rest.kind() != Kind.END) {
			throw unexpected(rest);
		}
		return parser.number(result);
	}

	private Node or() {
		Node left = and();
		while (peek().is("or")) {
			take();
			Node right = and();
			left = new Node.Logical(false, condition(left), condition(right), left.position(), right.end());
		}
		return left;
	}

	private Node and() {
		Node left = not();
		while (peek().is("and")) {
			take();
			Node right = not();
			left = new Node.Logical(true, condition(left), condition(right), left.position(), right.end());
		}
		return left;
	}

	private Node not() {
		if (peek().is("not")) {
			Token not = take();
			enter(not);
			Node operand = not();
			depth--;
			return new Node.Not(condition(operand), not.position(), operand.end());
		}
		return comparison();
	}

	private Node comparison() {
		Node left = additive();
		Token operator = peek();
		if (operator.kind() == Kind.OPERATOR && COMPARISONS.contains(operator.text())) {
			take();
			Node right = additive();
			return new Node.Comparison(operator.text(), number(left), number(right), left.position(), right.end());
		}
		return left;
	}

	private Node additive() {
		Node left = multiplicative();
		while (peek().is("+") || peek().is("-")) {
			Token operator = take();
			Node right = multiplicative();
			left = new Node.Arithmetic(operator.text().charAt(0), number(left), number(right), operator.position(),
					left.position(), right.end());
		}
		return left;
	}

	private Node multiplicative() {
		Node left = unary();
		while (peek().is("*") || peek().is("/")) {
			Token operator = take();
			Node right = unary();
			left = new Node.Arithmetic(operator.text().charAt(0), number(left), number(right), operator.position(),
					left.position(), right.end());
		}
		return left;
	}

	private Node unary() {
		if (peek().is("-")) {
			Token minus = take();
			enter(minus);
			Node operand = unary();
			depth--;
			return new Node.Negate(number(operand), minus.position(), operand.end());
		}
		return primary();
	}

	private Node primary() {
		Token token = take();
		switch (token.kind()) {
			case NUMBER:
				return new Node.Number(new BigDecimal(token.text()), token.position(), end(token));
			case LEFT: {
				enter(token);
				Node inner = or();
				expect(Kind.RIGHT);
				depth--;
				return inner;
			}
			case NAME:
				if (peek().kind() == Kind.LEFT) {
					return call(token);
				}
				if (KEYWORDS.contains(token.text())) {
					throw unexpected(token);
				}
				if (!VARIABLE.matcher(token.text()).matches() || !variables.contains(token.text())) {
					throw new FormulaException("appraisal.formula.unknown-variable", token.text(), token.position());
				}
				return new Node.Variable(token.text(), token.position(), end(token));
			default:
				throw unexpected(token);
		}
	}

	private Node call(Token name) {
		Function function = Function.named(name.text());
		if (function == null) {
			throw new FormulaException("appraisal.formula.unknown-function", name.text(), name.position());
		}
		Token open = take();
		enter(open);
		List<Node> arguments = new ArrayList<>();
		arguments.add(or());
		while (peek().kind() == Kind.COMMA) {
			take();
			arguments.add(or());
		}
		Token close = expect(Kind.RIGHT);
		depth--;
		if (arguments.size() < function.minArguments || arguments.size() > function.maxArguments) {
			throw new FormulaException("appraisal.formula.wrong-argument-count", name.text(), name.position());
		}
		for (int i = 0; i < arguments.size(); i++) {
			Node argument = arguments.get(i);
			if (function == Function.IF && i == 0) {
				condition(argument);
			}
			else {
				number(argument);
			}
		}
		if (function == Function.ROUND) {
			digits(arguments.get(1));
		}
		return new Node.Call(function, arguments, name.position(), end(close));
	}

	/** Decimals of {@code round} are a literal whole number, so a formula cannot ask for a million of them. */
	private void digits(Node node) {
		boolean valid = node instanceof Node.Number number && number.value().stripTrailingZeros().scale() <= 0
				&& number.value().compareTo(BigDecimal.valueOf(MAX_DIGITS)) <= 0;
		if (!valid) {
			throw new FormulaException("appraisal.formula.invalid-digits", text(node), node.position());
		}
	}

	private Node number(Node node) {
		if (node.isCondition()) {
			throw new FormulaException("appraisal.formula.not-a-number", text(node), node.position());
		}
		return node;
	}

	private Node condition(Node node) {
		if (!node.isCondition()) {
			throw new FormulaException("appraisal.formula.not-a-condition", text(node), node.position());
		}
		return node;
	}

	private void enter(Token token) {
		if (++depth > ScoreFormula.MAX_DEPTH) {
			throw new FormulaException("appraisal.formula.too-deep", token.text(), token.position());
		}
	}

	private Token expect(Kind kind) {
		Token token = take();
		if (token.kind() != kind) {
			throw unexpected(token);
		}
		return token;
	}

	private Token peek() {
		return tokens.get(next);
	}

	private Token take() {
		Token token = tokens.get(next);
		if (token.kind() != Kind.END) {
			next++;
		}
		return token;
	}

	private String text(Node node) {
		return node.source(formula);
	}

	private static FormulaException unexpected(Token token) {
		if (token.kind() == Kind.END) {
			return new FormulaException("appraisal.formula.unexpected-end", "", token.position());
		}
		return new FormulaException("appraisal.formula.unexpected-token", token.text(), token.position());
	}

	private static int end(Token token) {
		return token.position() - 1 + token.text().length();
	}

}
