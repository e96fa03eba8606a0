package io.lodestar.recognition.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import io.lodestar.platform.web.OperationExamples;

/** Examples of the recognition endpoints for the OpenAPI document (attached by operation). */
@Configuration(proxyBeanMethods = false)
class RecognitionOperationExamples {

	private static final String BASE = "/api/v1/recognition";

	static final String AWARD_TYPE = """
			{"id": "6b8d0f2b-4d6f-4b8d-9f2b-4d6f8b0d2f4b", "name": "月度之星", "description": "当月业绩或贡献突出的员工",
			 "active": true, "version": 0}
			""";

	static final String AWARD = """
			{
			  "id": "7c9e1a3c-5e7a-4c9e-8a3c-5e7a9c1e3a5c",
			  "kind": "AWARD",
			  "createdAt": "2026-05-31T08:00:00Z",
			  "recipient": {"id": "1e3a5c7e-9a1c-4e3a-8c7e-9a1c3e5a7c39", "name": "王强"},
			  "from": "Max Manager",
			  "text": "5月新签12家客户，华东区第一。",
			  "goal": {"id": "3c5e7a9c-1e3a-4c5e-9a1c-3e5a7c9e1a3c", "title": "华东区新签客户数达到40家"},
			  "awardType": {"id": "6b8d0f2b-4d6f-4b8d-9f2b-4d6f8b0d2f4b", "name": "月度之星"},
			  "rewardKind": "BONUS",
			  "bonusAmount": 2000.00,
			  "currency": "CNY",
			  "rewardDetail": null,
			  "revokedAt": null,
			  "revokedBy": null,
			  "revokeReason": null
			}
			""";

	static final String PRAISE = """
			{
			  "id": "8d0f2b4d-6f8b-4d0f-9b4d-6f8b0d2f4b6d",
			  "kind": "PRAISE",
			  "createdAt": "2026-05-20T06:15:00Z",
			  "recipient": {"id": "2f4b6d8f-0b2d-4f4b-8d8f-0b2d4f6b8d4a", "name": "李娜"},
			  "from": "王强",
			  "text": "谢谢你连夜整理投标资料！",
			  "goal": null,
			  "awardType": null,
			  "rewardKind": null,
			  "bonusAmount": null,
			  "currency": null,
			  "rewardDetail": null,
			  "revokedAt": null,
			  "revokedBy": null,
			  "revokeReason": null
			}
			""";

	static final String BUDGET = """
			{"id": "9e1a3c5e-7a9c-4e1a-8c5e-7a9c1e3a5c7e", "managerId": "7a9c1e3f-5b7d-4f1a-8c3e-5a7c9e1b3d52",
			 "managerName": "Max Manager", "fiscalYear": 2026, "allocated": 20000.00, "used": 2000.00,
			 "remaining": 18000.00, "currency": "CNY"}
			""";

	@Bean
	OperationExamples recognitionExamples() {
		String feed = "{\"items\": [" + AWARD + ", " + PRAISE + "], \"page\": 0, \"size\": 20, \"totalItems\": 2, "
				+ "\"totalPages\": 1}";
		return OperationExamples.create()
			.parameter("GET " + BASE + "/award-types", "includeRetired", "true: award types no longer in use too.")
			.response("GET " + BASE + "/award-types", "[" + AWARD_TYPE + "]")
			.request("POST " + BASE + "/award-types", "{\"name\": \"月度之星\", \"description\": \"当月业绩或贡献突出的员工\", \"active\": true}")
			.response("POST " + BASE + "/award-types", AWARD_TYPE)
			.request("PUT " + BASE + "/award-types/{id}", "{\"name\": \"月度之星\", \"description\": \"当月业绩或贡献突出的员工\", \"active\": false}")
			.response("PUT " + BASE + "/award-types/{id}", AWARD_TYPE.replace("\"active\": true", "\"active\": false")
				.replace("\"version\": 0", "\"version\": 1"))
			.request("POST " + BASE + "/awards", """
					{"recipientId": "1e3a5c7e-9a1c-4e3a-8c7e-9a1c3e5a7c39", "awardTypeId": "6b8d0f2b-4d6f-4b8d-9f2b-4d6f8b0d2f4b",
					 "reason": "5月新签12家客户，华东区第一。", "goalId": "3c5e7a9c-1e3a-4c5e-9a1c-3e5a7c9e1a3c",
					 "rewardKind": "BONUS", "bonusAmount": 2000}
					""")
			.response("POST " + BASE + "/awards", AWARD)
			.response("GET " + BASE + "/awards/{id}", AWARD)
			.request("POST " + BASE + "/awards/{id}/revocation", "{\"reason\": \"业绩数据录入有误，已更正。\"}")
			.response("POST " + BASE + "/awards/{id}/revocation", AWARD
				.replace("\"revokedAt\": null", "\"revokedAt\": \"2026-06-03T02:00:00Z\"")
				.replace("\"revokedBy\": null", "\"revokedBy\": \"Hana HR\"")
				.replace("\"revokeReason\": null", "\"revokeReason\": \"业绩数据录入有误，已更正。\""))
			.request("POST " + BASE + "/praise", """
					{"recipientId": "2f4b6d8f-0b2d-4f4b-8d8f-0b2d4f6b8d4a", "message": "谢谢你连夜整理投标资料！"}
					""")
			.response("POST " + BASE + "/praise", PRAISE)
			.response("GET " + BASE + "/praise/{id}", PRAISE)
			.parameter("GET " + BASE + "/feed", "unitId", "Only recognition of people in this org unit and its sub-units.")
			.response("GET " + BASE + "/feed", feed)
			.response("GET " + BASE + "/people/{id}", feed)
			.parameter("GET " + BASE + "/budgets", "fiscalYear", "The fiscal year; the current one when left out.")
			.response("GET " + BASE + "/budgets", "[" + BUDGET + "]")
			.request("PUT " + BASE + "/budgets", """
					{"managerId": "7a9c1e3f-5b7d-4f1a-8c3e-5a7c9e1b3d52", "fiscalYear": 2026, "allocated": 20000}
					""")
			.response("PUT " + BASE + "/budgets", BUDGET);
	}

}
