package io.lodestar.platform.web;

import java.util.Comparator;
import java.util.Map;

import io.swagger.v3.core.util.Json;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.examples.Example;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;

/** Puts one {@link OperationExamples.Entry} into an operation, leaving what the handler documented itself. */
final class ExampleFilling {

	private ExampleFilling() {
	}

	static void apply(Operation operation, OperationExamples.Entry entry) {
		if (entry.summary() != null && (operation.getSummary() == null || operation.getSummary().isBlank())) {
			operation.setSummary(entry.summary());
		}
		if (operation.getParameters() != null) {
			operation.getParameters().forEach(parameter -> {
				String description = entry.parameters().get(parameter.getName());
				if (description != null && (parameter.getDescription() == null || parameter.getDescription().isBlank())) {
					parameter.setDescription(description);
				}
			});
		}
		if (entry.request() != null && operation.getRequestBody() != null) {
			fill(operation.getRequestBody().getContent(), entry.request());
		}
		if (entry.file() != null) {
			success(operation).setContent(new Content().addMediaType(entry.file(),
					new MediaType().schema(new StringSchema().format("binary"))));
		}
		if (entry.response() != null) {
			fillResponse(success(operation), entry.response());
		}
	}

	private static ApiResponse success(Operation operation) {
		ApiResponses responses = operation.getResponses();
		ApiResponse success = responses.entrySet()
			.stream()
			.filter(response -> response.getKey().startsWith("2"))
			.min(Comparator.comparing(Map.Entry::getKey))
			.map(Map.Entry::getValue)
			.orElse(null);
		if (success == null) {
			// a handler that documents only its errors loses springdoc's default 200
			success = new ApiResponse().description("OK");
			responses.addApiResponse("200", success);
		}
		return success;
	}

	private static void fillResponse(ApiResponse response, String json) {
		if (response.getContent() == null || response.getContent().isEmpty()) {
			response.setContent(new Content().addMediaType("application/json", new MediaType()));
		}
		fill(response.getContent(), json);
	}

	private static void fill(Content content, String json) {
		if (content == null) {
			return;
		}
		content.forEach((type, media) -> {
			boolean described = media.getExample() != null || (media.getExamples() != null && !media.getExamples().isEmpty());
			if (!described && (type.contains("json") || type.equals("*/*"))) {
				media.addExamples("example", new Example().value(parse(json)));
			}
		});
	}

	private static Object parse(String json) {
		try {
			return Json.mapper().readTree(json);
		}
		catch (Exception invalid) {
			throw new IllegalStateException("Invalid example JSON: " + json, invalid);
		}
	}

}
