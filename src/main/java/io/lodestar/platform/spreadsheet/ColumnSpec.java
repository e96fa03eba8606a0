package io.lodestar.platform.spreadsheet;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * A column an importer understands.
 *
 * @param key the importer's name for it
 * @param labelKey message key of its name, used when reporting that it is missing
 * @param names every header accepted for it (both languages and common synonyms); compared after
 * {@link HeaderMatcher#normalise}
 * @param required the file must have this column
 * @param informational accepted but ignored (e.g. a unit name next to the unit code in an export)
 */
public record ColumnSpec(String key, String labelKey, Set<String> names, boolean required, boolean informational) {

	public ColumnSpec {
		Set<String> normalised = new LinkedHashSet<>();
		names.forEach(name -> normalised.add(HeaderMatcher.normalise(name)));
		normalised.remove("");
		names = Set.copyOf(normalised);
	}

	public static ColumnSpec required(String key, String labelKey, Collection<String> names) {
		return new ColumnSpec(key, labelKey, Set.copyOf(names), true, false);
	}

	public static ColumnSpec optional(String key, String labelKey, Collection<String> names) {
		return new ColumnSpec(key, labelKey, Set.copyOf(names), false, false);
	}

	public static ColumnSpec informational(String key, String labelKey, Collection<String> names) {
		return new ColumnSpec(key, labelKey, Set.copyOf(names), false, true);
	}

}
