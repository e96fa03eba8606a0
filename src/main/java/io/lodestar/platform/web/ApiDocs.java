package io.lodestar.platform.web;

/**
 * Names and examples shared by the REST controllers' OpenAPI annotations (annotation values must be
 * compile-time constants, so they live here rather than in {@link OpenApiConfiguration}'s beans).
 */
public final class ApiDocs {

	public static final String TAG_ME = "Me";

	public static final String TAG_ORG_UNITS = "Org units";

	public static final String TAG_POSITIONS = "Positions";

	public static final String TAG_EMPLOYEES = "Employees";

	public static final String TAG_USERS = "Users";

	public static final String TAG_TOKENS = "Tokens";

	public static final String TAG_COMPANIES = "Companies";

	public static final String TAG_AUDIT = "Audit";

	public static final String TAG_PERIODS = "Periods";

	public static final String TAG_GOALS = "Goals";

	public static final String TAG_KPIS = "KPIs";

	public static final String TAG_MEASUREMENTS = "Measurements";

	public static final String TAG_KPI_LIBRARY = "KPI library";

	public static final String TAG_OKR_CYCLES = "OKR cycles";

	public static final String TAG_OBJECTIVES = "Objectives";

	public static final String TAG_KEY_RESULTS = "Key results";

	public static final String TAG_APPRAISAL_SETUP = "Appraisal templates and cycles";

	public static final String TAG_APPRAISALS = "Appraisals";

	/** Security scheme names as declared in {@link OpenApiConfiguration}. */
	public static final String BEARER = "bearerToken";

	public static final String BASIC = "basicPassword";

	public static final String PROBLEM_JSON = "application/problem+json";

	public static final String PROBLEM_SCHEMA = "#/components/schemas/Problem";

	public static final String VALIDATION_PROBLEM = """
			{
			  "type": "https://lodestar.dev/problems/validation",
			  "title": "Invalid input",
			  "status": 400,
			  "detail": "Some fields are invalid; see errors for each field.",
			  "instance": "/api/v1/employees",
			  "errors": [
			    {"field": "name", "code": "NotBlank", "message": "Enter the name."}
			  ]
			}
			""";

	public static final String UNKNOWN_FIELD_PROBLEM = """
			{
			  "type": "https://lodestar.dev/problems/malformed-request",
			  "title": "Malformed request",
			  "status": 400,
			  "detail": "Unknown field \\"salary\\": remove it or check its spelling.",
			  "instance": "/api/v1/employees",
			  "errors": [
			    {"field": "salary", "code": "unknown-field", "message": "Unknown field \\"salary\\": remove it or check its spelling."}
			  ]
			}
			""";

	public static final String NOT_FOUND_PROBLEM = """
			{
			  "type": "https://lodestar.dev/problems/not-found",
			  "title": "Not found",
			  "status": 404,
			  "detail": "This employee does not exist.",
			  "instance": "/api/v1/employees/0b9f3c56-8d1e-4a55-9a53-4f0f6a7de111"
			}
			""";

	public static final String FORBIDDEN_PROBLEM = """
			{
			  "type": "https://lodestar.dev/problems/forbidden",
			  "title": "Forbidden",
			  "status": 403,
			  "detail": "You are not allowed to do this.",
			  "instance": "/api/v1/employees"
			}
			""";

	public static final String INSUFFICIENT_SCOPE_PROBLEM = """
			{
			  "type": "https://lodestar.dev/problems/insufficient-scope",
			  "title": "Token scope too narrow",
			  "status": 403,
			  "detail": "This token may only read; create a token with the WRITE scope to make changes.",
			  "instance": "/api/v1/employees"
			}
			""";

	public static final String UNAUTHORIZED_PROBLEM = """
			{
			  "type": "https://lodestar.dev/problems/unauthorized",
			  "title": "Sign-in required",
			  "status": 401,
			  "detail": "Authenticate with \\"Authorization: Bearer <personal access token>\\".",
			  "instance": "/api/v1/employees"
			}
			""";

	public static final String CONFLICT_PROBLEM = """
			{
			  "type": "https://lodestar.dev/problems/conflict",
			  "title": "Conflict",
			  "status": 409,
			  "detail": "Employee number E-1001 is already used by Li Na.",
			  "instance": "/api/v1/employees",
			  "code": "people.employee.employee-no.taken",
			  "errors": [
			    {"field": "employeeNo", "code": "people.employee.employee-no.taken", "message": "Employee number E-1001 is already used by Li Na."}
			  ]
			}
			""";

	public static final String BUSINESS_RULE_PROBLEM = """
			{
			  "type": "https://lodestar.dev/problems/business-rule",
			  "title": "Business rule violated",
			  "status": 422,
			  "detail": "The page size must be between 1 and 200.",
			  "instance": "/api/v1/employees",
			  "code": "platform.paging.size-range",
			  "errors": [
			    {"field": "size", "code": "platform.paging.size-range", "message": "The page size must be between 1 and 200."}
			  ]
			}
			""";

	public static final String INVALID_SORT_PROBLEM = """
			{
			  "type": "https://lodestar.dev/problems/validation",
			  "title": "Invalid input",
			  "status": 400,
			  "detail": "Cannot sort by \\"hireDate\\". Allowed: name, employeeNo, orgUnit, position.",
			  "instance": "/api/v1/employees",
			  "errors": [
			    {"field": "sort", "code": "invalid-sort", "message": "Cannot sort by \\"hireDate\\". Allowed: name, employeeNo, orgUnit, position."}
			  ]
			}
			""";

	private ApiDocs() {
	}

}
