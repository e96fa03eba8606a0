package io.lodestar.platform.web;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.ModelAndView;

/**
 * An oversized upload fails while the request is parsed, before a controller is chosen, so the
 * controller-specific advice never sees it. This advice applies to every request: a problem detail for the
 * API, the error page (or fragment) for browsers, both with status 413.
 */
@ControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class UploadTooLargeHandler {

	private final Problems problems;

	UploadTooLargeHandler(Problems problems) {
		this.problems = problems;
	}

	@ExceptionHandler(MaxUploadSizeExceededException.class)
	Object tooLarge(MaxUploadSizeExceededException exception, HttpServletRequest request) {
		return respond(request);
	}

	static boolean isApi(HttpServletRequest request) {
		return request.getRequestURI().startsWith(request.getContextPath() + "/api/");
	}

	Object respond(HttpServletRequest request) {
		if (isApi(request)) {
			return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE)
				.contentType(MediaType.APPLICATION_PROBLEM_JSON)
				.body(problems.of(HttpStatus.CONTENT_TOO_LARGE, "payload-too-large", "platform.problem.payload-too-large"));
		}
		boolean htmx = request.getHeader("HX-Request") != null;
		ModelAndView page = new ModelAndView(htmx ? "error :: message" : "error", HttpStatus.CONTENT_TOO_LARGE);
		page.addObject("status", HttpStatus.CONTENT_TOO_LARGE.value());
		page.addObject("messageKey", "platform.error.too-large");
		page.addObject("reference", RequestIdFilter.of(request));
		return page;
	}

}
