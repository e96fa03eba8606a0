package io.lodestar.kpi.web;

import java.util.Set;
import java.util.function.Supplier;

import io.lodestar.platform.web.BusinessRuleException;

/**
 * The services name configuration fields as in {@code KpiConfig} ({@code target}); a client should see the
 * field of the request it sent ({@code config.target}), as Bean Validation reports it.
 */
final class ConfigFields {

	private static final Set<String> FIELDS = Set.of("unit", "direction", "method", "aggregation", "frequency",
			"baseline", "target", "stretch", "rangeLow", "rangeHigh", "inclusive", "tolerance", "steps", "cap", "floor",
			"weight", "selfReported");

	private ConfigFields() {
	}

	static <T> T inRequestTerms(Supplier<T> work) {
		try {
			return work.get();
		}
		catch (BusinessRuleException violation) {
			if (violation.field() == null || !FIELDS.contains(violation.field())) {
				throw violation;
			}
			throw new BusinessRuleException(violation.kind(), violation.code(), "config." + violation.field(),
					violation.arguments());
		}
	}

}
