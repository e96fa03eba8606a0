package io.lodestar.integration.web;

/** Examples for the OpenAPI document of API keys and webhooks (compile-time constants). */
final class IntegrationApiExamples {

	static final String KEY = """
			{
			  "id": "6f1d2c3b-4a59-4e8d-9c7b-1a2b3c4d5e6f",
			  "name": "SAP HR sync",
			  "prefix": "lsk_Q7xa",
			  "scopes": ["PEOPLE_READ", "MEASUREMENTS_WRITE"],
			  "allowedAddresses": "10.20.0.0/16",
			  "createdBy": "hr@huarui.example",
			  "createdAt": "2026-03-01T08:00:00Z",
			  "expiresAt": "2027-01-01T00:00:00Z",
			  "lastUsedAt": "2026-03-05T02:00:11Z",
			  "revokedAt": null
			}
			""";

	static final String NEW_KEY = """
			{
			  "name": "SAP HR sync",
			  "scopes": ["PEOPLE_READ", "MEASUREMENTS_WRITE"],
			  "expiresOn": "2026-12-31",
			  "allowedAddresses": "10.20.0.0/16"
			}
			""";

	static final String ISSUED_KEY = "{\"details\": " + KEY + ", \"key\": \"lsk_Q7xaP2mN8vR4tY6uW1zB3cD5eF7gH9jK0LqS2dA4\"}";

	static final String WEBHOOK = """
			{
			  "id": "0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d",
			  "name": "Payroll system",
			  "url": "https://payroll.huarui.example/hooks/lodestar",
			  "eventKinds": ["APPRAISAL_CYCLE_CLOSED", "EMPLOYEE_LEFT"],
			  "active": true,
			  "createdAt": "2026-03-01T08:00:00Z",
			  "updatedAt": "2026-03-01T08:00:00Z"
			}
			""";

	static final String WEBHOOK_REQUEST = """
			{
			  "name": "Payroll system",
			  "url": "https://payroll.huarui.example/hooks/lodestar",
			  "eventKinds": ["APPRAISAL_CYCLE_CLOSED", "EMPLOYEE_LEFT"],
			  "active": true
			}
			""";

	static final String ISSUED_SECRET = "{\"webhook\": " + WEBHOOK
			+ ", \"secret\": \"whsec_h4Jk9LmN2pQ5rS8tU1vW3xY6zA7bC0dE2fG4hJ6k\"}";

	static final String DELIVERY = """
			{
			  "id": "7c6b5a49-3827-4165-9f4e-3d2c1b0a9f8e",
			  "webhookId": "0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d",
			  "webhookName": "Payroll system",
			  "eventId": "d1e2f3a4-b5c6-4d7e-8f90-a1b2c3d4e5f6",
			  "eventKind": "EMPLOYEE_LEFT",
			  "status": "PENDING",
			  "attempts": 2,
			  "nextAttemptAt": "2026-03-05T02:36:00Z",
			  "lastAttemptAt": "2026-03-05T02:06:00Z",
			  "lastStatusCode": 503,
			  "lastError": "HTTP 503 Service Unavailable",
			  "sentAt": null,
			  "createdAt": "2026-03-05T02:00:00Z"
			}
			""";

	private IntegrationApiExamples() {
	}

}
