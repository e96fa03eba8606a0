package io.lodestar.goals.web;

/** Examples for the OpenAPI document of the periods, settings and goals endpoints (compile-time constants). */
final class GoalApiExamples {

	static final String PERIOD = """
			{
			  "id": "5d1f0c1e-7a0b-4c3d-9e2f-1a2b3c4d5e6f",
			  "kind": "QUARTER",
			  "fiscalYear": 2026,
			  "sequence": 1,
			  "label": "2026 Q1",
			  "startsOn": "2026-01-01",
			  "endsOn": "2026-03-31",
			  "locked": false,
			  "lockReason": null
			}
			""";

	static final String LOCKED_PERIOD = """
			{
			  "id": "0e9a8b7c-6d5e-4f3a-8b1c-2d3e4f5a6b7c",
			  "kind": "MONTH",
			  "fiscalYear": 2026,
			  "sequence": 3,
			  "label": "2026-03",
			  "startsOn": "2026-03-01",
			  "endsOn": "2026-03-31",
			  "locked": true,
			  "lockReason": "3月数据已确认，用于发放绩效工资"
			}
			""";

	static final String LOCK = """
			{"reason": "3月数据已确认，用于发放绩效工资"}
			""";

	static final String SETTINGS = """
			{"fiscalYearStartMonth": 4, "kpiActualsPublic": false, "version": 3}
			""";

	static final String SETTINGS_UPDATE = """
			{"fiscalYearStartMonth": 4, "kpiActualsPublic": true, "version": 3}
			""";

	static final String GOAL = """
			{
			  "id": "7b6a5c4d-3e2f-4a1b-9c8d-7e6f5a4b3c2d",
			  "kind": "STRATEGY",
			  "title": "降低生产成本10%",
			  "description": null,
			  "ownerType": "COMPANY",
			  "ownerId": null,
			  "ownerName": "华瑞精密制造有限公司",
			  "period": {
			    "id": "9f8e7d6c-5b4a-4392-8170-6f5e4d3c2b1a", "kind": "YEAR", "fiscalYear": 2026, "sequence": 1,
			    "label": "2026", "startsOn": "2026-01-01", "endsOn": "2026-12-31", "locked": false, "lockReason": null
			  },
			  "parentId": null,
			  "weight": 1,
			  "progressDriver": "CHILDREN",
			  "progress": 1.0111,
			  "progressAt": "2026-03-02T01:15:00Z",
			  "status": "ACTIVE",
			  "visibility": "PUBLIC",
			  "version": 2,
			  "manageable": true
			}
			""";

	static final String CREATE = """
			{
			  "kind": "STRATEGY",
			  "title": "降低生产成本10%",
			  "ownerType": "COMPANY",
			  "periodId": "9f8e7d6c-5b4a-4392-8170-6f5e4d3c2b1a"
			}
			""";

	static final String UPDATE = """
			{"title": "降低生产成本12%", "description": "以2025年为基准", "weight": 2, "version": 2}
			""";

	static final String PARENT = """
			{"parentId": "7b6a5c4d-3e2f-4a1b-9c8d-7e6f5a4b3c2d", "weight": 50}
			""";

	private GoalApiExamples() {
	}

}
