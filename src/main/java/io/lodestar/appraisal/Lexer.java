package io.lodestar.appraisal;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a formula into tokens. Deliberately tiny: anything that is not a number, a name, one of the
 * arithmetic and comparison operators, a parenthesis or a comma is rejected here, so quotes, dots outside
 * numbers, brackets, braces, {@code #}, {@code $}, {@code =} and {@code ;} can never reach the parser.
 */
final class Lexer {

	enum Kind {
		NUMBER, NAME, OPERATOR, LEFT, RIGHT, COMMA, END
	}

	/** A token; {@code position} is 1-based, as shown to HR. */
	record Token(Kind kind, String text, int position) {

		boolean is(String symbol) {
			return (kind == Kind.OPERATOR || kind == Kind.LEFT || kind == Kind.RIGHT || kind == Kind.COMMA
					|| kind == Kind.NAME) && text.equals(symbol);
		}

	}

	private Lexer() {
	}

	static List<Token> tokenize(String formula) {
		List<Token> tokens = new ArrayList<>();
		int i = 0;
		int length = formula.length();
		while (i < length) {
			char c = formula.charAt(i);
			int start = i;
			if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
				i++;
				continue;
			}
			if (isDigit(c)) {
				while (i < length && isDigit(formula.charAt(i))) {
					i++;
				}
				if (i < length && formula.charAt(i) == '.') {
					i++;
					// "1." or "1.x": a dot must be followed by digits, it is never member access
					if (i >= length || !isDigit(formula.charAt(i))) {
						throw new FormulaException("appraisal.formula.invalid-number", formula.substring(start, i),
								start + 1);
					}
					while (i < length && isDigit(formula.charAt(i))) {
						i++;
					}
				}
				add(tokens, Kind.NUMBER, formula.substring(start, i), start);
			}
			else if (isLetter(c)) {
				// names are read widely (upper case, underscores) so that "Runtime" or "T" is reported as an
				// unknown name at its position rather than as a stray character
				while (i < length && (isLetter(formula.charAt(i)) || isDigit(formula.charAt(i))
						|| formula.charAt(i) == '_')) {
					i++;
				}
				add(tokens, Kind.NAME, formula.substring(start, i), start);
			}
			else if (c == '(' || c == ')' || c == ',') {
				add(tokens, c == '(' ? Kind.LEFT : c == ')' ? Kind.RIGHT : Kind.COMMA, String.valueOf(c), start);
				i++;
			}
			else if (c == '+' || c == '-' || c == '*' || c == '/') {
				add(tokens, Kind.OPERATOR, String.valueOf(c), start);
				i++;
			}
			else if (c == '<' || c == '>' || c == '=' || c == '!') {
				boolean twoChars = i + 1 < length && formula.charAt(i + 1) == '=';
				if ((c == '=' || c == '!') && !twoChars) {
					// "a = 1" (assignment) and "!x" are not part of the language
					throw new FormulaException("appraisal.formula.unexpected-character", String.valueOf(c), start + 1);
				}
				i += twoChars ? 2 : 1;
				add(tokens, Kind.OPERATOR, formula.substring(start, i), start);
			}
			else {
				throw new FormulaException("appraisal.formula.unexpected-character",
						new String(Character.toChars(formula.codePointAt(i))), start + 1);
			}
		}
		tokens.add(new Token(Kind.END, "", length + 1));
		return tokens;
	}

	private static void add(List<Token> tokens, Kind kind, String text, int start) {
		if (tokens.size() == ScoreFormula.MAX_TOKENS) {
			throw new FormulaException("appraisal.formula.too-many-tokens", text, start + 1);
		}
		tokens.add(new Token(kind, text, start + 1));
	}

	private static boolean isDigit(char c) {
		return c >= '0' && c <= '9';
	}

	private static boolean isLetter(char c) {
		return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
	}

}
