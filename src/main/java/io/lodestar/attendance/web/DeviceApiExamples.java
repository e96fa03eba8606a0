package io.lodestar.attendance.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import io.lodestar.platform.web.OperationExamples;

/** Examples of the time-clock endpoints for the OpenAPI document (attached by operation, not by annotation). */
@Configuration(proxyBeanMethods = false)
class DeviceApiExamples {

	private static final String BASE = "/api/v1/attendance/devices";

	static final String DEVICE = """
			{
			  "id": "2f6c1a9e-0b7d-4c38-9e51-7a4d2c8b6f10",
			  "serialNumber": "CKJB201960123",
			  "name": "Plant A gate",
			  "utcOffset": "+08:00",
			  "firmware": "Ver 8.0.4.2-20200328",
			  "lastSeenAt": "2026-03-05T01:58:41Z",
			  "lastPunchAt": "2026-03-05T00:31:07Z",
			  "attlogStamp": "9999",
			  "punchCount": 18342,
			  "duplicateCount": 57,
			  "setAsideCount": 2,
			  "errorCount": 0,
			  "lastError": null,
			  "lastErrorAt": null,
			  "approvedAt": "2026-01-06T03:12:00Z",
			  "sharedSecret": true,
			  "allowedNetworks": "10.20.0.0/16, 192.168.8.15"
			}
			""";

	static final String COMMAND = """
			{
			  "id": "b8d0e2f4-1a3c-4e5f-8a7b-9c0d1e2f3a4b",
			  "number": 17,
			  "kind": "USER",
			  "text": "DATA UPDATE USERINFO PIN=1001\\tName=王强\\tPri=0",
			  "state": "QUEUED",
			  "returnCode": null,
			  "queuedAt": "2026-03-05T02:10:00Z",
			  "sentAt": null,
			  "doneAt": null
			}
			""";

	@Bean
	OperationExamples deviceOperationExamples() {
		return OperationExamples.create()
			.response("GET " + BASE, "[" + DEVICE + "]")
			.response("GET " + BASE + "/pending", """
					[{"maskedSerial": "•••••••••0457", "firstSeenAt": "2026-03-04T23:50:12Z",
					  "lastSeenAt": "2026-03-05T02:01:40Z"}]
					""")
			.request("POST " + BASE, """
					{"serialNumber": "CKJB201960123", "name": "Plant A gate", "utcOffset": "+08:00"}
					""")
			.response("POST " + BASE, DEVICE)
			.response("GET " + BASE + "/{id}", DEVICE)
			.response("GET " + BASE + "/{id}/commands", "[" + COMMAND + "]")
			.request("POST " + BASE + "/{id}/commands", """
					{"kind": "REUPLOAD", "from": "2026-03-01", "to": "2026-03-04"}
					""")
			.response("POST " + BASE + "/{id}/commands", COMMAND)
			.request("POST " + BASE + "/{id}/security", """
					{"secret": "K7p2-Wq9x", "clearSecret": false, "allowedNetworks": "10.20.0.0/16, 192.168.8.15"}
					""")
			.response("POST " + BASE + "/{id}/security", DEVICE)
			.response("GET " + BASE + "/{id}/set-aside", """
					[{"table": "ATTLOG", "reason": "bad-time",
					  "line": "1001\\t2026-13-01 08:01:00\\t0\\t1\\t0\\t0", "receivedAt": "2026-03-05T00:31:07Z"}]
					""");
	}

}
