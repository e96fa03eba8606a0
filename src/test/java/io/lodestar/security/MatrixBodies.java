package io.lodestar.security;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import com.jayway.jsonpath.JsonPath;

import io.lodestar.test.Fixtures;
import net.minidev.json.JSONValue;

/**
 * A plausible body for each operation of the access matrix, so that an allowed call gets past input checks, and a
 * refused one is refused by authorization rather than by Bean Validation (which runs first): the OpenAPI document's
 * own request example with every id in it replaced by one of company A's objects, or a body written here where the
 * example does not fit.
 */
final class MatrixBodies {

	private static final AtomicInteger SEQUENCE = new AtomicInteger();

	private final Fixtures.Company a;

	private final MatrixObjects objects;

	private final String document;

	MatrixBodies(Fixtures.Company a, MatrixObjects objects, String document) {
		this.a = a;
		this.objects = objects;
		this.document = document;
	}

	/** The request for the operation on this (filled) path, with its body. */
	AbstractMockHttpServletRequestBuilder<?> request(AccessMatrixTable.Row row, HttpMethod method, String path,
			MockHttpServletRequestBuilder plain) {
		String operation = row.method() + " " + row.path();
		if (operation.equals("POST /api/v1/imports/{kind}")) {
			return multipart(path).file(file("people.csv", "Employee no.,Name,Org unit code\nM-" + next() + ",Mia,SALES\n"))
				.param("dryRun", "true");
		}
		if (operation.equals("POST /api/v1/attendance/imports")) {
			return multipart(path).file(file("1_attlog.dat", "1001\t2026-01-12 09:00:00\t0\t1\n"));
		}
		if (method == HttpMethod.GET || method == HttpMethod.DELETE) {
			return plain;
		}
		String json = written(operation);
		if (json == null) {
			json = fromExample(row.method().toLowerCase(), row.path());
		}
		return json == null ? plain : plain.contentType(MediaType.APPLICATION_JSON).content(json);
	}

	/** Bodies the document's example does not fit. */
	private String written(String operation) {
		String today = java.time.LocalDate.now().minusDays(1).toString();
		return switch (operation) {
			case "POST /api/v1/users" -> "{\"employeeId\":\"" + objects.shared("employee-without-account")
					+ "\",\"roles\":[]}";
			case "POST /api/v1/okr/objectives/{id}/comments" -> "{\"body\":\"Looks good\"}";
			case "PUT /api/v1/attendance/pins/{pin}" -> "{\"employeeNo\":\"E-1\"}";
			case "POST /api/v1/employees" -> "{\"employeeNo\":\"H-" + next() + "\",\"name\":\"Hugo\",\"orgUnitId\":\""
					+ a.teamUnit() + "\"}";
			case "POST /api/v1/org-units" -> "{\"parentId\":\"" + a.rootUnit() + "\",\"code\":\"NEW" + next()
					+ "\",\"name\":\"New\",\"kind\":\"TEAM\"}";
			case "POST /api/v1/positions" -> "{\"code\":\"POS" + next() + "\",\"name\":\"Position\"}";
			case "POST /api/v1/employees/{id}/moves" -> "{\"orgUnitId\":\"" + a.salesUnit() + "\",\"effectiveOn\":\""
					+ today + "\"}";
			case "POST /api/v1/employees/{id}/departure" -> "{\"lastDay\":\"" + today + "\"}";
			case "POST /api/v1/kpi-definitions" -> "{\"code\":\"DEF" + next() + "\",\"name\":\"Definition\",\"config\":"
					+ TenantGoalData.KPI_CONFIG + "}";
			case "POST /api/v1/attendance/devices" -> "{\"serialNumber\":\"MXN" + next() + a.code().replaceAll("[^A-Za-z0-9]", "")
					+ "\",\"name\":\"Gate\",\"utcOffset\":\"+08:00\"}";
			case "POST /api/v1/okr/objectives" -> OkrTenantData.body("/api/v1/okr/objectives/{id}", objects.shared("okr-cycle"),
					a.employee().employeeId()).replace("\"X\",\n", "\"Objective " + next() + "\",\n");
			case "PUT /api/v1/okr/objectives/{id}" -> OkrTenantData.body("/api/v1/okr/objectives/{id}",
					objects.shared("okr-cycle"), a.employee().employeeId());
			case "POST /api/v1/okr/cycles" -> "{\"name\":\"Cycle " + next() + "\",\"cadence\":\"QUARTER\",\"startsOn\":\"2027-01-01\"}";
			case "POST /api/v1/appraisal/templates", "POST /api/v1/appraisal/templates/preview" ->
				"{\"name\":\"Template " + next() + "\",\"weights\":{\"KPI\":100},\"ratingScale\":5,\"peerMinRespondents\":1,"
						+ "\"bands\":[{\"grade\":\"A\",\"floor\":1},{\"grade\":\"B\",\"floor\":null}],\"payTiers\":[]}";
			case "POST /api/v1/recognition/award-types" -> "{\"name\":\"Award " + next() + "\"}";
			// an address literal: no name to look up when the URL is checked
			case "POST /api/v1/integration/webhooks", "PUT /api/v1/integration/webhooks/{id}" -> "{\"name\":\"Hook " + next()
					+ "\",\"url\":\"https://203.0.113.30/x\",\"eventKinds\":[\"EMPLOYEE_LEFT\"],\"active\":true}";
			case "POST /api/v1/integration/api-keys" -> "{\"name\":\"Key " + next() + "\",\"scopes\":[\"PEOPLE_READ\"]}";
			case "POST /api/v1/notification-channels" -> "{\"name\":\"Chat " + next()
					+ "\",\"platform\":\"SLACK\",\"webhookUrl\":\"http://127.0.0.1:9/services/x" + next()
					+ "\",\"kinds\":[],\"enabled\":true}";
			case "POST /api/v1/tokens" -> "{\"name\":\"Token " + next() + "\",\"scopes\":[\"READ\"]}";
			case "POST /api/v1/companies" -> "{\"company\":{\"code\":\"NEWCO" + next() + "\",\"name\":\"New Co\","
					+ "\"defaultLocale\":\"en\",\"timeZone\":\"Asia/Shanghai\"},\"hrName\":\"Hal\",\"hrEmail\":\"hal"
					+ next() + "@newco.test\",\"hrEmployeeNo\":\"HR-1\"}";
			case "POST /api/v1/attendance/shifts" -> "{\"name\":\"Shift " + next() + "\",\"start\":\"09:00\",\"end\":\"18:00\"}";
			default -> null;
		};
	}

	/** The document's first request example, its ids replaced by company A's. */
	@SuppressWarnings("unchecked")
	private String fromExample(String method, String path) {
		Map<String, Object> examples;
		try {
			examples = JsonPath.read(document, "$.paths['" + path + "']." + method
					+ ".requestBody.content['application/json'].examples");
		}
		catch (com.jayway.jsonpath.PathNotFoundException none) {
			return null;
		}
		if (examples == null || examples.isEmpty()) {
			return null;
		}
		Object value = ((Map<String, Object>) examples.values().iterator().next()).get("value");
		return JSONValue.toJSONString(replaceIds(value, path));
	}

	@SuppressWarnings("unchecked")
	private Object replaceIds(Object value, String path) {
		if (value instanceof Map<?, ?> map) {
			Map<String, Object> copy = new LinkedHashMap<>();
			((Map<String, Object>) map).forEach((key, item) -> copy.put(key, idFor(key, path).orElseGet(() -> replaceIds(item, path))));
			return copy;
		}
		if (value instanceof List<?> list) {
			List<Object> copy = new ArrayList<>();
			list.forEach(item -> copy.add(replaceIds(item, path)));
			return copy;
		}
		return value;
	}

	/** Which of A's objects a field of a request names. */
	private java.util.Optional<Object> idFor(String field, String path) {
		Object id = switch (field) {
			case "employeeId", "recipientId", "ownerId" -> a.employee().employeeId().toString();
			case "managerId" -> a.manager().employeeId().toString();
			case "peerIds" -> List.of(a.colleague().employeeId().toString());
			case "orgUnitId" -> a.teamUnit().toString();
			case "unitIds" -> List.of(a.salesUnit().toString());
			case "positionId" -> a.position().toString();
			case "positionIds" -> List.of();
			case "headEmployeeId" -> "";
			case "parentId" -> path.startsWith("/api/v1/org-units") ? a.rootUnit().toString()
					: objects.shared("goal").toString();
			case "templateId" -> objects.shared("appraisal-template").toString();
			case "periodId", "kpiPeriodId" -> objects.shared("year").toString();
			case "cycleId" -> objects.shared("okr-cycle").toString();
			case "kpiId" -> objects.shared("kpi").toString();
			case "goalId" -> objects.shared("personal-kpi").toString();
			case "definitionId" -> objects.shared("kpi-definition").toString();
			case "awardTypeId" -> objects.shared("award-type").toString();
			case "keyResultId" -> objects.shared("key-result").toString();
			case "shiftId" -> objects.shared("shift").toString();
			case "idempotencyKey" -> "matrix-" + next();
			default -> null;
		};
		return java.util.Optional.ofNullable(id).map(found -> "".equals(found) ? null : found);
	}

	private static MockMultipartFile file(String name, String content) {
		return new MockMultipartFile("file", name, "text/plain", content.getBytes(StandardCharsets.UTF_8));
	}

	private static int next() {
		return SEQUENCE.incrementAndGet();
	}

}
