package io.lodestar.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;

import com.jayway.jsonpath.JsonPath;

/** The example check itself: it must catch a misspelt, a missing required and a mistyped property. */
class ExampleSchemaCheckTests {

	private static final String DOC = """
			{"paths": {"/api/v1/shifts": {"post": {
			  "requestBody": {"content": {"application/json": {
			    "schema": {"$ref": "#/components/schemas/Batch"},
			    "example": {"items": [{"pin": "1001", "localTime": "2026-03-02T08:57:12"}, {"pinn": "1002"}]}}}},
			  "responses": {"200": {"content": {"application/json": {
			    "schema": {"$ref": "#/components/schemas/Answer"},
			    "examples": {"ok": {"value": {"stored": "1", "extra": {"anything": 1}}}}}}}}}}},
			 "components": {"schemas": {
			  "Batch": {"type": "object", "properties": {"items": {"type": "array", "items": {"$ref": "#/components/schemas/Item"}}}},
			  "Item": {"type": "object", "required": ["pin", "localTime"],
			    "properties": {"pin": {"type": "string"}, "localTime": {"type": "string"}}},
			  "Answer": {"type": "object", "properties": {"stored": {"type": "integer"}, "extra": {"type": "object"}}}}}}
			""";

	@Test
	void findsUnknownMissingAndMistypedPropertiesButNotInsideFreeFormObjects() {
		Map<String, Object> document = JsonPath.read(DOC, "$");
		assertThat(new ExampleSchemaCheck(document).mismatches()).containsExactlyInAnyOrder(
				"POST /api/v1/shifts request example example: $.items[1].pinn is not a property of the schema",
				"POST /api/v1/shifts request example example: $.items[1].pin is required by the schema but missing",
				"POST /api/v1/shifts request example example: $.items[1].localTime is required by the schema but missing",
				"POST /api/v1/shifts 200 example ok: $.stored is not of type integer");
	}

}
