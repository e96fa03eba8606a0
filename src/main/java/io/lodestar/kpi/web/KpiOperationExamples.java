package io.lodestar.kpi.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import io.lodestar.platform.web.OperationExamples;

/** What the KPI endpoints' annotations leave out of the OpenAPI document. */
@Configuration(proxyBeanMethods = false)
class KpiOperationExamples {

	@Bean
	OperationExamples kpiExamples() {
		return OperationExamples.create()
			.parameter("GET /api/v1/kpis", "ownerType", "COMPANY, ORG_UNIT or EMPLOYEE.")
			.parameter("GET /api/v1/kpi-definitions", "includeArchived", "true: archived library KPIs too (default false).")
			.parameter("GET /api/v1/kpi-definitions/{id}/draft", "positionId",
					"Only people in this position.")
			.response("POST /api/v1/kpi-definitions/{id}/archive",
					KpiApiExamples.DEFINITION.replace("\"archived\": false", "\"archived\": true"))
			.response("POST /api/v1/kpi-definitions/{id}/restore", KpiApiExamples.DEFINITION);
	}

}
