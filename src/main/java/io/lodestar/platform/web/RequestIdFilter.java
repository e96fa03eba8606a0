package io.lodestar.platform.web;

import java.io.IOException;
import java.util.UUID;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.slf4j.MDC;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Gives every request an id (taken from {@code X-Request-Id} when it is a plausible id, else new), puts it
 * in the log context and the response, so a user's error reference leads to the log lines.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
public class RequestIdFilter extends OncePerRequestFilter {

	public static final String HEADER = "X-Request-Id";

	public static final String ATTRIBUTE = "lodestar.requestId";

	private static final Pattern SAFE_ID = Pattern.compile("[A-Za-z0-9._-]{8,64}");

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String presented = request.getHeader(HEADER);
		// only well-formed ids are echoed: a CR/LF or markup in the header must not reach logs or pages
		String id = presented != null && SAFE_ID.matcher(presented).matches() ? presented : UUID.randomUUID().toString();
		request.setAttribute(ATTRIBUTE, id);
		response.setHeader(HEADER, id);
		MDC.put("requestId", id);
		try {
			chain.doFilter(request, response);
		}
		finally {
			MDC.remove("requestId");
		}
	}

	public static String of(HttpServletRequest request) {
		Object id = request == null ? null : request.getAttribute(ATTRIBUTE);
		return id == null ? null : id.toString();
	}

}
