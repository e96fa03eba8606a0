package io.lodestar.appraisal.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import io.lodestar.platform.web.OperationExamples;

/** Examples of the appraisal endpoints for the OpenAPI document (attached by operation). */
@Configuration(proxyBeanMethods = false)
class AppraisalOperationExamples {

	private static final String SETUP = "/api/v1/appraisal";

	private static final String PEOPLE = "/api/v1/appraisals";

	static final String TEMPLATE_BODY = """
			  "name": "2026年度绩效考核",
			  "weights": {"KPI": 60, "MANAGER": 30, "PEER": 10},
			  "ratingScale": 5,
			  "peerMinRespondents": 3,
			  "formula": "0.6 * kpi + 0.3 * manager + 0.1 * peer",
			  "bands": [{"grade": "A", "floor": 1.1}, {"grade": "B", "floor": 0.9}, {"grade": "C", "floor": 0.7},
			            {"grade": "D", "floor": null}],
			  "targetDistribution": {"A": 20, "B": 50, "C": 25, "D": 5},
			  "payTiers": [
			    {"label": "A档系数1.5", "min": null, "minIncluded": true, "max": null, "maxIncluded": true, "grade": "A",
			     "effect": "COEFFICIENT", "value": 1.5},
			    {"label": "完成率低于100%扣减", "min": null, "minIncluded": true, "max": 1, "maxIncluded": false,
			     "grade": null, "effect": "COEFFICIENT", "value": 0.8}
			  ]""";

	static final String TEMPLATE = "{\n  \"id\": \"0d2f4b6d-8f0b-4d2f-9b6d-8f0b2d4f6b8d\",\n" + TEMPLATE_BODY
			+ ",\n  \"version\": 1\n}";

	static final String CYCLE = """
			{
			  "id": "1e3a5c7e-9a1c-4e3a-8c7e-9a1c3e5a7c40",
			  "templateId": "0d2f4b6d-8f0b-4d2f-9b6d-8f0b2d4f6b8d",
			  "name": "2026年度考核",
			  "periodId": "9f8e7d6c-5b4a-4392-8170-6f5e4d3c2b1a",
			  "phase": "MANAGER_REVIEW",
			  "selfDue": "2027-01-10",
			  "managerDue": "2027-01-20",
			  "calibrationDue": "2027-01-31",
			  "acknowledgeDue": "2027-02-10",
			  "payBase": 8000.00,
			  "bonusPool": 500000.00,
			  "unitIds": ["5b1d0f0e-3f7a-4c1e-9a4e-0c8d2f1a7b21"],
			  "positionIds": [],
			  "computation": {"running": false, "done": 0, "total": 0, "error": null},
			  "version": 3,
			  "closed": false
			}
			""";

	static final String APPRAISAL = """
			{
			  "id": "2f4b6d8f-0b2d-4f4b-8d8f-0b2d4f6b8d5b",
			  "cycleId": "1e3a5c7e-9a1c-4e3a-8c7e-9a1c3e5a7c40",
			  "employeeId": "1e3a5c7e-9a1c-4e3a-8c7e-9a1c3e5a7c39",
			  "employeeName": "王强",
			  "employeeNo": "E-1001",
			  "orgUnitId": "5b1d0f0e-3f7a-4c1e-9a4e-0c8d2f1a7b21",
			  "orgUnitName": "Sales East",
			  "reviewerId": "7a9c1e3f-5b7d-4f1a-8c3e-5a7c9e1b3d52",
			  "reviewerName": "Max Manager",
			  "selfRating": 4,
			  "selfComment": "华东区新签客户超额完成。",
			  "selfSubmittedAt": "2027-01-08T09:00:00Z",
			  "managerRating": 4.5,
			  "managerComment": "目标完成好，团队协作可再加强。",
			  "potential": 3,
			  "managerSubmittedAt": "2027-01-18T07:30:00Z",
			  "kpiScore": 1.12,
			  "okrScore": null,
			  "peerScore": null,
			  "peerCount": 2,
			  "finalScore": 1.0967,
			  "missingComponents": "peer",
			  "managerGrade": "B",
			  "grade": "B",
			  "payBase": 8000.00,
			  "payAmount": 8000.00,
			  "paySteps": "×1",
			  "acknowledgedAt": null,
			  "appealState": null,
			  "appealReason": null,
			  "appealDecision": null,
			  "version": 5
			}
			""";

	@Bean
	OperationExamples appraisalExamples() {
		String templates = SETUP + "/templates";
		String cycles = SETUP + "/cycles";
		String cycle = cycles + "/{id}";
		String appraisal = PEOPLE + "/{id}";
		return OperationExamples.create()
			.response("GET " + templates, "[" + TEMPLATE + "]")
			.request("POST " + templates, "{\n" + TEMPLATE_BODY + "\n}")
			.response("POST " + templates, TEMPLATE)
			.response("GET " + templates + "/{id}", TEMPLATE)
			.request("PUT " + templates + "/{id}", "{\n" + TEMPLATE_BODY + ",\n  \"version\": 1\n}")
			.response("PUT " + templates + "/{id}", TEMPLATE.replace("\"version\": 1", "\"version\": 2"))
			.parameter("POST " + templates + "/preview", "payBase", "The pay base the sample pay is computed from.")
			.request("POST " + templates + "/preview", "{\n" + TEMPLATE_BODY + "\n}")
			.response("POST " + templates + "/preview", """
					[{"sample": "strong", "sampleName": "业绩突出", "components": {"kpi": 1.25, "manager": 0.9, "peer": 0.84},
					  "score": 1.104, "problem": null, "grade": "A", "pay": 12000.00},
					 {"sample": "below", "sampleName": "未达标", "components": {"kpi": 0.78, "manager": 0.5, "peer": 0.6},
					  "score": 0.678, "problem": null, "grade": "D", "pay": 5120.00}]
					""")
			.response("GET " + cycles, "[" + CYCLE + "]")
			.request("POST " + cycles, """
					{"name": "2026年度考核", "templateId": "0d2f4b6d-8f0b-4d2f-9b6d-8f0b2d4f6b8d",
					 "periodId": "9f8e7d6c-5b4a-4392-8170-6f5e4d3c2b1a", "unitIds": ["5b1d0f0e-3f7a-4c1e-9a4e-0c8d2f1a7b21"],
					 "positionIds": [], "selfDue": "2027-01-10", "managerDue": "2027-01-20", "calibrationDue": "2027-01-31",
					 "acknowledgeDue": "2027-02-10", "payBase": 8000, "bonusPool": 500000}
					""")
			.response("POST " + cycles, CYCLE.replace("\"MANAGER_REVIEW\"", "\"DRAFT\"").replace("\"version\": 3", "\"version\": 0"))
			.response("GET " + cycle, CYCLE)
			.request("POST " + cycle + "/advance", "{\"phase\": \"CALIBRATION\"}")
			.response("POST " + cycle + "/advance", CYCLE.replace("\"MANAGER_REVIEW\"", "\"CALIBRATION\""))
			.request("POST " + cycle + "/reopen", "{\"reason\": \"申诉复核后需更正两人的等级。\"}")
			.response("POST " + cycle + "/reopen", CYCLE.replace("\"MANAGER_REVIEW\"", "\"RESULTS\""))
			.request("POST " + cycle + "/recompute", "{\"reason\": \"12月销售数据补录后重新计算。\"}")
			.response("GET " + cycle + "/appraisals", "[" + APPRAISAL + "]")
			.response("GET " + cycle + "/changes", """
					[{"appraisalId": "2f4b6d8f-0b2d-4f4b-8d8f-0b2d4f6b8d5b", "employeeId": "1e3a5c7e-9a1c-4e3a-8c7e-9a1c3e5a7c39",
					  "employeeName": "王强", "what": "GRADE", "before": "B", "after": "A",
					  "reason": "校准会：大客户签约贡献未体现在KPI中。", "actor": "Hana HR", "at": "2027-01-28T03:00:00Z"}]
					""")
			.response("GET " + cycle + "/distribution", """
					{"": [{"grade": "A", "target": 4, "manager": 6, "calibrated": 4},
					      {"grade": "B", "target": 10, "manager": 9, "calibrated": 10},
					      {"grade": "C", "target": 5, "manager": 4, "calibrated": 5},
					      {"grade": "D", "target": 1, "manager": 1, "calibrated": 1}]}
					""")
			.response("GET " + cycle + "/nine-box", """
					[{"employeeId": "1e3a5c7e-9a1c-4e3a-8c7e-9a1c3e5a7c39", "name": "王强", "score": 1.0967, "potential": 3,
					  "box": {"row": 0, "column": 1, "number": 6}}]
					""")
			.parameter("GET " + cycle + "/what-if", "payBase", "A pay base to try instead of the cycle's.")
			.parameter("GET " + cycle + "/what-if", "pool", "A bonus pool to try instead of the cycle's.")
			.response("GET " + cycle + "/what-if", """
					{"payBase": 8000.00, "pool": 500000.00, "byGrade": {"A": 4, "B": 10, "C": 5, "D": 1},
					 "rulesTotal": 171200.00, "total": 500000.00, "residue": 0.00, "people": 20}
					""")
			.file("GET " + cycle + "/payroll.xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
			.file("GET " + cycle + "/payroll.csv", "text/csv")
			.response("GET " + PEOPLE + "/mine", "[" + APPRAISAL + "]")
			.response("GET " + PEOPLE + "/peer-requests", "[" + APPRAISAL + "]")
			.response("GET " + appraisal, APPRAISAL)
			.response("GET " + appraisal + "/peer-comments", "[\"沟通及时，乐于分享客户资源。\", \"跨部门协作可以更主动。\"]")
			.request("PUT " + appraisal + "/self-assessment", "{\"rating\": 4, \"comment\": \"华东区新签客户超额完成。\"}")
			.response("PUT " + appraisal + "/self-assessment", APPRAISAL)
			.request("PUT " + appraisal + "/peer-feedback", "{\"rating\": 4, \"comment\": \"沟通及时，乐于分享客户资源。\"}")
			.request("POST " + appraisal + "/peers", "{\"peerIds\": [\"2f4b6d8f-0b2d-4f4b-8d8f-0b2d4f6b8d4a\", "
					+ "\"3a5c7e9a-1c3e-4a5c-9e9a-1c3e5a7c9e6c\"]}")
			.request("PUT " + appraisal + "/manager-assessment",
					"{\"rating\": 4.5, \"comment\": \"目标完成好，团队协作可再加强。\", \"potential\": 3}")
			.response("PUT " + appraisal + "/manager-assessment", APPRAISAL)
			.request("PUT " + appraisal + "/pay-base", "{\"payBase\": 9000}")
			.response("PUT " + appraisal + "/pay-base", APPRAISAL.replace("\"payBase\": 8000.00", "\"payBase\": 9000.00")
				.replace("\"payAmount\": 8000.00", "\"payAmount\": 9000.00"))
			.request("POST " + appraisal + "/calibration", "{\"grade\": \"A\", \"reason\": \"校准会：大客户签约贡献未体现在KPI中。\"}")
			.response("POST " + appraisal + "/calibration", APPRAISAL.replace("\"grade\": \"B\"", "\"grade\": \"A\""))
			.request("POST " + appraisal + "/appeal", "{\"reason\": \"11月的大客户回款未计入KPI。\"}")
			.response("POST " + appraisal + "/appeal", APPRAISAL.replace("\"appealState\": null", "\"appealState\": \"OPEN\"")
				.replace("\"appealReason\": null", "\"appealReason\": \"11月的大客户回款未计入KPI。\""))
			.request("POST " + appraisal + "/appeal/decision", "{\"grade\": \"A\", \"reason\": \"核实回款后上调等级。\"}")
			.response("POST " + appraisal + "/appeal/decision", APPRAISAL.replace("\"grade\": \"B\"", "\"grade\": \"A\"")
				.replace("\"appealState\": null", "\"appealState\": \"CHANGED\"")
				.replace("\"appealReason\": null", "\"appealReason\": \"11月的大客户回款未计入KPI。\"")
				.replace("\"appealDecision\": null", "\"appealDecision\": \"核实回款后上调等级。\""))
			.response("POST " + appraisal + "/acknowledgement", APPRAISAL
				.replace("\"acknowledgedAt\": null", "\"acknowledgedAt\": \"2027-02-05T01:00:00Z\""));
	}

}
