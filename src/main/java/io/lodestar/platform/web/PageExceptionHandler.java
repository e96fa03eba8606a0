package io.lodestar.platform.web;

import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.ModelAndView;

import io.lodestar.platform.security.NoCompanySelectedException;

/**
 * Failures of HTML controllers become a page (or, for htmx, a fragment) in the user's language that says
 * what went wrong and what to do next. Forms handle their own field errors before this is reached.
 */
@ControllerAdvice(annotations = Controller.class)
@Order(Ordered.LOWEST_PRECEDENCE - 10)
class PageExceptionHandler {

	private static final Logger log = LoggerFactory.getLogger(PageExceptionHandler.class);

	private final Messages messages;

	PageExceptionHandler(Messages messages) {
		this.messages = messages;
	}

	@ExceptionHandler(NotFoundException.class)
	ModelAndView notFound(NotFoundException exception, HttpServletRequest request) {
		return page(request, HttpStatus.NOT_FOUND, "platform.error.not-found");
	}

	@ExceptionHandler(AccessDeniedException.class)
	ModelAndView forbidden(AccessDeniedException exception, HttpServletRequest request) {
		return page(request, HttpStatus.FORBIDDEN, "platform.error.forbidden");
	}

	@ExceptionHandler(NoCompanySelectedException.class)
	ModelAndView noCompany(NoCompanySelectedException exception, HttpServletRequest request) {
		return page(request, HttpStatus.CONFLICT, "platform.error.no-company-selected");
	}

	@ExceptionHandler(BusinessRuleException.class)
	ModelAndView businessRule(BusinessRuleException exception, HttpServletRequest request) {
		ModelAndView page = page(request,
				exception.kind() == BusinessRuleException.Kind.CONFLICT ? HttpStatus.CONFLICT
						: HttpStatus.UNPROCESSABLE_CONTENT,
				"platform.error.conflict");
		page.addObject("detail", messages.get(exception.code(), exception.arguments()));
		return page;
	}

	@ExceptionHandler(OptimisticLockingFailureException.class)
	ModelAndView concurrentChange(OptimisticLockingFailureException exception, HttpServletRequest request) {
		return page(request, HttpStatus.CONFLICT, "platform.error.concurrent-change");
	}

	@ExceptionHandler(MaxUploadSizeExceededException.class)
	ModelAndView tooLarge(MaxUploadSizeExceededException exception, HttpServletRequest request) {
		return page(request, HttpStatus.CONTENT_TOO_LARGE, "platform.error.too-large");
	}

	@ExceptionHandler(InvalidSortException.class)
	ModelAndView invalidSort(InvalidSortException exception, HttpServletRequest request) {
		return page(request, HttpStatus.BAD_REQUEST, "platform.error.bad-request");
	}

	@ExceptionHandler(Exception.class)
	ModelAndView unexpected(Exception exception, HttpServletRequest request) throws Exception {
		if (UploadLimits.exceeded(exception)) {
			return page(request, HttpStatus.CONTENT_TOO_LARGE, "platform.error.too-large");
		}
		if (exception instanceof org.springframework.web.ErrorResponse) {
			throw exception; // framework 4xx (missing parameter, wrong method...): the error page handles it
		}
		String reference = UUID.randomUUID().toString();
		log.error("Unexpected error, reference {}", reference, exception);
		ModelAndView page = page(request, HttpStatus.INTERNAL_SERVER_ERROR, "platform.error.internal");
		page.addObject("reference", reference);
		return page;
	}

	private ModelAndView page(HttpServletRequest request, HttpStatus status, String messageKey) {
		boolean htmx = request.getHeader("HX-Request") != null;
		ModelAndView page = new ModelAndView(htmx ? "error :: message" : "error", status);
		page.addObject("status", status.value());
		page.addObject("messageKey", messageKey);
		page.addObject("reference", RequestIdFilter.of(request));
		return page;
	}

}
