package io.lodestar.people.web;

/** Request and response examples of the employee API, for the OpenAPI document. */
final class EmployeeApiExamples {

	static final String EMPLOYEE = """
			{
			  "id": "0b9f3c56-8d1e-4a55-9a53-4f0f6a7de111",
			  "employeeNo": "E-1001",
			  "name": "李娜",
			  "email": "li.na@example.cn",
			  "status": "ACTIVE",
			  "orgUnit": {"id": "5b1d0f0e-3f7a-4c1e-9a4e-0c8d2f1a7b21", "name": "Sales East"},
			  "position": {"id": "3e5a7c9e-1b3d-4f5a-8c7e-9a1c3e5b7d93", "name": "Sales representative"},
			  "manager": {"id": "7a9c1e3f-5b7d-4f1a-8c3e-5a7c9e1b3d52", "name": "Max Manager"},
			  "restricted": false,
			  "phone": "+86 138 0013 8000",
			  "hireDate": "2026-03-01",
			  "leftOn": null,
			  "version": 3
			}
			""";

	static final String RESTRICTED_EMPLOYEE = """
			{
			  "id": "0b9f3c56-8d1e-4a55-9a53-4f0f6a7de111",
			  "employeeNo": "E-1001",
			  "name": "李娜",
			  "email": "li.na@example.cn",
			  "status": "ACTIVE",
			  "orgUnit": {"id": "5b1d0f0e-3f7a-4c1e-9a4e-0c8d2f1a7b21", "name": "Sales East"},
			  "position": {"id": "3e5a7c9e-1b3d-4f5a-8c7e-9a1c3e5b7d93", "name": "Sales representative"},
			  "manager": {"id": "7a9c1e3f-5b7d-4f1a-8c3e-5a7c9e1b3d52", "name": "Max Manager"},
			  "restricted": true,
			  "phone": null,
			  "hireDate": null,
			  "leftOn": null,
			  "version": null
			}
			""";

	static final String PAGE = "{\"items\": [" + EMPLOYEE + "], \"page\": 0, \"size\": 20, \"totalItems\": 1, \"totalPages\": 1}";

	static final String HIRE = """
			{
			  "employeeNo": "E-1001",
			  "name": "李娜",
			  "email": "li.na@example.cn",
			  "phone": "+86 138 0013 8000",
			  "hireDate": "2026-03-01",
			  "orgUnitId": "5b1d0f0e-3f7a-4c1e-9a4e-0c8d2f1a7b21",
			  "positionId": "3e5a7c9e-1b3d-4f5a-8c7e-9a1c3e5b7d93",
			  "managerId": "7a9c1e3f-5b7d-4f1a-8c3e-5a7c9e1b3d52"
			}
			""";

	static final String CORRECT = """
			{
			  "employeeNo": "E-1001",
			  "name": "李娜",
			  "email": "na.li@example.cn",
			  "phone": "+86 138 0013 8000",
			  "hireDate": "2026-03-01",
			  "version": 3
			}
			""";

	static final String MOVE = """
			{
			  "orgUnitId": "9d1f3a5c-7e9b-4d1f-a3c5-e7a9c1e3f5b7",
			  "positionId": "3e5a7c9e-1b3d-4f5a-8c7e-9a1c3e5b7d93",
			  "managerId": "7a9c1e3f-5b7d-4f1a-8c3e-5a7c9e1b3d52",
			  "effectiveOn": "2026-04-01",
			  "reason": "Transfer to Sales West"
			}
			""";

	static final String DEPARTURE = """
			{"lastDay": "2026-04-30", "reason": "Resigned"}
			""";

	static final String REJOIN = """
			{"firstDay": "2026-05-06"}
			""";

	static final String HISTORY = """
			[
			  {
			    "from": "2026-04-01", "to": null,
			    "orgUnit": {"id": "9d1f3a5c-7e9b-4d1f-a3c5-e7a9c1e3f5b7", "name": "Sales West"},
			    "position": {"id": "3e5a7c9e-1b3d-4f5a-8c7e-9a1c3e5b7d93", "name": "Sales representative"},
			    "manager": {"id": "7a9c1e3f-5b7d-4f1a-8c3e-5a7c9e1b3d52", "name": "Max Manager"},
			    "reason": "Transfer to Sales West"
			  },
			  {
			    "from": "2026-03-01", "to": "2026-04-01",
			    "orgUnit": {"id": "5b1d0f0e-3f7a-4c1e-9a4e-0c8d2f1a7b21", "name": "Sales East"},
			    "position": {"id": "3e5a7c9e-1b3d-4f5a-8c7e-9a1c3e5b7d93", "name": "Sales representative"},
			    "manager": {"id": "7a9c1e3f-5b7d-4f1a-8c3e-5a7c9e1b3d52", "name": "Max Manager"},
			    "reason": null
			  }
			]
			""";

	private EmployeeApiExamples() {
	}

}
