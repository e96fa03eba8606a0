package io.lodestar.attendance.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import io.lodestar.platform.web.OperationExamples;

/**
 * Examples of the attendance punch, rules and summary endpoints for the OpenAPI document (the time clocks' own are
 * in {@link DeviceApiExamples}). Field names follow the records exactly; the schema check in the OpenAPI tests
 * fails when they drift.
 */
@Configuration(proxyBeanMethods = false)
class AttendanceOperationExamples {

	private static final String BASE = "/api/v1/attendance";

	private static final String MONTH = "yyyy-MM, e.g. 2026-03; default the current month in the company's time zone.";

	static final String SUMMARY = """
			{"id": "5b7d9f1a-3c5e-4a7b-9d1f-3a5c7e9b1d3f", "name": "王强", "workingDays": 22, "daysWorked": 21,
			 "onTimeDays": 19, "lateCount": 2, "lateMinutes": 23, "earlyLeaves": 0, "earlyMinutes": 0, "absences": 1,
			 "missingPunches": 0, "overtimeMinutes": 630, "computedDays": 31, "punctualityRate": 86.4,
			 "overtimeHours": 10.50}
			""";

	static final String SHIFT = """
			{"id": "7e9a1c3d-5f7b-4d9e-8a1c-3e5f7a9b1c2d", "name": "白班", "start": "09:00", "end": "18:00",
			 "lateGraceMinutes": 5, "earlyGraceMinutes": 0, "breakMinutes": 60, "overtimeMinMinutes": 30,
			 "windowBeforeMinutes": 120, "windowAfterMinutes": 360}
			""";

	static final String SCHEDULE = """
			{"id": "1a3c5e7f-9b1d-4f3a-8c5e-7a9b1d3f5c7e", "shiftId": "7e9a1c3d-5f7b-4d9e-8a1c-3e5f7a9b1c2d",
			 "shiftName": "白班", "orgUnitId": "3d5f7a9b-1c3e-4a5f-9b7d-1e3a5c7f9b2d", "orgUnitName": "生产部",
			 "employeeId": null, "employeeName": null, "weekdays": "1111100", "effectiveFrom": "2026-03-01"}
			""";

	static final String PIN = """
			{"pin": "1001", "employeeId": "5b7d9f1a-3c5e-4a7b-9d1f-3a5c7e9b1d3f", "employeeNo": "E2023017",
			 "employeeName": "王强"}
			""";

	static final String BINDING = """
			{"kpiId": "9c1e3a5b-7d9f-4b1c-8e3a-5b7d9f1c3e5a", "kpiTitle": "出勤准时率", "ownerType": "EMPLOYEE",
			 "ownerId": "5b7d9f1a-3c5e-4a7b-9d1f-3a5c7e9b1d3f", "ownerName": "王强", "measure": "PUNCTUALITY_RATE"}
			""";

	@Bean
	OperationExamples attendanceRuleExamples() {
		return punches(summaries(rules(OperationExamples.create())));
	}

	private static OperationExamples punches(OperationExamples examples) {
		return examples
			.request("POST " + BASE + "/punches", """
					{"items": [
					  {"pin": "1001", "localTime": "2026-03-02T08:57:12", "utcOffset": "+08:00", "status": 0,
					   "verify": 15, "sourceRef": "gate-7/evt-88121"},
					  {"pin": "1002", "localTime": "2026-03-02T18:03:40", "timeZone": "China Standard Time", "status": 1,
					   "verify": 1, "sourceRef": "gate-7/evt-88122"}
					], "partial": true}
					""")
			.response("POST " + BASE + "/punches", """
					{"received": 2, "stored": 1, "duplicates": 0, "refused": [
					  {"index": 1, "field": "timeZone", "code": "attendance.push.zone.invalid",
					   "message": "Not a time zone: use a name such as Asia/Shanghai."}
					]}
					""")
			.parameter("POST " + BASE + "/imports", "zone",
					"Time zone of the file's local times, e.g. Asia/Shanghai; default the company's.")
			.parameter("POST " + BASE + "/imports", "deviceId",
					"The approved device the file came from; absent: punches are stored under the import source.")
			.parameter("POST " + BASE + "/imports", "checkOnly",
					"true: check every row and answer what would be imported, storing nothing; default false.")
			.response("POST " + BASE + "/imports", """
					{"format": "TABLE", "rows": 1864, "stored": 1850, "duplicates": 14, "zone": "Asia/Shanghai",
					 "checkedOnly": false}
					""");
	}

	private static OperationExamples summaries(OperationExamples examples) {
		return examples.parameter("GET " + BASE + "/people/{id}", "month", MONTH)
			.response("GET " + BASE + "/people/{id}", """
					{"employeeId": "5b7d9f1a-3c5e-4a7b-9d1f-3a5c7e9b1d3f", "employeeNo": "E2023017", "name": "王强",
					 "month": "2026-03", "summary": %s, "days": [
					  {"day": "2026-03-02", "status": "PRESENT", "shiftId": "7e9a1c3d-5f7b-4d9e-8a1c-3e5f7a9b1c2d",
					   "firstPunch": "2026-03-02T09:07:12", "lastPunch": "2026-03-02T19:35:40", "punchCount": 2,
					   "lateMinutes": 7, "earlyMinutes": 0, "overtimeMinutes": 90, "workedMinutes": 568},
					  {"day": "2026-03-03", "status": "ABSENT", "shiftId": "7e9a1c3d-5f7b-4d9e-8a1c-3e5f7a9b1c2d",
					   "firstPunch": null, "lastPunch": null, "punchCount": 0, "lateMinutes": 0, "earlyMinutes": 0,
					   "overtimeMinutes": 0, "workedMinutes": 0}
					]}
					""".formatted(SUMMARY))
			.parameter("GET " + BASE + "/units/{id}", "month", MONTH)
			.response("GET " + BASE + "/units/{id}", """
					{"unitId": "3d5f7a9b-1c3e-4a5f-9b7d-1e3a5c7f9b2d", "name": "生产部", "month": "2026-03",
					 "summary": %s, "subUnits": [], "people": [%s]}
					""".formatted(SUMMARY.replace("王强", "生产部"), SUMMARY))
			.parameter("GET " + BASE + "/team", "month", MONTH)
			.response("GET " + BASE + "/team", "[" + SUMMARY + "]");
	}

	private static OperationExamples rules(OperationExamples examples) {
		String pin = "The PIN (attendance number) as the device knows it, 1 to 24 letters or digits, e.g. 1001.";
		String day = "The date, yyyy-MM-dd, e.g. 2026-10-01.";
		String year = "The year, e.g. 2026.";
		return examples.response("GET " + BASE + "/pins/unmapped", """
					[{"pin": "1087", "deviceUserName": "李娜", "punchCount": 42, "firstSeen": "2026-03-02T00:51:03Z",
					  "lastSeen": "2026-03-20T10:12:44Z"}]
					""")
			.response("GET " + BASE + "/pins", "[" + PIN + "]")
			.parameter("PUT " + BASE + "/pins/{pin}", "pin", pin)
			.request("PUT " + BASE + "/pins/{pin}", """
					{"employeeNo": "E2023017"}
					""")
			.response("PUT " + BASE + "/pins/{pin}", PIN)
			.parameter("DELETE " + BASE + "/pins/{pin}", "pin", pin)
			.response("GET " + BASE + "/settings", """
					{"pinMatch": "IGNORE_ZEROS"}
					""")
			.request("PUT " + BASE + "/settings", """
					{"pinMatch": "EXACT"}
					""")
			.response("PUT " + BASE + "/settings", """
					{"pinMatch": "EXACT"}
					""")
			.response("GET " + BASE + "/shifts", "[" + SHIFT + "]")
			.request("POST " + BASE + "/shifts", """
					{"name": "白班", "start": "09:00", "end": "18:00", "lateGraceMinutes": 5, "earlyGraceMinutes": 0,
					 "breakMinutes": 60, "overtimeMinMinutes": 30, "windowBeforeMinutes": 120, "windowAfterMinutes": 360}
					""")
			.response("POST " + BASE + "/shifts", SHIFT)
			.response("GET " + BASE + "/schedules", "[" + SCHEDULE + "]")
			.request("POST " + BASE + "/schedules", """
					{"shiftId": "7e9a1c3d-5f7b-4d9e-8a1c-3e5f7a9b1c2d", "orgUnitId": "3d5f7a9b-1c3e-4a5f-9b7d-1e3a5c7f9b2d",
					 "weekdays": "1111100", "effectiveFrom": "2026-03-01"}
					""")
			.response("POST " + BASE + "/schedules", SCHEDULE)
			.parameter("GET " + BASE + "/calendar", "year", year)
			.response("GET " + BASE + "/calendar", """
					[{"day": "2026-09-20", "kind": "WORKDAY", "name": "国庆节调休上班"},
					 {"day": "2026-10-01", "kind": "HOLIDAY", "name": "国庆节"}]
					""")
			.parameter("PUT " + BASE + "/calendar/{day}", "day", day)
			.request("PUT " + BASE + "/calendar/{day}", """
					{"kind": "HOLIDAY", "name": "国庆节"}
					""")
			.response("PUT " + BASE + "/calendar/{day}", """
					{"day": "2026-10-01", "kind": "HOLIDAY", "name": "国庆节"}
					""")
			.parameter("DELETE " + BASE + "/calendar/{day}", "day", day)
			.parameter("POST " + BASE + "/calendar/official/{year}", "year", year)
			.response("POST " + BASE + "/calendar/official/{year}", """
					[{"day": "2026-01-01", "kind": "HOLIDAY", "name": "元旦"},
					 {"day": "2026-01-02", "kind": "HOLIDAY", "name": "元旦"},
					 {"day": "2026-01-03", "kind": "HOLIDAY", "name": "元旦"},
					 {"day": "2026-01-04", "kind": "WORKDAY", "name": "元旦调休上班"}]
					""")
			.request("POST " + BASE + "/recompute", """
					{"month": "2026-03"}
					""")
			.response("POST " + BASE + "/recompute", """
					{"month": "2026-03", "employeesChanged": 37}
					""")
			.response("GET " + BASE + "/kpi-bindings", "[" + BINDING + "]")
			.request("PUT " + BASE + "/kpi-bindings/{id}", """
					{"measure": "PUNCTUALITY_RATE"}
					""")
			.response("PUT " + BASE + "/kpi-bindings/{id}", BINDING);
	}

}
