package io.lodestar.scoring;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Why a completion is what it is, in a form the UI can render in any language: a formula message key
 * (e.g. {@code scoring.formula.progress}) with the named inputs it uses (actual, baseline, target...), the
 * substituted expression in plain maths (e.g. "(7 − 3.5) / (7 − 4) = 1.1667"), and notes such as
 * "capped at 1.2" as message keys with arguments.
 */
public record Explanation(String formulaKey, Map<String, BigDecimal> inputs, String expression, List<Note> notes) {

	public Explanation {
		inputs = inputs == null ? Map.of() : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(inputs));
		notes = notes == null ? List.of() : List.copyOf(notes);
	}

	/** A remark such as {@code scoring.note.capped} with its arguments. */
	public record Note(String key, List<String> arguments) {

		public Note {
			arguments = arguments == null ? List.of() : List.copyOf(arguments);
		}

	}

}
