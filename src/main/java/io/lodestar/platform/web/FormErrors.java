package io.lodestar.platform.web;

import org.springframework.validation.BindingResult;

/**
 * Puts a business rule violation on an HTML form: next to its field when the form has that field,
 * otherwise at the top of the form. The message is resolved in the user's language when rendered.
 */
public final class FormErrors {

	private FormErrors() {
	}

	public static void reject(BindingResult result, BusinessRuleException violation) {
		String field = violation.field();
		if (field != null && result.getTarget() != null
				&& org.springframework.beans.BeanUtils.getPropertyDescriptor(result.getTarget().getClass(), field) != null) {
			result.rejectValue(field, violation.code(), violation.arguments(), violation.code());
		}
		else if (field != null && result.getTarget() != null && hasRecordComponent(result.getTarget().getClass(), field)) {
			result.rejectValue(field, violation.code(), violation.arguments(), violation.code());
		}
		else {
			result.reject(violation.code(), violation.arguments(), violation.code());
		}
	}

	private static boolean hasRecordComponent(Class<?> type, String name) {
		if (!type.isRecord()) {
			return false;
		}
		for (var component : type.getRecordComponents()) {
			if (component.getName().equals(name)) {
				return true;
			}
		}
		return false;
	}

}
