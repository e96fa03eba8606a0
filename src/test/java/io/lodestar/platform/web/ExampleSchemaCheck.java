package io.lodestar.platform.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Checks the JSON examples of an OpenAPI document against their schemas: every property an example names exists
 * in its schema, and every property the schema requires is there, recursively into objects and arrays where the
 * schema says what they hold. Examples are hand-written; this keeps them from drifting from the records.
 * JSON types are checked too (a string where the schema says number); formats and enums are not.
 */
final class ExampleSchemaCheck {

	private final Map<String, Object> document;

	ExampleSchemaCheck(Map<String, Object> document) {
		this.document = document;
	}

	/** Each mismatch as "METHOD /path request|status example name: $.path.to.property why". */
	@SuppressWarnings("unchecked")
	Set<String> mismatches() {
		Set<String> found = new TreeSet<>();
		Map<String, Map<String, Object>> paths = (Map<String, Map<String, Object>>) document.get("paths");
		for (var path : paths.entrySet()) {
			for (var method : path.getValue().entrySet()) {
				if (!(method.getValue() instanceof Map<?, ?> operation) || !operation.containsKey("responses")) {
					continue;
				}
				String name = method.getKey().toUpperCase(java.util.Locale.ROOT) + " " + path.getKey();
				if (operation.get("requestBody") instanceof Map<?, ?> body) {
					found.addAll(content(name + " request", (Map<String, Object>) body.get("content")));
				}
				for (var response : ((Map<String, Map<String, Object>>) operation.get("responses")).entrySet()) {
					found.addAll(content(name + " " + response.getKey(), (Map<String, Object>) response.getValue().get("content")));
				}
			}
		}
		return found;
	}

	@SuppressWarnings("unchecked")
	private List<String> content(String where, Map<String, Object> content) {
		List<String> found = new ArrayList<>();
		if (content == null) {
			return found;
		}
		for (var media : content.entrySet()) {
			if (!media.getKey().contains("json") && !media.getKey().equals("*/*")) {
				continue;
			}
			Map<String, Object> type = (Map<String, Object>) media.getValue();
			Map<String, Object> schema = (Map<String, Object>) type.get("schema");
			if (schema == null) {
				if (type.get("example") != null || type.get("examples") != null) {
					found.add(where + ": an example without a schema to check it against");
				}
				continue;
			}
			Map<String, Object> examples = new LinkedHashMap<>();
			if (type.containsKey("example")) {
				examples.put("example", type.get("example"));
			}
			if (type.get("examples") instanceof Map<?, ?> named) {
				named.forEach((key, example) -> examples.put((String) key, valueOf((Map<String, Object>) example)));
			}
			examples.forEach((key, value) -> check(value, schema, "$", where + " example " + key, found, 0));
		}
		return found;
	}

	@SuppressWarnings("unchecked")
	private Object valueOf(Map<String, Object> example) {
		Object ref = example.get("$ref");
		if (ref instanceof String name) {
			example = (Map<String, Object>) component(name);
		}
		return example.get("value");
	}

	@SuppressWarnings("unchecked")
	void check(Object value, Map<String, Object> schema, String at, String where, List<String> found, int depth) {
		Map<String, Object> resolved = resolve(schema);
		if (resolved == null || value == null || depth > 30) {
			return; // oneOf/anyOf: any of several shapes, not checked; null stands for an absent value
		}
		if (resolved.get("type") instanceof String type && !ofType(value, type)) {
			found.add(where + ": " + at + " is not of type " + type);
			return;
		}
		if (value instanceof List<?> items) {
			if (resolved.get("items") instanceof Map<?, ?> itemSchema) {
				for (int index = 0; index < items.size(); index++) {
					check(items.get(index), (Map<String, Object>) itemSchema, at + "[" + index + "]", where, found, depth + 1);
				}
			}
			return;
		}
		if (!(value instanceof Map<?, ?> object)) {
			return;
		}
		Map<String, Object> properties = (Map<String, Object>) resolved.get("properties");
		Object additional = resolved.get("additionalProperties");
		if (properties == null) {
			// free-form objects (Map<String, Object> answers, JSON config) say nothing to check names against
			if (additional instanceof Map<?, ?> valueSchema && !valueSchema.isEmpty()) {
				object.forEach((key, member) -> check(member, (Map<String, Object>) valueSchema, at + "." + key, where, found,
						depth + 1));
			}
			return;
		}
		for (var member : object.entrySet()) {
			String key = String.valueOf(member.getKey());
			if (properties.get(key) instanceof Map<?, ?> propertySchema) {
				check(member.getValue(), (Map<String, Object>) propertySchema, at + "." + key, where, found, depth + 1);
			}
			else if (additional instanceof Map<?, ?> valueSchema) {
				check(member.getValue(), (Map<String, Object>) valueSchema, at + "." + key, where, found, depth + 1);
			}
			else if (!Boolean.TRUE.equals(additional)) {
				found.add(where + ": " + at + "." + key + " is not a property of the schema");
			}
		}
		for (Object required : (List<Object>) resolved.getOrDefault("required", List.of())) {
			if (!object.containsKey(required)) {
				found.add(where + ": " + at + "." + required + " is required by the schema but missing");
			}
		}
	}

	private static boolean ofType(Object value, String type) {
		return switch (type) {
			case "string" -> value instanceof String;
			case "integer" -> value instanceof Integer || value instanceof Long || value instanceof java.math.BigInteger;
			case "number" -> value instanceof Number;
			case "boolean" -> value instanceof Boolean;
			case "object" -> value instanceof Map;
			case "array" -> value instanceof List;
			default -> true;
		};
	}

	/** The schema behind $refs, with allOf parts merged; null when it is a choice (oneOf, anyOf). */
	@SuppressWarnings("unchecked")
	Map<String, Object> resolve(Map<String, Object> schema) {
		Map<String, Object> current = schema;
		Set<String> seen = new LinkedHashSet<>();
		while (current.get("$ref") instanceof String ref) {
			if (!seen.add(ref)) {
				return null;
			}
			current = (Map<String, Object>) component(ref);
		}
		if (current.containsKey("oneOf") || current.containsKey("anyOf")) {
			return null;
		}
		if (!(current.get("allOf") instanceof List<?> parts)) {
			return current;
		}
		Map<String, Object> merged = new LinkedHashMap<>(current);
		Map<String, Object> properties = new LinkedHashMap<>();
		List<Object> required = new ArrayList<>();
		for (Object part : parts) {
			Map<String, Object> piece = resolve((Map<String, Object>) part);
			if (piece == null) {
				return null;
			}
			properties.putAll((Map<String, Object>) piece.getOrDefault("properties", Map.of()));
			required.addAll((List<Object>) piece.getOrDefault("required", List.of()));
			if (piece.containsKey("additionalProperties")) {
				merged.put("additionalProperties", piece.get("additionalProperties"));
			}
		}
		properties.putAll((Map<String, Object>) current.getOrDefault("properties", Map.of()));
		required.addAll((List<Object>) current.getOrDefault("required", List.of()));
		merged.put("properties", properties);
		merged.put("required", required);
		return merged;
	}

	/** "#/components/schemas/Name" in the document. */
	@SuppressWarnings("unchecked")
	private Object component(String ref) {
		Object node = document;
		for (String part : ref.substring(2).split("/")) {
			node = ((Map<String, Object>) node).get(part.replace("~1", "/").replace("~0", "~"));
			if (node == null) {
				throw new IllegalStateException("Unresolvable $ref " + ref);
			}
		}
		return node;
	}

}
