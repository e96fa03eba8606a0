package io.lodestar.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import io.lodestar.test.IntegrationTest;

/**
 * Every endpoint of ours states who may call it (ASVS 8.2.1): a handler without {@code @PreAuthorize} on the
 * method or its class fails this test, so a new endpoint cannot be added unprotected by accident.
 */
@IntegrationTest
class EveryEndpointIsAuthorizedIntegrationTests {

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	@Test
	void everyLodestarHandlerCarriesAnAuthorizationRule() {
		List<String> unprotected = new ArrayList<>();
		int checked = 0;
		for (var entry : mappings.getHandlerMethods().entrySet()) {
			var method = entry.getValue();
			if (!method.getBeanType().getPackageName().startsWith("io.lodestar")) {
				continue;
			}
			checked++;
			boolean annotated = AnnotatedElementUtils.hasAnnotation(method.getMethod(), PreAuthorize.class)
					|| AnnotatedElementUtils.hasAnnotation(method.getBeanType(), PreAuthorize.class);
			if (!annotated) {
				unprotected.add(method.getBeanType().getSimpleName() + "." + method.getMethod().getName() + " "
						+ entry.getKey());
			}
		}
		assertThat(checked).isGreaterThan(3);
		assertThat(unprotected).as("handlers without @PreAuthorize").isEmpty();
	}

}
