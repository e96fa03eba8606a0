package io.lodestar.platform.web;

import java.util.List;
import java.util.Map;

import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import io.swagger.v3.core.util.Json;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.examples.Example;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.tags.Tag;

/**
 * The OpenAPI 3 document of {@code /api/v1} (served at {@code /v3/api-docs}, browsable at
 * {@code /swagger-ui.html}, both for signed-in users only). Declares the two ways to authenticate, one
 * tag per resource, the RFC 9457 problem-detail schema, and adds the error responses every endpoint can
 * give, so clients see the error shape next to each operation.
 */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

	private static final String DESCRIPTION = """
			The Lodestar REST API: people and organisation, accounts, tokens, companies, the audit trail, and
			goals and KPIs (periods, the goal graph, the KPI library, actuals and their push).

			**Authentication.** Send `Authorization: Bearer <personal access token>` with every request.
			Create a token with `POST /api/v1/tokens`, authenticating there (and only there) with HTTP Basic
			(e-mail and password) or a browser session. A token with only the `READ` scope may call `GET`
			endpoints; anything else is refused with `403` and problem type `insufficient-scope`.

			**Integration API keys** (`lsk_…`, created by HR at `/admin/api-keys` or `POST
			/api/v1/integration/api-keys`) are sent the same way. A key belongs to a system, not a person: within
			its scopes it sees the whole company, and it may call only its scopes' endpoints (`PEOPLE_READ`: GET
			employees, org units, positions; `GOALS_READ`: GET periods, goals, KPIs, the KPI library, actuals, OKRs;
			`MEASUREMENTS_WRITE`: POST actuals and corrections; `CHECK_INS_WRITE`: POST key-result check-ins;
			`ATTENDANCE_READ`: GET attendance; `ATTENDANCE_WRITE`: POST punches and punch imports). Anything else
			is `403` `insufficient-scope`.

			**Tenancy.** Every call acts within the caller's company. Ids of other companies' objects are
			answered `404`, exactly like ids that do not exist.

			**Errors** are RFC 9457 problem details (`application/problem+json`) with a stable `type` URI to
			switch on, a `detail` in the caller's language (`Accept-Language: zh-CN` or `en`) and, for bad
			input, an `errors` list naming each field. Unknown JSON fields are refused.

			**Restricted employee fields** (`phone`, `hireDate`, `leftOn`, and `version`) are only filled in
			for callers who may see them (the employee, their manager chain, HR, executives, system
			administrators). For everyone else the keys are present with the value `null` and `restricted` is
			`true`. Placement history is refused (`403`) to such callers, and sorting by `hireDate` is only
			allowed to callers who see everyone's restricted fields.

			**Batches.** Endpoints that take many items at once (pushing measurements, assigning a library KPI)
			refuse a batch with bad items whole, storing nothing: `422` with problem type `items-rejected` and
			`errors` naming each refused item by its `index` (from 0) and `field`.

			**Paging.** List endpoints that page take `page` (from 0), `size` (1 to 200, default 20) and
			`sort=field,asc|desc` from an allow-list, and answer `{items, page, size, totalItems, totalPages}`.
			""";

	@Bean
	OpenAPI lodestarOpenApi() {
		return new OpenAPI()
			.info(new Info().title("Lodestar API")
				.version("v1")
				.description(DESCRIPTION)
				.license(new License().name("Apache-2.0")))
			.components(new Components()
				.addSecuritySchemes(ApiDocs.BEARER,
						new SecurityScheme().type(SecurityScheme.Type.HTTP)
							.scheme("bearer")
							.bearerFormat("lst_… or lsk_…")
							.description("A personal access token (create one with POST /api/v1/tokens) or an "
									+ "integration API key (POST /api/v1/integration/api-keys)."))
				.addSecuritySchemes(ApiDocs.BASIC,
						new SecurityScheme().type(SecurityScheme.Type.HTTP)
							.scheme("basic")
							.description("E-mail and password; accepted only by POST /api/v1/tokens."))
				.addSchemas("FieldError", fieldErrorSchema())
				.addSchemas("Problem", problemSchema()))
			.addSecurityItem(new SecurityRequirement().addList(ApiDocs.BEARER))
			.tags(List.of(tag(ApiDocs.TAG_ME, "The signed-in caller."),
					tag(ApiDocs.TAG_ORG_UNITS, "The org tree. Everyone reads; HR and system administrators change."),
					tag(ApiDocs.TAG_POSITIONS, "Job titles. Everyone reads; HR and system administrators change."),
					tag(ApiDocs.TAG_EMPLOYEES,
							"Employees: search, hire, correct, move, off-board, rejoin, history and direct reports."),
					tag(ApiDocs.TAG_USERS, "Sign-in accounts and their roles (HR and system administrators)."),
					tag(ApiDocs.TAG_TOKENS, "The caller's own personal access tokens."),
					tag(ApiDocs.TAG_COMPANIES, "Companies (tenants); system administrators only."),
					tag(ApiDocs.TAG_AUDIT, "The audit trail (HR and system administrators)."),
					tag(ApiDocs.TAG_PERIODS, "Fiscal periods (created on first use), locking, and the company's goal settings."),
					tag(ApiDocs.TAG_GOALS, "The goal graph: strategic goals and KPIs, contributes and supports links."),
					tag(ApiDocs.TAG_KPIS, "KPIs with their scoring, results per period and explanations; one actual at a time."),
					tag(ApiDocs.TAG_MEASUREMENTS, "Batches of actuals pushed by other systems (idempotent), and corrections."),
					tag(ApiDocs.TAG_KPI_LIBRARY, "The company's reusable KPI definitions and bulk assignment to employees."),
					tag(ApiDocs.TAG_OKR_CYCLES, "OKR cycles and their phases, closing and reopening, org units' goal modes (HR)."),
					tag(ApiDocs.TAG_OBJECTIVES, "Objectives with their key results: drafting, review, suggestions, alignment, reflection."),
					tag(ApiDocs.TAG_KEY_RESULTS, "Check-ins (also pushed by other systems, idempotent), governed changes, scores.")));
	}

	/** Adds the error responses each operation can give, where the operation does not document them itself. */
	@Bean
	OpenApiCustomizer documentedErrorResponses() {
		return openApi -> {
			if (openApi.getPaths() == null) {
				return;
			}
			openApi.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, operation) -> {
				boolean changes = method != PathItem.HttpMethod.GET && method != PathItem.HttpMethod.HEAD;
				boolean hasId = path.contains("{");
				boolean hasInput = operation.getRequestBody() != null
						|| (operation.getParameters() != null && !operation.getParameters().isEmpty());
				if (hasInput) {
					add(operation, "400", "Malformed or invalid input.",
							Map.of("validation", ApiDocs.VALIDATION_PROBLEM, "unknown-field", ApiDocs.UNKNOWN_FIELD_PROBLEM));
				}
				add(operation, "401", "Not authenticated, or the token is invalid, expired or revoked.",
						Map.of("unauthorized", ApiDocs.UNAUTHORIZED_PROBLEM));
				add(operation, "403", changes ? "Not allowed, or a READ-only token used for a change." : "Not allowed.",
						changes ? Map.of("forbidden", ApiDocs.FORBIDDEN_PROBLEM, "insufficient-scope",
								ApiDocs.INSUFFICIENT_SCOPE_PROBLEM) : Map.of("forbidden", ApiDocs.FORBIDDEN_PROBLEM));
				if (hasId) {
					add(operation, "404", "No such object in the caller's company.",
							Map.of("not-found", ApiDocs.NOT_FOUND_PROBLEM));
				}
				if (changes) {
					add(operation, "409", "Conflicts with current data (duplicate, still in use, stale version).",
							Map.of("conflict", ApiDocs.CONFLICT_PROBLEM));
					add(operation, "422", "Well-formed but breaks a business rule.",
							Map.of("business-rule", ApiDocs.BUSINESS_RULE_PROBLEM));
				}
			}));
		};
	}

	/**
	 * Describes the parameters every list and object endpoint shares, where the handler did not: paging and
	 * sorting as in the document's introduction, and object ids in the path.
	 */
	@Bean
	OpenApiCustomizer sharedParameterDescriptions() {
		Map<String, String> shared = Map.of("page", "The page, from 0.", "size", "Items per page, 1 to 200 (default 20).",
				"sort", "field,asc or field,desc; the fields allowed are listed in the operation's description or the error.");
		return openApi -> {
			if (openApi.getPaths() == null) {
				return;
			}
			openApi.getPaths().forEach((path, item) -> item.readOperations().forEach(operation -> {
				if (operation.getParameters() == null) {
					return;
				}
				operation.getParameters().stream().filter(parameter -> parameter.getDescription() == null).forEach(parameter -> {
					if ("path".equals(parameter.getIn()) && (parameter.getName().equals("id") || parameter.getName().endsWith("Id"))) {
						parameter.setDescription("The object's id; ids of other companies' objects are answered 404.");
					}
					else if ("query".equals(parameter.getIn()) && shared.containsKey(parameter.getName())) {
						parameter.setDescription(shared.get(parameter.getName()));
					}
				});
			}));
		};
	}

	/**
	 * Applies the modules' {@link OperationExamples}: summaries, parameter descriptions and request and success
	 * examples, where the handler's own annotations left them out. An entry naming an operation that does not
	 * exist fails the start, so examples cannot silently drift away from their endpoints.
	 */
	@Bean
	OpenApiCustomizer operationExamples(org.springframework.beans.factory.ObjectProvider<OperationExamples> catalogs) {
		return openApi -> {
			if (openApi.getPaths() == null) {
				return;
			}
			for (OperationExamples catalog : catalogs.orderedStream().toList()) {
				for (OperationExamples.Entry entry : catalog.entries()) {
					String[] name = entry.operation().split(" ", 2);
					PathItem item = openApi.getPaths().get(name[1]);
					Operation operation = item == null ? null
							: item.readOperationsMap().get(PathItem.HttpMethod.valueOf(name[0]));
					if (operation == null) {
						throw new IllegalStateException("OperationExamples for an unknown operation: " + entry.operation());
					}
					ExampleFilling.apply(operation, entry);
				}
			}
		};
	}

	private static void add(Operation operation, String status, String description, Map<String, String> examples) {
		if (operation.getResponses() == null) {
			operation.setResponses(new ApiResponses());
		}
		if (operation.getResponses().containsKey(status)) {
			return;
		}
		MediaType media = new MediaType().schema(new Schema<>().$ref(ApiDocs.PROBLEM_SCHEMA));
		examples.forEach((name, json) -> media.addExamples(name, new Example().value(parse(json))));
		operation.getResponses()
			.addApiResponse(status,
					new ApiResponse().description(description).content(new Content().addMediaType(ApiDocs.PROBLEM_JSON, media)));
	}

	private static Object parse(String json) {
		try {
			return Json.mapper().readTree(json);
		}
		catch (Exception invalid) {
			throw new IllegalStateException("Invalid example JSON in ApiDocs", invalid);
		}
	}

	private static Tag tag(String name, String description) {
		return new Tag().name(name).description(description);
	}

	private static Schema<?> fieldErrorSchema() {
		return new ObjectSchema().description("One invalid field.")
			.addProperty("index", new IntegerSchema()
				.description("For batches (type items-rejected): the 0-based position of the refused item."))
			.addProperty("field", new StringSchema().description("The request field (JSON path), or null for the whole request."))
			.addProperty("code", new StringSchema().description("A stable code, e.g. NotBlank, wrong-type, unknown-field."))
			.addProperty("message", new StringSchema().description("What is wrong, in the caller's language."));
	}

	private static Schema<?> problemSchema() {
		return new ObjectSchema().description("An RFC 9457 problem detail.")
			.addProperty("type", new StringSchema().format("uri")
				.description("Stable problem type, e.g. https://lodestar.dev/problems/validation."))
			.addProperty("title", new StringSchema().description("Short, localized summary of the type."))
			.addProperty("status", new IntegerSchema().description("The HTTP status code."))
			.addProperty("detail", new StringSchema().description("What happened, in the caller's language."))
			.addProperty("instance", new StringSchema().description("The request path."))
			.addProperty("code", new StringSchema().description("For business rule violations: the rule's message key."))
			.addProperty("reference", new StringSchema().description("For internal errors: a reference for the log."))
			.addProperty("errors", new ArraySchema().items(new Schema<>().$ref("#/components/schemas/FieldError"))
				.description("For bad input: one entry per invalid field."));
	}

}
