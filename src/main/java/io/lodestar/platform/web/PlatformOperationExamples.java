package io.lodestar.platform.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** What the audit endpoint's annotations leave out of the OpenAPI document. */
@Configuration(proxyBeanMethods = false)
class PlatformOperationExamples {

	@Bean
	OperationExamples platformExamples() {
		String audit = "GET /api/v1/audit-events";
		return OperationExamples.create()
			.parameter(audit, "entityType", "What was changed, e.g. employee, goal, integration_api_key.")
			.parameter(audit, "entityId", "The id of the changed object.")
			.parameter(audit, "action", "E.g. CREATE, UPDATE, DELETE, LOGIN_FAILED, API_KEY_USED.");
	}

}
