package io.lodestar.okr.web;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;

import io.lodestar.platform.web.BusinessRuleException;
import io.lodestar.platform.web.FormErrors;
import io.lodestar.platform.web.Messages;

/**
 * A refusal on the objective page. Unacceptable input (a reason is missing, the story is required) goes next to
 * its field in the form that was sent; a conflict with the current state (the objective or its cycle moved on
 * since the page was loaded, so the form sent may no longer be shown) goes at the top of the page.
 */
@Component
class PageErrors {

	static final String ATTRIBUTE = "pageError";

	private final Messages messages;

	PageErrors(Messages messages) {
		this.messages = messages;
	}

	void reject(BindingResult result, Model model, BusinessRuleException refused) {
		if (refused.kind() == BusinessRuleException.Kind.INVALID && refused.field() != null && result.getTarget() != null
				&& hasField(result.getTarget().getClass(), refused.field())) {
			FormErrors.reject(result, refused);
		}
		else {
			model.addAttribute(ATTRIBUTE, messages.get(refused.code(), refused.arguments()));
		}
	}

	void page(Model model, String code, Object... arguments) {
		model.addAttribute(ATTRIBUTE, messages.get(code, arguments));
	}

	private static boolean hasField(Class<?> type, String field) {
		if (type.isRecord()) {
			for (var component : type.getRecordComponents()) {
				if (component.getName().equals(field)) {
					return true;
				}
			}
			return false;
		}
		return org.springframework.beans.BeanUtils.getPropertyDescriptor(type, field) != null;
	}

}
