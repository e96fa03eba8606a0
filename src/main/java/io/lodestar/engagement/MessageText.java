package io.lodestar.engagement;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

import io.lodestar.platform.web.BusinessRuleException;

/**
 * The text of a feedback or support message: plain text, not blank, at most {@link #MAX} characters (counted
 * as the reader sees them, so an emoji is one), no control characters other than line breaks and tabs.
 * Forms and API requests validate with it; the services check again with {@link Rules#clean}.
 */
@Documented
@Constraint(validatedBy = MessageText.Validator.class)
@Target({ ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.METHOD })
@Retention(RetentionPolicy.RUNTIME)
public @interface MessageText {

	int MAX = 2000;

	String message() default "{engagement.message.invalid}";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

	/** The one place the rules live. */
	final class Rules {

		private Rules() {
		}

		/** The message key of what is wrong with the text, or null when it is acceptable. */
		static String problem(String text) {
			if (text == null || text.isBlank()) {
				return "engagement.message.required";
			}
			String normalised = normalise(text);
			if (normalised.codePointCount(0, normalised.length()) > MAX) {
				return "engagement.message.too-long";
			}
			if (normalised.chars().anyMatch(c -> Character.isISOControl(c) && c != '\n' && c != '\t')) {
				return "engagement.message.control-characters";
			}
			return null;
		}

		/** The text as stored: line breaks unified, surrounding blanks removed; refused when unacceptable. */
		public static String clean(String text, String field) {
			String problem = problem(text);
			if (problem != null) {
				throw BusinessRuleException.invalid(problem, field);
			}
			return normalise(text);
		}

		private static String normalise(String text) {
			return text.replace("\r\n", "\n").replace('\r', '\n').strip();
		}

	}

	/** Bean Validation adapter: reports the specific problem as the message. */
	class Validator implements ConstraintValidator<MessageText, String> {

		@Override
		public boolean isValid(String value, ConstraintValidatorContext context) {
			String problem = Rules.problem(value);
			if (problem == null) {
				return true;
			}
			context.disableDefaultConstraintViolation();
			context.buildConstraintViolationWithTemplate("{" + problem + "}").addConstraintViolation();
			return false;
		}

	}

}
