package io.lodestar.platform.web;

import java.time.LocalDate;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.lodestar.platform.audit.AuditFilter;
import io.lodestar.platform.audit.AuditQueries;
import io.lodestar.platform.security.CurrentUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * The audit trail over the API, for HR admins (their company) and system administrators (the company
 * they work in, or platform events when none is chosen).
 */
@RestController
@Tag(name = ApiDocs.TAG_AUDIT)
class AuditApiController {

	static final String PAGE_EXAMPLE = """
			{
			  "items": [
			    {
			      "id": "9e1a3c5e-7a9c-4e1a-b3c5-e7a9c1e3a5c7",
			      "occurredAt": "2026-04-20T01:12:45Z",
			      "actorUserId": "2f4a6c8e-0b2d-4f6a-8c0e-2b4d6f8a0c14",
			      "actorName": "wang.fang@example.cn",
			      "actorIp": "10.0.0.12",
			      "requestId": "5f0c1d2e-3a4b-4c5d-8e6f-7a8b9c0d1e2f",
			      "action": "UPDATE",
			      "entityType": "employee",
			      "entityId": "0b9f3c56-8d1e-4a55-9a53-4f0f6a7de111",
			      "summary": null,
			      "before": {"name": "李娜", "phone": "***a1f"},
			      "after": {"name": "李娜", "phone": "***3c2"},
			      "changes": [{"field": "phone", "before": "***a1f", "after": "***3c2"}]
			    }
			  ],
			  "page": 0, "size": 20, "totalItems": 1, "totalPages": 1
			}
			""";

	private final AuditQueries audit;

	AuditApiController(AuditQueries audit) {
		this.audit = audit;
	}

	@GetMapping("/api/v1/audit-events")
	@PreAuthorize("hasAnyRole('HR_ADMIN', 'SYSTEM_ADMIN')")
	@Operation(summary = "Search the audit trail",
			description = "Newest first by default. Sort fields: occurredAt, action, entityType, actor. "
					+ "HR and system administrators only.")
	@ApiResponse(responseCode = "200", description = "One page of audit records.", useReturnTypeSchema = true,
			content = @Content(examples = @ExampleObject(name = "page", value = PAGE_EXAMPLE)))
	PageResult<AuditEventResponse> search(@AuthenticationPrincipal CurrentUser user,
			@Parameter(description = "First day (UTC, inclusive), yyyy-MM-dd.") @RequestParam(required = false)
			@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@Parameter(description = "Last day (UTC, inclusive), yyyy-MM-dd.") @RequestParam(required = false)
			@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@Parameter(description = "Part of the actor's name or e-mail.") @RequestParam(required = false) String actor,
			@Parameter(example = "employee") @RequestParam(required = false) String entityType,
			@RequestParam(required = false) String entityId,
			@Parameter(example = "UPDATE") @RequestParam(required = false) String action,
			@Parameter(description = "From 0.") @RequestParam(required = false) Integer page,
			@Parameter(description = "1 to 200; default 20.") @RequestParam(required = false) Integer size,
			@Parameter(description = "field,asc|desc; default occurredAt,desc.") @RequestParam(required = false) String sort) {
		return audit.search(user, new AuditFilter(from, to, actor, entityType, entityId, action),
				PageQuery.of(page, size, sort)).map(AuditEventResponse::of);
	}

}
