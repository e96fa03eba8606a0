package io.lodestar.platform.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.ModelAndView;

/**
 * Everything that fails outside a controller (unknown paths, oversized uploads, filter errors) ends here:
 * API paths get a problem detail, browsers a page that says what happened and what to do next.
 */
@Controller
class ErrorPageController implements ErrorController {

	private final Problems problems;

	ErrorPageController(Problems problems) {
		this.problems = problems;
	}

	@RequestMapping("/error")
	@PreAuthorize("permitAll()")
	Object error(HttpServletRequest request) {
		HttpStatus status = statusOf(request);
		String accept = request.getHeader("Accept");
		boolean browser = accept != null && accept.contains(MediaType.TEXT_HTML_VALUE);
		if (isApi(request) || !browser) {
			return problem(request, status);
		}
		ModelAndView page = new ModelAndView("error", status);
		page.addObject("status", status.value());
		page.addObject("messageKey", "platform.error." + messageFamily(status));
		page.addObject("reference", RequestIdFilter.of(request));
		return page;
	}

	private ResponseEntity<ProblemDetail> problem(HttpServletRequest request, HttpStatus status) {
		String type = switch (status) {
			case NOT_FOUND -> "not-found";
			case CONTENT_TOO_LARGE -> "payload-too-large";
			case FORBIDDEN -> "forbidden";
			case UNAUTHORIZED -> "unauthorized";
			case METHOD_NOT_ALLOWED -> "method-not-allowed";
			default -> status.is4xxClientError() ? "malformed-request" : "internal";
		};
		String detail = switch (status) {
			case NOT_FOUND -> "platform.problem.no-such-path";
			case CONTENT_TOO_LARGE -> "platform.problem.payload-too-large";
			case FORBIDDEN -> "platform.problem.forbidden";
			case UNAUTHORIZED -> "platform.problem.unauthorized";
			case METHOD_NOT_ALLOWED -> "platform.problem.method-not-allowed";
			default -> status.is4xxClientError() ? "platform.problem.malformed" : "platform.problem.internal";
		};
		ProblemDetail body = problems.of(status, type, detail, RequestIdFilter.of(request));
		Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
		if (uri != null) {
			// only path characters: the original URI may carry anything an attacker typed
			body.setInstance(java.net.URI.create(uri.toString().replaceAll("[^A-Za-z0-9/._~-]", "")));
		}
		return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(body);
	}

	private static boolean isApi(HttpServletRequest request) {
		Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
		return uri != null && (uri.toString().startsWith(request.getContextPath() + "/api/")
				|| uri.toString().startsWith(request.getContextPath() + "/v3/"));
	}

	private static HttpStatus statusOf(HttpServletRequest request) {
		Throwable error = (Throwable) request.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
		if (UploadLimits.exceeded(error)) {
			return HttpStatus.CONTENT_TOO_LARGE;
		}
		Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
		HttpStatus status = code instanceof Integer value ? HttpStatus.resolve(value) : null;
		return status == null ? HttpStatus.INTERNAL_SERVER_ERROR : status;
	}

	private static String messageFamily(HttpStatus status) {
		return switch (status) {
			case NOT_FOUND -> "not-found";
			case FORBIDDEN -> "forbidden";
			case CONTENT_TOO_LARGE -> "too-large";
			case CONFLICT -> "conflict";
			default -> status.is4xxClientError() ? "bad-request" : "internal";
		};
	}

}
