package io.lodestar.appraisal.web;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.ui.Model;

import io.lodestar.platform.web.BusinessRuleException;
import io.lodestar.platform.web.Messages;

/**
 * Refusals on the appraisal pages, resolved in the reader's language: next to the field the service named
 * (rows and weights are one field each: "weights.kpi" belongs to "weights"), else at the top of the page. The
 * template form is not a bean the binder knows field by field, so the messages go in the model as a map.
 */
final class FieldErrors {

	static final String FIELDS = "fieldErrors";

	static final String PAGE = "pageError";

	private FieldErrors() {
	}

	static void add(Model model, Messages messages, BusinessRuleException refused, java.util.Set<String> fields) {
		String field = refused.field() == null ? null : refused.field().split("\\.")[0];
		String text = messages.get(refused.code(), refused.arguments());
		if (field != null && fields.contains(field)) {
			Map<String, String> errors = new LinkedHashMap<>();
			errors.put(field, text);
			model.addAttribute(FIELDS, errors);
		}
		else {
			model.addAttribute(PAGE, text);
		}
	}

}
