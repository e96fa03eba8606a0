package io.lodestar.kpi;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import io.lodestar.platform.web.BusinessRuleException;
import io.lodestar.scoring.PiecewiseStep;

/**
 * The text form of a piecewise table, as stored and as typed in forms: {@code from=completion} or
 * {@code from=xfactor}, separated by {@code ;}. Example: {@code 0.9=1; 0.8=x0.8; 0.6=0.6; 0=0}.
 */
public final class PiecewiseSteps {

	private PiecewiseSteps() {
	}

	public static String format(List<PiecewiseStep> steps) {
		if (steps == null || steps.isEmpty()) {
			return null;
		}
		return steps.stream()
			.map(step -> plain(step.from()) + "="
					+ (step.fixed() != null ? plain(step.fixed()) : "x" + plain(step.factor())))
			.collect(Collectors.joining("; "));
	}

	public static List<PiecewiseStep> parse(String text) {
		List<PiecewiseStep> steps = new ArrayList<>();
		if (text == null || text.isBlank()) {
			return steps;
		}
		for (String part : text.split(";")) {
			if (part.isBlank()) {
				continue;
			}
			String[] sides = part.split("=", 2);
			try {
				BigDecimal from = new BigDecimal(sides[0].strip());
				String right = sides[1].strip();
				steps.add(right.startsWith("x") || right.startsWith("×")
						? new PiecewiseStep(from, null, new BigDecimal(right.substring(1).strip()))
						: new PiecewiseStep(from, new BigDecimal(right), null));
			}
			catch (RuntimeException malformed) {
				throw BusinessRuleException.invalid("kpi.piecewise.malformed", "steps", part.strip());
			}
		}
		return steps;
	}

	private static String plain(BigDecimal value) {
		return value.stripTrailingZeros().toPlainString();
	}

}
