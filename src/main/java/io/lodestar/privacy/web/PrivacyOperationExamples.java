package io.lodestar.privacy.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import io.lodestar.platform.web.OperationExamples;

/** What the privacy endpoints' annotations leave out of the OpenAPI document. */
@Configuration(proxyBeanMethods = false)
class PrivacyOperationExamples {

	static final String PENDING = """
			{"id": "0b7e2c1a-5d3f-4e8a-9c21-6f4d8e2a7b10", "kind": "EMPLOYEE_DIRECTORY",
			 "reason": "年度社保基数核对，需要全体员工入职日期与联系电话",
			 "requestedBy": "5f1c9a2e-8b4d-4c6e-a3f7-2d9e1b8c4a60", "requesterName": "刘建国",
			 "requestedAt": "2026-11-20T02:15:00Z", "status": "PENDING", "deciderName": null, "decidedAt": null,
			 "expiresAt": null, "downloadedAt": null}
			""";

	static final String APPROVED = PENDING.replace("\"PENDING\", \"deciderName\": null, \"decidedAt\": null,\n"
			+ " \"expiresAt\": null", "\"APPROVED\", \"deciderName\": \"顾晓雯\", \"decidedAt\": \"2026-11-20T03:02:00Z\",\n"
			+ " \"expiresAt\": \"2026-11-21T03:02:00Z\"");

	static final String REJECTED = PENDING.replace("\"PENDING\", \"deciderName\": null, \"decidedAt\": null",
			"\"REJECTED\", \"deciderName\": \"顾晓雯\", \"decidedAt\": \"2026-11-20T03:02:00Z\"");

	static final String RULES = """
			[{"kind": "CONTACT_DETAILS", "retention": {"defaultDays": 1095, "minimumDays": 730, "action": "ANONYMISE"},
			  "keepDays": 1095, "custom": false},
			 {"kind": "ATTENDANCE_PUNCHES", "retention": {"defaultDays": 1095, "minimumDays": 730, "action": "DELETE"},
			  "keepDays": 1460, "custom": true},
			 {"kind": "NOTIFICATION_DELIVERIES", "retention": {"defaultDays": 90, "minimumDays": 30, "action": "DELETE"},
			  "keepDays": 90, "custom": false}]
			""";

	@Bean
	OperationExamples privacyExamples() {
		return OperationExamples.create()
			.response("GET /api/v1/privacy/export-requests", "[" + PENDING + "]")
			.request("POST /api/v1/privacy/export-requests",
					"{\"kind\": \"EMPLOYEE_DIRECTORY\", \"reason\": \"年度社保基数核对，需要全体员工入职日期与联系电话\"}")
			.response("POST /api/v1/privacy/export-requests", PENDING)
			.response("POST /api/v1/privacy/export-requests/{id}/approve", APPROVED)
			.response("POST /api/v1/privacy/export-requests/{id}/reject", REJECTED)
			.file("GET /api/v1/privacy/export-requests/{id}/download",
					"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
			.response("GET /api/v1/privacy/retention", RULES)
			.parameter("PUT /api/v1/privacy/retention/{kind}", "kind",
					"The data kind, e.g. ATTENDANCE_PUNCHES (see GET /api/v1/privacy/retention).")
			.request("PUT /api/v1/privacy/retention/{kind}", "{\"keepDays\": 1460}")
			.response("PUT /api/v1/privacy/retention/{kind}", RULES)
			.response("GET /api/v1/privacy/retention/preview", """
					[{"kind": "ATTENDANCE_PUNCHES", "keepDays": 1460, "cutoff": "2022-11-27T03:15:00Z", "count": 18240},
					 {"kind": "CONTACT_DETAILS", "keepDays": 1095, "cutoff": "2023-11-27T03:15:00Z", "count": 3}]
					""");
	}

}
