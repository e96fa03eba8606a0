package io.lodestar.engagement.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import io.lodestar.platform.web.OperationExamples;

/** What the engagement endpoints' annotations leave out of the OpenAPI document. */
@Configuration(proxyBeanMethods = false)
class EngagementOperationExamples {

	@Bean
	OperationExamples engagementExamples() {
		return OperationExamples.create()
			.parameter("GET /api/v1/feedback", "employeeId", "Only threads about this employee.")
			.parameter("GET /api/v1/feedback", "goalId", "Only threads about this KPI or goal.")
			.parameter("GET /api/v1/support-requests", "status", "OPEN, RESOLVED or CLOSED; all when left out.")
			.parameter("GET /api/v1/support-requests", "employeeId", "Only requests raised by this employee.")
			.parameter("GET /api/v1/notifications", "unread", "true: unread notifications only (default false).")
			.parameter("GET /api/v1/notification-deliveries", "status", "PENDING, SENDING, SENT or FAILED; all when left out.")
			.response("GET /api/v1/notification-deliveries", "{\"items\": [" + NotificationDeliveryApiController.DELIVERY
					+ "], \"page\": 0, \"size\": 20, \"totalItems\": 1, \"totalPages\": 1}")
			.response("GET /api/v1/notification-preferences/company", NotificationPreferenceApiController.PREFERENCES)
			.response("PUT /api/v1/notification-preferences/company", NotificationPreferenceApiController.PREFERENCES)
			.request("PUT /api/v1/notification-channels/{id}", """
					{
					  "name": "销售部钉钉群",
					  "platform": "DINGTALK",
					  "kinds": ["OKR_CHECK_IN", "AWARD", "FEEDBACK"],
					  "enabled": true,
					  "version": 3
					}
					""");
	}

}
