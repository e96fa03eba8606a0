package io.lodestar.integration.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import io.lodestar.platform.web.OperationExamples;

/** What the connector endpoints' annotations leave out of the OpenAPI document. */
@Configuration(proxyBeanMethods = false)
class IntegrationOperationExamples {

	@Bean
	OperationExamples integrationExamples() {
		return OperationExamples.create()
			.response("GET /api/v1/connectors/{id}/runs", "{\"items\": [" + ConnectorApiController.RUN_EXAMPLE
					+ "], \"page\": 0, \"size\": 20, \"totalItems\": 1, \"totalPages\": 1}");
	}

}
