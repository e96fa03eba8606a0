package io.lodestar.platform.web;

import java.util.Optional;
import java.util.function.Supplier;

import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * Remembers a looked-up value for the rest of the current web request, so that one page does not read the
 * same row several times (a company's settings are asked for by the calendar, the access rules and the
 * layout). Nothing outlives the request, so no node can serve another node's stale value. Outside a request
 * served through the application's filters (background jobs; the request a test framework binds to its own
 * thread for a whole test) every call looks up afresh.
 */
public final class RequestMemo {

	private RequestMemo() {
	}

	/** The value remembered under {@code key} in this request, or looks it up (an empty result is not kept). */
	@SuppressWarnings("unchecked")
	public static <T> Optional<T> get(String key, Supplier<Optional<T>> lookup) {
		RequestAttributes request = RequestContextHolder.getRequestAttributes();
		if (request == null || request.getAttribute(RequestIdFilter.ATTRIBUTE, RequestAttributes.SCOPE_REQUEST) == null) {
			return lookup.get();
		}
		String name = RequestMemo.class.getName() + ":" + key;
		Object remembered = request.getAttribute(name, RequestAttributes.SCOPE_REQUEST);
		if (remembered != null) {
			return Optional.of((T) remembered);
		}
		Optional<T> found = lookup.get();
		found.ifPresent(value -> request.setAttribute(name, value, RequestAttributes.SCOPE_REQUEST));
		return found;
	}

	/** Forgets what this request remembered under {@code key} (after changing it). */
	public static void forget(String key) {
		RequestAttributes request = RequestContextHolder.getRequestAttributes();
		if (request != null) {
			request.removeAttribute(RequestMemo.class.getName() + ":" + key, RequestAttributes.SCOPE_REQUEST);
		}
	}

}
