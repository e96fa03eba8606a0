package io.lodestar.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/** A value is looked up once per served request, afresh after it was changed, and every time outside one. */
class RequestMemoTests {

	final AtomicInteger lookups = new AtomicInteger();

	@AfterEach
	void unbind() {
		RequestContextHolder.resetRequestAttributes();
	}

	@Test
	void aServedRequestLooksUpOnceUntilTheValueIsForgotten() {
		MockHttpServletRequest request = new MockHttpServletRequest();
		request.setAttribute(RequestIdFilter.ATTRIBUTE, "req-12345678");
		RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request));
		assertThat(lookup()).contains("Huarui");
		assertThat(lookup()).contains("Huarui");
		assertThat(lookups).hasValue(1);
		RequestMemo.forget("company:1");
		lookup();
		assertThat(lookups).hasValue(2);
	}

	@Test
	void withoutAServedRequestEveryCallLooksUp() {
		lookup();
		lookup();
		// a request bound by a test framework, which did not pass the application's filters
		RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(new MockHttpServletRequest()));
		lookup();
		assertThat(lookups).hasValue(3);
	}

	@Test
	void anEmptyResultIsNotKept() {
		MockHttpServletRequest request = new MockHttpServletRequest();
		request.setAttribute(RequestIdFilter.ATTRIBUTE, "req-12345678");
		RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request));
		RequestMemo.get("missing", () -> {
			lookups.incrementAndGet();
			return Optional.empty();
		});
		RequestMemo.get("missing", () -> {
			lookups.incrementAndGet();
			return Optional.empty();
		});
		assertThat(lookups).hasValue(2);
	}

	private Optional<String> lookup() {
		return RequestMemo.get("company:1", () -> {
			lookups.incrementAndGet();
			return Optional.of("Huarui");
		});
	}

}
