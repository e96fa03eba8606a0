package io.lodestar.security;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.context.ApplicationContext;

import io.lodestar.goals.OwnerType;
import io.lodestar.okr.Cadence;
import io.lodestar.okr.CheckInRequest;
import io.lodestar.okr.CheckInSource;
import io.lodestar.okr.CheckIns;
import io.lodestar.okr.KeyResultDraft;
import io.lodestar.okr.KeyResultType;
import io.lodestar.okr.NewComment;
import io.lodestar.okr.NewCycle;
import io.lodestar.okr.ObjectiveDraft;
import io.lodestar.okr.Objectives;
import io.lodestar.okr.OkrCycles;
import io.lodestar.okr.ReviewComments;
import io.lodestar.platform.security.SystemActor;
import io.lodestar.test.Fixtures;

/** A company's OKR data for the isolation tests: a cycle, an approved objective with a checked-in key result, a comment. */
final class OkrTenantData {

	private OkrTenantData() {
	}

	static Map<String, UUID> create(ApplicationContext context, Fixtures.Company company) {
		return SystemActor.runAs(company.id(), () -> {
			Map<String, UUID> ids = new LinkedHashMap<>();
			var cycle = context.getBean(OkrCycles.class)
				.create(company.hr().principal(), new NewCycle("Q " + company.code(), Cadence.QUARTER,
						java.time.LocalDate.of(2026, 10, 1), null, null, null, null, null, null,
						null));
			ids.put("okr-cycle", cycle.id());
			Objectives objectives = context.getBean(Objectives.class);
			var objective = objectives.draft(company.employee().principal(), new ObjectiveDraft(cycle.id(),
					OwnerType.EMPLOYEE, company.employee().employeeId(), "Objective " + company.code(), null, null, null,
					List.of(new KeyResultDraft(null, "Ship it", KeyResultType.MILESTONE, null, null, null, null,
							BigDecimal.valueOf(100))), null));
			ids.put("objective", objective.id());
			UUID keyResult = objective.keyResults().get(0).id();
			ids.put("key-result", keyResult);
			ids.put("okr-comment", context.getBean(ReviewComments.class)
				.comment(company.manager().principal(), objective.id(), new NewComment(null, "Looks good", null, null,
						null, null, null, null, null))
				.id());
			objectives.submit(company.employee().principal(), objective.id(), null);
			objectives.approve(company.manager().principal(), objective.id(), null, null);
			context.getBean(CheckIns.class)
				.checkIn(company.employee().principal(), keyResult, new CheckInRequest(null, true, 8, null, null, null,
						null, null, null), CheckInSource.MANUAL);
			return ids;
		});
	}

	/** A valid body for each OKR API endpoint, so that a request reaches the company check. */
	static String body(String pattern, UUID cycleOfA, UUID employeeOfA) {
		if (pattern.matches("/api/v1/okr/objectives/\\{id}")) {
			return """
					{"cycleId": "%s", "ownerType": "EMPLOYEE", "ownerId": "%s", "title": "X",
					 "keyResults": [{"title": "X", "type": "MILESTONE", "weight": 100}]}""".formatted(cycleOfA, employeeOfA);
		}
		if (pattern.matches("/api/v1/okr/cycles/\\{id}")) {
			return "{\"name\": \"X\", \"cadence\": \"QUARTER\", \"startsOn\": \"2026-10-01\"}";
		}
		if (pattern.endsWith("/return") || pattern.endsWith("/reopen")) {
			return "{\"note\": \"X\", \"reason\": \"X\"}".replace(pattern.endsWith("/return") ? ", \"reason\": \"X\"" : "\"note\": \"X\", ", "");
		}
		if (pattern.endsWith("/phase")) {
			return "{\"phase\": \"ACTIVE\"}";
		}
		if (pattern.endsWith("/comments")) {
			return "{\"body\": \"X\"}";
		}
		if (pattern.contains("/comments/") && pattern.endsWith("/decision")) {
			return "{\"accept\": true}";
		}
		if (pattern.endsWith("/decision")) {
			return "{\"approve\": true}";
		}
		if (pattern.endsWith("/check-ins")) {
			return "{\"done\": true, \"confidence\": 5}";
		}
		if (pattern.endsWith("/revisions")) {
			return "{\"keyResult\": {\"title\": \"X\", \"type\": \"MILESTONE\", \"weight\": 100}, \"reason\": \"X\"}";
		}
		if (pattern.endsWith("/score")) {
			return "{\"score\": 0.5}";
		}
		if (pattern.contains("/unit-modes/")) {
			return "{\"mode\": \"OKR\"}";
		}
		return "{}";
	}

}
