package io.lodestar.okr.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import io.lodestar.platform.web.OperationExamples;

/** Examples of the OKR endpoints for the OpenAPI document (attached by operation, see {@link OperationExamples}). */
@Configuration(proxyBeanMethods = false)
class OkrOperationExamples {

	private static final String CYCLES = "/api/v1/okr/cycles";

	private static final String OBJECTIVES = "/api/v1/okr/objectives";

	private static final String KEY_RESULTS = "/api/v1/okr/key-results";

	static final String CYCLE = """
			{
			  "id": "4c2e6a8b-0d1f-4a3c-9e5b-7d9f1b3d5f70",
			  "name": "2026 Q2",
			  "cadence": "QUARTER",
			  "startsOn": "2026-04-01",
			  "endsOn": "2026-06-30",
			  "draftingEndsOn": "2026-04-10",
			  "closingStartsOn": "2026-06-24",
			  "periodId": "6e8a0c2e-4a6c-4e8a-8c2e-4a6c8e0a2c4e",
			  "phase": "ACTIVE",
			  "checkInDays": 7,
			  "atRiskMargin": 0.1,
			  "progressCap": 1,
			  "version": 2,
			  "closed": false
			}
			""";

	static final String NEW_CYCLE = """
			{
			  "name": "2026 Q2",
			  "cadence": "QUARTER",
			  "startsOn": "2026-04-01",
			  "endsOn": "2026-06-30",
			  "checkInDays": 7,
			  "atRiskMargin": 0.1,
			  "progressCap": 1
			}
			""";

	static final String KEY_RESULT = """
			{
			  "id": "8a0c2e4a-6c8e-4a0c-9e4a-6c8e0a2c4e6a",
			  "position": 1,
			  "title": "华东区新签客户数达到40家",
			  "type": "METRIC",
			  "direction": "INCREASE",
			  "start": 0,
			  "target": 40,
			  "unit": "家",
			  "current": 17,
			  "done": false,
			  "weight": 60,
			  "normalisedWeight": 0.6,
			  "progress": 0.425,
			  "status": "ON_TRACK",
			  "statusSetByHand": false,
			  "confidence": 7,
			  "lastCheckInAt": "2026-05-08T09:30:00Z",
			  "versionNumber": 1,
			  "pendingRevision": null,
			  "score": null,
			  "scoreReason": null
			}
			""";

	static final String OBJECTIVE = """
			{
			  "id": "2a4c6e8a-0c2e-4a6c-8e0a-2c4e6a8c0e2b",
			  "cycleId": "4c2e6a8b-0d1f-4a3c-9e5b-7d9f1b3d5f70",
			  "title": "打开华东市场",
			  "why": "华东区收入占比不足20%，是今年增长的关键。",
			  "ownerType": "EMPLOYEE",
			  "ownerId": "1e3a5c7e-9a1c-4e3a-8c7e-9a1c3e5a7c39",
			  "ownerName": "王强",
			  "visibility": "PUBLIC",
			  "reviewState": "APPROVED",
			  "status": "ON_TRACK",
			  "progress": 0.555,
			  "includeChildObjectives": false,
			  "parentId": "5e7a9c1e-3a5c-4e7a-9c1e-3a5c7e9a1c5e",
			  "parentTitle": "2026年销售收入增长30%",
			  "weightSum": 100,
			  "keyResults": [""" + KEY_RESULT + """
			  , {"id": "9b1d3f5b-7d9f-4b1d-8f5b-7d9f1b3d5f7b", "position": 2, "title": "上线华东区经销商门户",
			     "type": "MILESTONE", "direction": "INCREASE", "start": null, "target": null, "unit": null,
			     "current": null, "done": false, "weight": 40, "normalisedWeight": 0.4, "progress": 0.75,
			     "status": "ON_TRACK", "statusSetByHand": true, "confidence": 8,
			     "lastCheckInAt": "2026-05-08T09:35:00Z", "versionNumber": 1, "pendingRevision": null,
			     "score": null, "scoreReason": null}
			  ],
			  "wentWell": null,
			  "wentBadly": null,
			  "reasons": null,
			  "carryOver": null,
			  "carriedFromId": null,
			  "version": 4,
			  "can": {"edit": false, "submit": false, "review": false, "checkIn": true, "comment": true, "suggest": true,
			          "revise": true, "score": false, "align": true, "decideRevisions": false}
			}
			""";

	static final String DRAFT = """
			{
			  "cycleId": "4c2e6a8b-0d1f-4a3c-9e5b-7d9f1b3d5f70",
			  "ownerType": "EMPLOYEE",
			  "ownerId": "1e3a5c7e-9a1c-4e3a-8c7e-9a1c3e5a7c39",
			  "title": "打开华东市场",
			  "why": "华东区收入占比不足20%，是今年增长的关键。",
			  "visibility": "PUBLIC",
			  "includeChildObjectives": false,
			  "keyResults": [
			    {"title": "华东区新签客户数达到40家", "type": "METRIC", "direction": "INCREASE", "start": 0, "target": 40,
			     "unit": "家", "weight": 60},
			    {"title": "上线华东区经销商门户", "type": "MILESTONE", "weight": 40}
			  ]
			}
			""";

	static final String CHECK_IN = """
			{
			  "id": "3b5d7f9b-1d3f-4b5d-9f1b-3d5f7b9d1f3c",
			  "keyResultId": "8a0c2e4a-6c8e-4a0c-9e4a-6c8e0a2c4e6a",
			  "versionNumber": 1,
			  "checkedOn": "2026-05-08",
			  "value": 17,
			  "done": false,
			  "progress": 0.425,
			  "confidence": 7,
			  "status": "ON_TRACK",
			  "narrative": "本周新签3家，苏州两家经销商在谈。",
			  "helpNeeded": "需要市场部提供华东区展会名单。",
			  "source": "API",
			  "sourceRef": "CRM-2026-W19",
			  "authorName": "CRM sync",
			  "at": "2026-05-08T09:30:00Z"
			}
			""";

	static final String REVISION = """
			{
			  "number": 2,
			  "title": "华东区新签客户数达到35家",
			  "type": "METRIC",
			  "direction": "INCREASE",
			  "start": 0,
			  "target": 35,
			  "unit": "家",
			  "lastValue": 17,
			  "progress": 0.4857,
			  "state": "PROPOSED",
			  "effectiveFrom": "2026-05-11",
			  "reason": "上海办事处撤并，目标按人员调整。",
			  "proposedAt": "2026-05-09T02:00:00Z",
			  "decidedAt": null,
			  "decisionNote": null
			}
			""";

	static final String COMMENT = """
			{
			  "id": "5d7f9b1d-3f5b-4d7f-8b1d-3f5b7d9f1b5e",
			  "objectiveId": "2a4c6e8a-0c2e-4a6c-8e0a-2c4e6a8c0e2b",
			  "keyResultId": "8a0c2e4a-6c8e-4a0c-9e4a-6c8e0a2c4e6a",
			  "authorName": "Max Manager",
			  "body": "40家偏高，建议先定35家。",
			  "suggestion": "CHANGE_TARGET",
			  "suggestedTitle": null,
			  "suggestedType": null,
			  "suggestedDirection": null,
			  "suggestedStart": null,
			  "suggestedTarget": 35,
			  "suggestedUnit": null,
			  "state": "OPEN",
			  "at": "2026-04-06T03:20:00Z",
			  "openSuggestion": true
			}
			""";

	@Bean
	OperationExamples okrExamples() {
		String objective = OBJECTIVES + "/{id}";
		return OperationExamples.create()
			.response("GET " + CYCLES, "[" + CYCLE + "]")
			.request("POST " + CYCLES, NEW_CYCLE)
			.response("POST " + CYCLES, CYCLE)
			.response("GET " + CYCLES + "/{id}", CYCLE)
			.request("PUT " + CYCLES + "/{id}", NEW_CYCLE.replace("\"progressCap\": 1", "\"progressCap\": 1,\n  \"version\": 2"))
			.response("PUT " + CYCLES + "/{id}", CYCLE)
			.request("POST " + CYCLES + "/{id}/phase", "{\"phase\": \"CLOSING\"}")
			.response("POST " + CYCLES + "/{id}/phase", CYCLE.replace("\"ACTIVE\"", "\"CLOSING\""))
			.response("POST " + CYCLES + "/{id}/close", CYCLE.replace("\"ACTIVE\"", "\"CLOSED\"")
				.replace("\"closed\": false", "\"closed\": true"))
			.request("POST " + CYCLES + "/{id}/reopen", "{\"reason\": \"两名员工的评分录错，需要更正。\"}")
			.response("POST " + CYCLES + "/{id}/reopen", CYCLE.replace("\"ACTIVE\"", "\"CLOSING\""))
			.response("GET " + CYCLES + "/{id}/team", "[{\"employeeId\": \"1e3a5c7e-9a1c-4e3a-8c7e-9a1c3e5a7c39\", "
					+ "\"name\": \"王强\", \"keyResults\": [{\"objective\": " + OBJECTIVE + ", \"keyResult\": " + KEY_RESULT
					+ ", \"progressBefore\": 0.35, \"confidenceBefore\": 6, \"recent\": " + CHECK_IN
					+ "}], \"overdue\": false}]")
			.request("PUT /api/v1/okr/unit-modes/{id}", "{\"mode\": \"BOTH\"}")
			.parameter("GET " + OBJECTIVES, "cycleId", "The cycle whose objectives are listed.")
			.parameter("GET " + OBJECTIVES, "ownerType", "COMPANY, ORG_UNIT or EMPLOYEE.")
			.parameter("GET " + OBJECTIVES, "ownerId", "The owning org unit or employee.")
			.response("GET " + OBJECTIVES, "[" + OBJECTIVE + "]")
			.request("POST " + OBJECTIVES, DRAFT)
			.response("POST " + OBJECTIVES, OBJECTIVE)
			.response("GET " + objective, OBJECTIVE)
			.request("PUT " + objective, DRAFT.replace("\"includeChildObjectives\": false,",
					"\"includeChildObjectives\": false,\n  \"version\": 3,"))
			.response("PUT " + objective, OBJECTIVE)
			.request("POST " + objective + "/submit", "{\"version\": 1}")
			.response("POST " + objective + "/submit", OBJECTIVE.replace("\"APPROVED\"", "\"SUBMITTED\""))
			.request("POST " + objective + "/approve", "{\"version\": 2, \"note\": \"同意，注意季度中期复盘。\"}")
			.response("POST " + objective + "/approve", OBJECTIVE)
			.request("POST " + objective + "/return", "{\"version\": 2, \"note\": \"关键结果需要可衡量的目标值。\"}")
			.response("POST " + objective + "/return", OBJECTIVE.replace("\"APPROVED\"", "\"RETURNED\""))
			.request("PUT " + objective + "/alignment", "{\"parentId\": \"5e7a9c1e-3a5c-4e7a-9c1e-3a5c7e9a1c5e\", \"weight\": 2}")
			.response("PUT " + objective + "/alignment", OBJECTIVE)
			.response("GET " + objective + "/history", """
					[{"event": "APPROVED", "keyResultId": null, "keyResultTitle": null, "fromState": "SUBMITTED",
					  "toState": "APPROVED", "reason": "同意，注意季度中期复盘。", "actorName": "Max Manager",
					  "at": "2026-04-08T06:00:00Z"}]
					""")
			.response("GET " + objective + "/comments", "[" + COMMENT + "]")
			.request("POST " + objective + "/comments", """
					{"keyResultId": "8a0c2e4a-6c8e-4a0c-9e4a-6c8e0a2c4e6a", "body": "40家偏高，建议先定35家。",
					 "suggestion": "CHANGE_TARGET", "suggestedTarget": 35}
					""")
			.response("POST " + objective + "/comments", COMMENT)
			.request("POST " + objective + "/comments/{commentId}/decision", "{\"accept\": true}")
			.response("POST " + objective + "/comments/{commentId}/decision", COMMENT
				.replace("\"state\": \"OPEN\"", "\"state\": \"ACCEPTED\"").replace("\"openSuggestion\": true", "\"openSuggestion\": false"))
			.request("PUT " + objective + "/reflection", """
					{"wentWell": "经销商门户提前两周上线。", "wentBadly": "新客户签约集中在季度末。",
					 "reasons": "前期线索不足。", "carryOver": "CARRY"}
					""")
			.response("PUT " + objective + "/reflection", OBJECTIVE)
			.request("POST " + KEY_RESULTS + "/{id}/check-ins", """
					{"value": 17, "confidence": 7, "narrative": "本周新签3家，苏州两家经销商在谈。",
					 "helpNeeded": "需要市场部提供华东区展会名单。", "idempotencyKey": "crm-2026-W19-kr-8a0c",
					 "sourceRef": "CRM-2026-W19", "checkedOn": "2026-05-08"}
					""")
			.response("POST " + KEY_RESULTS + "/{id}/check-ins", CHECK_IN)
			.response("GET " + KEY_RESULTS + "/{id}/check-ins", "[" + CHECK_IN + "]")
			.response("GET " + KEY_RESULTS + "/{id}/versions", "[" + REVISION + "]")
			.request("POST " + KEY_RESULTS + "/{id}/revisions", """
					{"keyResult": {"title": "华东区新签客户数达到35家", "type": "METRIC", "direction": "INCREASE",
					               "start": 0, "target": 35, "unit": "家", "weight": 60},
					 "effectiveFrom": "2026-05-11", "currentValue": 17, "reason": "上海办事处撤并，目标按人员调整。"}
					""")
			.response("POST " + KEY_RESULTS + "/{id}/revisions", REVISION)
			.parameter("POST " + KEY_RESULTS + "/{id}/revisions/{number}/decision", "number",
					"The version number of the proposed change.")
			.request("POST " + KEY_RESULTS + "/{id}/revisions/{number}/decision", "{\"approve\": true, \"note\": \"同意调整。\"}")
			.response("POST " + KEY_RESULTS + "/{id}/revisions/{number}/decision", REVISION
				.replace("\"PROPOSED\"", "\"APPROVED\"").replace("\"decidedAt\": null", "\"decidedAt\": \"2026-05-09T08:00:00Z\"")
				.replace("\"decisionNote\": null", "\"decisionNote\": \"同意调整。\""))
			.request("PUT " + KEY_RESULTS + "/{id}/score", "{\"score\": 0.7, \"reason\": \"门户上线带来的客户下季度才签约。\"}")
			.response("PUT " + KEY_RESULTS + "/{id}/score", KEY_RESULT.replace("\"score\": null", "\"score\": 0.7")
				.replace("\"scoreReason\": null", "\"scoreReason\": \"门户上线带来的客户下季度才签约。\""));
	}

}
