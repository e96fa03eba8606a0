package io.lodestar.kpi.web;

/** Examples for the OpenAPI document of the KPI, measurement and library endpoints (compile-time constants). */
final class KpiApiExamples {

	static final String CONFIG = """
			{
			  "unit": "%", "direction": "DECREASE", "method": "PROGRESS", "aggregation": "AVERAGE", "frequency": "MONTH",
			  "baseline": 7, "target": 4, "stretch": null, "rangeLow": null, "rangeHigh": null, "inclusive": true,
			  "tolerance": null, "steps": [], "cap": 1.2, "floor": 0, "weight": 50, "selfReported": false,
			  "definitionId": null
			}
			""";

	static final String PERIOD_REF = """
			{"id": "2a4c6e8a-0c2e-4a6c-8e0a-2c4e6a8c0e2a", "kind": "MONTH", "label": "2026-03",
			 "startsOn": "2026-03-01", "endsOn": "2026-03-31", "locked": false}
			""";

	static final String KPI = """
			{
			  "id": "3c5e7a9c-1e3a-4c5e-9a1c-3e5a7c9e1a3c",
			  "title": "个人操作损耗率≤4%",
			  "description": null,
			  "ownerType": "EMPLOYEE",
			  "ownerId": "1e3a5c7e-9a1c-4e3a-8c7e-9a1c3e5a7c39",
			  "ownerName": "王强",
			  "period": {"id": "9f8e7d6c-5b4a-4392-8170-6f5e4d3c2b1a", "kind": "YEAR", "label": "2026",
			             "startsOn": "2026-01-01", "endsOn": "2026-12-31", "locked": false},
			  "parentId": "5e7a9c1e-3a5c-4e7a-9c1e-3a5c7e9a1c5e",
			  "contributionWeight": 1,
			  "progress": 1.1667,
			  "status": "ACTIVE",
			  "visibility": "PUBLIC",
			  "goalVersion": 1,
			  "manageable": true,
			  "recordable": true,
			  "config": """ + CONFIG + """
			  ,
			  "configVersion": 0,
			  "overall": {"period": {"id": "9f8e7d6c-5b4a-4392-8170-6f5e4d3c2b1a", "kind": "YEAR", "label": "2026",
			              "startsOn": "2026-01-01", "endsOn": "2026-12-31", "locked": false},
			              "actual": 3.5, "target": 4, "completion": 1.1667, "rawCompletion": 1.1667, "measurementCount": 1},
			  "byPeriod": [
			    {"period": """ + PERIOD_REF + """
			    , "actual": 3.5, "target": 4, "completion": 1.1667, "rawCompletion": 1.1667, "measurementCount": 1}
			  ]
			}
			""";

	static final String CREATE = """
			{
			  "title": "个人操作损耗率≤4%",
			  "ownerType": "EMPLOYEE",
			  "ownerId": "1e3a5c7e-9a1c-4e3a-8c7e-9a1c3e5a7c39",
			  "periodId": "9f8e7d6c-5b4a-4392-8170-6f5e4d3c2b1a",
			  "parentId": "5e7a9c1e-3a5c-4e7a-9c1e-3a5c7e9a1c5e",
			  "config": {"unit": "%", "direction": "DECREASE", "method": "PROGRESS", "aggregation": "AVERAGE",
			             "frequency": "MONTH", "baseline": 7, "target": 4, "cap": 1.2, "floor": 0, "weight": 50}
			}
			""";

	static final String CONFIGURE = """
			{
			  "config": {"unit": "%", "direction": "DECREASE", "method": "PROGRESS", "aggregation": "AVERAGE",
			             "frequency": "MONTH", "baseline": 7, "target": 3.8, "cap": 1.2, "floor": 0, "weight": 50},
			  "version": 0
			}
			""";

	static final String MEASUREMENT = """
			{
			  "id": "6a8c0e2a-4c6e-4a8c-8e2a-4c6e8a0c2e4a",
			  "kpiId": "3c5e7a9c-1e3a-4c5e-9a1c-3e5a7c9e1a3c",
			  "periodId": "2a4c6e8a-0c2e-4a6c-8e0a-2c4e6a8c0e2a",
			  "measuredOn": "2026-03-15",
			  "value": 3.5,
			  "source": "API",
			  "sourceRef": "MES-2026-03-0042",
			  "enteredBy": "mes@huarui.example.cn",
			  "recordedAt": "2026-03-16T01:00:00Z",
			  "correctsId": null,
			  "reason": null,
			  "lockOverride": false,
			  "superseded": false
			}
			""";

	static final String RECORD = """
			{"value": 3.5, "measuredOn": "2026-03-15", "sourceRef": "MES-2026-03-0042", "idempotencyKey": "mes-ws1-2026-03-wang"}
			""";

	static final String CORRECTION = """
			{"value": 5.5, "reason": "录入错误：应为5.5"}
			""";

	static final String BATCH = """
			{
			  "items": [
			    {"kpiId": "3c5e7a9c-1e3a-4c5e-9a1c-3e5a7c9e1a3c", "value": 3.5, "measuredOn": "2026-03-31",
			     "sourceRef": "ERP-2026-03", "idempotencyKey": "erp-loss-2026-03-E1001"},
			    {"kpiId": "4d6f8b0d-2f4b-4d6f-8b0d-2f4b6d8f0b4d", "value": 4.2, "measuredOn": "2026-03-31",
			     "sourceRef": "ERP-2026-03", "idempotencyKey": "erp-loss-2026-03-E1002"}
			  ],
			  "partial": false
			}
			""";

	static final String BATCH_RESULT = """
			{"recorded": ["6a8c0e2a-4c6e-4a8c-8e2a-4c6e8a0c2e4a", "7b9d1f3b-5d7f-4b9d-9f3b-5d7f9b1d3f5b"], "duplicates": 0, "refused": [],
			 "resultsPending": false}
			""";

	static final String PARTIAL_RESULT = """
			{
			  "recorded": ["6a8c0e2a-4c6e-4a8c-8e2a-4c6e8a0c2e4a"],
			  "duplicates": 0,
			  "refused": [{"index": 1, "field": "measuredOn", "code": "kpi.measurement.date.future",
			               "message": "The date cannot be in the future."}],
			  "resultsPending": false
			}
			""";

	static final String ITEMS_REJECTED = """
			{
			  "type": "https://lodestar.dev/problems/items-rejected",
			  "title": "Items refused",
			  "status": 422,
			  "detail": "Items refused: 2. Nothing was stored; see errors for each item by its index (from 0).",
			  "instance": "/api/v1/measurements/batch",
			  "errors": [
			    {"index": 1, "field": "kpiId", "code": "kpi.measurement.kpi.unknown", "message": "This KPI does not exist or you cannot see it."},
			    {"index": 3, "field": "measuredOn", "code": "kpi.measurement.period-locked",
			     "message": "The period is locked; only an HR administrator can record into it, with a reason."}
			  ]
			}
			""";

	static final String EXPLAIN = """
			{
			  "kpiId": "3c5e7a9c-1e3a-4c5e-9a1c-3e5a7c9e1a3c",
			  "title": "个人操作损耗率≤4%",
			  "result": {"period": """ + PERIOD_REF + """
			  , "actual": 3.5, "target": 4, "completion": 1.1667, "rawCompletion": 1.1667, "measurementCount": 1},
			  "formulaKey": "scoring.formula.progress-decrease",
			  "formula": "Reduction from baseline to target = (baseline − actual) ÷ (baseline − target)",
			  "inputs": [{"name": "actual", "label": "Actual", "value": 3.5}, {"name": "baseline", "label": "Baseline", "value": 7},
			             {"name": "target", "label": "Target", "value": 4}],
			  "expression": "(7 − 3.5) ÷ (7 − 4) = 1.1667",
			  "notes": [],
			  "rule": {"direction": "DECREASE", "method": "PROGRESS", "baseline": 7, "target": 4, "stretch": null,
			           "rangeLow": null, "rangeHigh": null, "inclusive": true, "tolerance": null, "steps": [], "cap": 1.2, "floor": 0},
			  "measurements": [""" + MEASUREMENT + """
			  ]
			}
			""";

	static final String DEFINITION = """
			{
			  "id": "8e0a2c4e-6a8c-4e0a-8c4e-6a8c0e2a4c6e",
			  "code": "LOSS-RATE",
			  "name": "个人操作损耗率",
			  "description": "每月平均操作损耗率",
			  "config": """ + CONFIG + """
			  ,
			  "archived": false,
			  "version": 0
			}
			""";

	static final String CREATE_DEFINITION = """
			{
			  "code": "LOSS-RATE",
			  "name": "个人操作损耗率",
			  "description": "每月平均操作损耗率",
			  "config": {"unit": "%", "direction": "DECREASE", "method": "PROGRESS", "aggregation": "AVERAGE",
			             "frequency": "MONTH", "baseline": 7, "target": 4, "cap": 1.2, "floor": 0, "weight": 30}
			}
			""";

	static final String UPDATE_DEFINITION = """
			{
			  "code": "LOSS-RATE",
			  "name": "个人操作损耗率",
			  "config": {"unit": "%", "direction": "DECREASE", "method": "PROGRESS", "aggregation": "AVERAGE",
			             "frequency": "MONTH", "baseline": 7, "target": 3.8, "cap": 1.2, "floor": 0, "weight": 30},
			  "version": 0
			}
			""";

	static final String DRAFT = """
			[
			  {"employeeId": "1e3a5c7e-9a1c-4e3a-8c7e-9a1c3e5a7c39", "employeeNo": "E-1001", "name": "王强", "target": 4, "weight": 30},
			  {"employeeId": "2f4b6d8f-0b2d-4f4b-8d8f-0b2d4f6b8d4a", "employeeNo": "E-1002", "name": "李娜", "target": 4, "weight": 30}
			]
			""";

	static final String ASSIGNMENT = """
			{
			  "periodId": "9f8e7d6c-5b4a-4392-8170-6f5e4d3c2b1a",
			  "parentId": "5e7a9c1e-3a5c-4e7a-9c1e-3a5c7e9a1c5e",
			  "targets": [
			    {"employeeId": "1e3a5c7e-9a1c-4e3a-8c7e-9a1c3e5a7c39", "target": 4, "weight": 30},
			    {"employeeId": "2f4b6d8f-0b2d-4f4b-8d8f-0b2d4f6b8d4a", "target": 4.5, "weight": 30}
			  ]
			}
			""";

	private KpiApiExamples() {
	}

}
