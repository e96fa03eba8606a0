package io.lodestar.account.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import io.lodestar.platform.web.OperationExamples;

/** What the account endpoints' annotations leave out of the OpenAPI document. */
@Configuration(proxyBeanMethods = false)
class AccountOperationExamples {

	@Bean
	OperationExamples accountExamples() {
		return OperationExamples.create()
			.response("POST /api/v1/users/{id}/disable", UserApiController.USER_EXAMPLE.replace("\"ACTIVE\"", "\"DISABLED\""))
			.response("POST /api/v1/users/{id}/enable", UserApiController.USER_EXAMPLE)
			.response("GET /api/v1/sign-in-policy", "{\"passwordSignIn\": true, \"oidcOffered\": true}")
			.request("PUT /api/v1/sign-in-policy", "{\"passwordSignIn\": false}")
			.response("PUT /api/v1/sign-in-policy", "{\"passwordSignIn\": false, \"oidcOffered\": true}");
	}

}
