package io.lodestar.platform.security;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.LocaleResolver;

import io.lodestar.platform.web.ProblemTypes;
import tools.jackson.databind.json.JsonMapper;

/** Writes RFC 9457 problem details from security filters, which run before Spring MVC's exception handling. */
@Component
class ProblemResponses {

	private final JsonMapper json;

	private final MessageSource messages;

	private final LocaleResolver locales;

	ProblemResponses(JsonMapper json, MessageSource messages, LocaleResolver locales) {
		this.json = json;
		this.messages = messages;
		this.locales = locales;
	}

	void unauthorized(HttpServletRequest request, HttpServletResponse response, AuthenticationException exception)
			throws IOException {
		response.setHeader("WWW-Authenticate", "Bearer");
		write(request, response, 401, "unauthorized", "platform.problem.unauthorized");
	}

	void forbidden(HttpServletRequest request, HttpServletResponse response, AccessDeniedException exception)
			throws IOException {
		boolean scopeMissing = CurrentUsers.find()
			.map(user -> user.authMethod() == CurrentUser.AuthMethod.TOKEN && !user.scopes().contains(TokenScope.WRITE))
			.orElse(false);
		write(request, response, 403, scopeMissing ? "insufficient-scope" : "forbidden",
				scopeMissing ? "platform.problem.insufficient-scope" : "platform.problem.forbidden");
	}

	void write(HttpServletRequest request, HttpServletResponse response, int status, String type, String detailKey)
			throws IOException {
		Locale locale = locales.resolveLocale(request);
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("type", ProblemTypes.uri(type).toString());
		body.put("title", messages.getMessage("platform.problem.title." + type, null, type, locale));
		body.put("status", status);
		body.put("detail", messages.getMessage(detailKey, null, detailKey, locale));
		body.put("instance", request.getRequestURI());
		response.setStatus(status);
		response.setContentType("application/problem+json");
		response.setCharacterEncoding("UTF-8");
		json.writeValue(response.getOutputStream(), body);
	}

}
