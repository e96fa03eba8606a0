package io.lodestar.people.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import io.lodestar.platform.web.OperationExamples;

/** What the people endpoints' annotations leave out of the OpenAPI document: imports, export and a few answers. */
@Configuration(proxyBeanMethods = false)
class PeopleOperationExamples {

	static final String JOB = """
			{
			  "id": "c4e6a8b0-2d4f-4a6c-8e0a-2c4e6a8b0d2f",
			  "kind": "employees",
			  "fileName": "员工花名册-2026-03.xlsx",
			  "status": "INVALID",
			  "totalRows": 214,
			  "processedRows": 214,
			  "percent": 100,
			  "created": 0,
			  "updated": 0,
			  "unchanged": 0,
			  "errorCount": 1,
			  "errors": [
			    {"row": 37, "column": "Org unit code", "value": "SALES-WEST",
			     "code": "people-import.ref.org-unit-unknown",
			     "message": "There is no org unit with code SALES-WEST in your company. Import the org units first, or correct the code."}
			  ],
			  "createdAt": "2026-03-05T02:00:00Z",
			  "finishedAt": "2026-03-05T02:00:04Z"
			}
			""";

	static final String DONE = """
			{
			  "id": "c4e6a8b0-2d4f-4a6c-8e0a-2c4e6a8b0d2f",
			  "kind": "employees",
			  "fileName": "员工花名册-2026-03.xlsx",
			  "status": "DONE",
			  "totalRows": 214,
			  "processedRows": 214,
			  "percent": 100,
			  "created": 12,
			  "updated": 3,
			  "unchanged": 199,
			  "errorCount": 0,
			  "errors": [],
			  "createdAt": "2026-03-05T02:00:00Z",
			  "finishedAt": "2026-03-05T02:01:10Z"
			}
			""";

	@Bean
	OperationExamples peopleExamples() {
		String upload = "POST /api/v1/imports/{kind}";
		return OperationExamples.create()
			.summary(upload, "Upload a file to import")
			.parameter(upload, "kind", "employees or org-units.")
			.parameter(upload, "dryRun", "true: only check the file and report every problem; nothing is imported.")
			.response(upload, JOB)
			.summary("GET /api/v1/imports", "Recent imports")
			.response("GET /api/v1/imports", "[" + JOB + "]")
			.summary("GET /api/v1/imports/{id}", "Get an import with its problems")
			.response("GET /api/v1/imports/{id}", JOB)
			.summary("POST /api/v1/imports/{id}/confirm", "Import a checked file")
			.response("POST /api/v1/imports/{id}/confirm", DONE)
			.summary("GET /api/v1/employees/export.xlsx", "Export employees as .xlsx")
			.file("GET /api/v1/employees/export.xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
			.parameter("GET /api/v1/employees", "positionId", "Only employees in this position.")
			.response("POST /api/v1/employees/{id}/departure", EmployeeApiExamples.EMPLOYEE.replace("\"ACTIVE\"", "\"LEFT\"")
				.replace("\"leftOn\": null", "\"leftOn\": \"2026-04-30\""))
			.response("POST /api/v1/employees/{id}/rejoin", EmployeeApiExamples.EMPLOYEE);
	}

}
