package io.lodestar.goals.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import io.lodestar.platform.web.OperationExamples;

/** What the goal endpoints' annotations leave out of the OpenAPI document. */
@Configuration(proxyBeanMethods = false)
class GoalOperationExamples {

	@Bean
	OperationExamples goalExamples() {
		String archived = GoalApiExamples.GOAL.replace("\"status\": \"ACTIVE\"", "\"status\": \"ARCHIVED\"");
		return OperationExamples.create()
			.parameter("GET /api/v1/goals", "ownerType", "COMPANY, ORG_UNIT or EMPLOYEE.")
			.parameter("GET /api/v1/goals", "includeArchived", "true: archived goals too (default false).")
			.response("GET /api/v1/goals/{id}/ancestry", "[" + GoalApiExamples.GOAL + "]")
			.response("GET /api/v1/goals/{id}/children", "[" + GoalApiExamples.GOAL + "]")
			.response("POST /api/v1/goals/{id}/archive", archived)
			.response("POST /api/v1/goals/{id}/restore", GoalApiExamples.GOAL)
			.response("PUT /api/v1/goals/{id}/parent", GoalApiExamples.GOAL);
	}

}
