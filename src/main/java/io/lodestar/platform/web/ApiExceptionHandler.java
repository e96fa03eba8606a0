package io.lodestar.platform.web;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.validation.BindException;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;

import io.lodestar.platform.security.NoCompanySelectedException;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

/**
 * Turns every failure of a REST controller into an RFC 9457 problem detail: a stable {@code type}, a
 * localized {@code detail}, and for bad input an {@code errors} list naming each field. Never a stack
 * trace, class name or SQL.
 */
@RestControllerAdvice(annotations = RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiExceptionHandler {

	private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);

	private final Problems problems;

	private final Messages messages;

	ApiExceptionHandler(Problems problems, Messages messages) {
		this.problems = problems;
		this.messages = messages;
	}

	@ExceptionHandler(BindException.class)
	ProblemDetail invalidFields(BindException exception) {
		List<FieldError> errors = new ArrayList<>();
		exception.getFieldErrors()
			.forEach(error -> errors.add(new FieldError(error.getField(), error.getCode(),
					messages.get(error.getDefaultMessage() == null ? "platform.validation.invalid"
							: unwrap(error.getDefaultMessage())))));
		exception.getGlobalErrors()
			.forEach(error -> errors.add(new FieldError(null, error.getCode(),
					messages.get(unwrap(String.valueOf(error.getDefaultMessage()))))));
		return problems.withErrors(problems.of(HttpStatus.BAD_REQUEST, "validation", "platform.problem.validation"),
				errors);
	}

	@ExceptionHandler(HandlerMethodValidationException.class)
	ProblemDetail invalidParameters(HandlerMethodValidationException exception) {
		List<FieldError> errors = exception.getParameterValidationResults()
			.stream()
			.flatMap(result -> result.getResolvableErrors()
				.stream()
				.map(error -> new FieldError(result.getMethodParameter().getParameterName(),
						error.getCodes() == null ? null : error.getCodes()[0],
						messages.get(unwrap(String.valueOf(error.getDefaultMessage()))))))
			.collect(Collectors.toList());
		return problems.withErrors(problems.of(HttpStatus.BAD_REQUEST, "validation", "platform.problem.validation"),
				errors);
	}

	@ExceptionHandler(HttpMessageNotReadableException.class)
	ProblemDetail unreadableBody(HttpMessageNotReadableException exception) {
		Throwable cause = exception.getCause();
		if (cause instanceof UnrecognizedPropertyException unknown) {
			return problems.withErrors(
					problems.of(HttpStatus.BAD_REQUEST, "malformed-request", "platform.problem.unknown-field",
							unknown.getPropertyName()),
					List.of(new FieldError(unknown.getPropertyName(), "unknown-field",
							messages.get("platform.problem.unknown-field", unknown.getPropertyName()))));
		}
		if (cause instanceof DatabindException databind && !databind.getPath().isEmpty()) {
			String field = databind.getPath()
				.stream()
				.map(reference -> reference.getPropertyName() != null ? reference.getPropertyName()
						: "[" + reference.getIndex() + "]")
				.collect(Collectors.joining("."))
				.replace(".[", "[");
			return problems.withErrors(
					problems.of(HttpStatus.BAD_REQUEST, "malformed-request", "platform.problem.wrong-type", field),
					List.of(new FieldError(field, "wrong-type", messages.get("platform.problem.wrong-type", field))));
		}
		if (cause instanceof JacksonException) {
			return problems.of(HttpStatus.BAD_REQUEST, "malformed-request", "platform.problem.malformed-json");
		}
		return problems.of(HttpStatus.BAD_REQUEST, "malformed-request", "platform.problem.body-missing");
	}

	@ExceptionHandler(MethodArgumentTypeMismatchException.class)
	ProblemDetail wrongParameterType(MethodArgumentTypeMismatchException exception) {
		return problems.withErrors(
				problems.of(HttpStatus.BAD_REQUEST, "malformed-request", "platform.problem.wrong-type",
						exception.getName()),
				List.of(new FieldError(exception.getName(), "wrong-type",
						messages.get("platform.problem.wrong-type", exception.getName()))));
	}

	@ExceptionHandler(MissingServletRequestParameterException.class)
	ProblemDetail missingParameter(MissingServletRequestParameterException exception) {
		return problems.withErrors(
				problems.of(HttpStatus.BAD_REQUEST, "validation", "platform.problem.missing-parameter",
						exception.getParameterName()),
				List.of(new FieldError(exception.getParameterName(), "required",
						messages.get("platform.problem.missing-parameter", exception.getParameterName()))));
	}

	@ExceptionHandler(MissingServletRequestPartException.class)
	ProblemDetail missingPart(MissingServletRequestPartException exception) {
		return problems.withErrors(
				problems.of(HttpStatus.BAD_REQUEST, "validation", "platform.problem.missing-parameter",
						exception.getRequestPartName()),
				List.of(new FieldError(exception.getRequestPartName(), "required",
						messages.get("platform.problem.missing-parameter", exception.getRequestPartName()))));
	}

	@ExceptionHandler(MaxUploadSizeExceededException.class)
	ProblemDetail tooLarge(MaxUploadSizeExceededException exception) {
		return problems.of(HttpStatus.CONTENT_TOO_LARGE, "payload-too-large", "platform.problem.payload-too-large");
	}

	@ExceptionHandler(MultipartException.class)
	ProblemDetail badMultipart(MultipartException exception) {
		return problems.of(HttpStatus.BAD_REQUEST, "malformed-request", "platform.problem.bad-multipart");
	}

	@ExceptionHandler(HttpRequestMethodNotSupportedException.class)
	ProblemDetail methodNotAllowed(HttpRequestMethodNotSupportedException exception) {
		return problems.of(HttpStatus.METHOD_NOT_ALLOWED, "method-not-allowed", "platform.problem.method-not-allowed",
				exception.getMethod());
	}

	@ExceptionHandler(HttpMediaTypeNotSupportedException.class)
	ProblemDetail unsupportedMediaType(HttpMediaTypeNotSupportedException exception) {
		return problems.of(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "unsupported-media-type",
				"platform.problem.unsupported-media-type");
	}

	@ExceptionHandler(HttpMediaTypeNotAcceptableException.class)
	ProblemDetail notAcceptable(HttpMediaTypeNotAcceptableException exception) {
		return problems.of(HttpStatus.NOT_ACCEPTABLE, "not-acceptable", "platform.problem.not-acceptable");
	}

	@ExceptionHandler(NotFoundException.class)
	ProblemDetail notFound(NotFoundException exception) {
		return problems.of(HttpStatus.NOT_FOUND, "not-found", "platform.problem.not-found",
				messages.get("platform.entity." + exception.entity()));
	}

	@ExceptionHandler(BusinessRuleException.class)
	ProblemDetail businessRule(BusinessRuleException exception) {
		return problems.businessRule(exception);
	}

	/** A batch refused whole: every refused item with its index, field and a message in the caller's language. */
	@ExceptionHandler(IndexedProblemsException.class)
	ProblemDetail rejectedItems(IndexedProblemsException exception) {
		List<IndexedError> errors = exception.indexedProblems()
			.stream()
			.map(problem -> new IndexedError(problem.index(), problem.field(), problem.code(),
					messages.get(problem.code(), problem.arguments().toArray())))
			.toList();
		long items = errors.stream().mapToInt(IndexedError::index).distinct().count();
		ProblemDetail problem = problems.of(HttpStatus.UNPROCESSABLE_CONTENT, "items-rejected",
				"platform.problem.items-rejected", items);
		problem.setProperty("errors", errors);
		return problem;
	}

	@ExceptionHandler(InvalidSortException.class)
	ProblemDetail invalidSort(InvalidSortException exception) {
		return problems.withErrors(
				problems.of(HttpStatus.BAD_REQUEST, "validation", "platform.problem.invalid-sort",
						exception.requested(), exception.allowed()),
				List.of(new FieldError("sort", "invalid-sort", messages.get("platform.problem.invalid-sort",
						exception.requested(), exception.allowed()))));
	}

	@ExceptionHandler(OptimisticLockingFailureException.class)
	ProblemDetail concurrentChange(OptimisticLockingFailureException exception) {
		return problems.of(HttpStatus.CONFLICT, "conflict", "platform.problem.concurrent-change");
	}

	@ExceptionHandler(DataIntegrityViolationException.class)
	ProblemDetail integrity(DataIntegrityViolationException exception) {
		log.warn("Data integrity violation reached the API: {}", exception.getMostSpecificCause().getMessage());
		return problems.of(HttpStatus.CONFLICT, "conflict", "platform.problem.integrity");
	}

	@ExceptionHandler(AccessDeniedException.class)
	ProblemDetail forbidden(AccessDeniedException exception) {
		return problems.of(HttpStatus.FORBIDDEN, "forbidden", "platform.problem.forbidden");
	}

	@ExceptionHandler(NoCompanySelectedException.class)
	ProblemDetail noCompany(NoCompanySelectedException exception) {
		return problems.of(HttpStatus.CONFLICT, "no-company-selected", "platform.problem.no-company-selected");
	}

	@ExceptionHandler(Exception.class)
	ProblemDetail unexpected(Exception exception) {
		if (UploadLimits.exceeded(exception)) {
			return problems.of(HttpStatus.CONTENT_TOO_LARGE, "payload-too-large", "platform.problem.payload-too-large");
		}
		String reference = UUID.randomUUID().toString();
		log.error("Unexpected error, reference {}", reference, exception);
		ProblemDetail problem = problems.of(HttpStatus.INTERNAL_SERVER_ERROR, "internal", "platform.problem.internal",
				reference);
		problem.setProperty("reference", reference);
		return problem;
	}

	/** Bean Validation messages are written as {@code {key}}; the key is looked up in our bundles. */
	static String unwrap(String message) {
		if (message.startsWith("{") && message.endsWith("}")) {
			return message.substring(1, message.length() - 1);
		}
		return message;
	}

}
