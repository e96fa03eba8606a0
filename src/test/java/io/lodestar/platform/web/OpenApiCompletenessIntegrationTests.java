package io.lodestar.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import com.jayway.jsonpath.JsonPath;

import io.lodestar.test.Fixtures;
import io.lodestar.test.IntegrationTest;

/**
 * Walks the generated OpenAPI document: every operation under {@code /api/v1} has a summary, a description for
 * each parameter, an example for its success response (unless it answers without a body), an example for its
 * request body when it takes one, and problem-detail error responses. A new endpoint cannot be added without
 * them: annotate the handler, or add to the module's {@link OperationExamples} bean. Every JSON example must also
 * match its schema ({@link ExampleSchemaCheck}).
 */
@IntegrationTest
class OpenApiCompletenessIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Test
	void everyOperationHasASummaryDescribedParametersExamplesAndProblemResponses() throws Exception {
		String doc = document();
		// kept for reading and for client generators: target/openapi.json
		java.nio.file.Files.writeString(java.nio.file.Path.of("target", "openapi.json"), doc);
		Map<String, Map<String, Map<String, Object>>> paths = JsonPath.read(doc, "$.paths");
		Set<String> gaps = new TreeSet<>();
		int operations = 0;
		for (var path : paths.entrySet()) {
			if (!path.getKey().startsWith("/api/v1")) {
				continue;
			}
			for (var entry : path.getValue().entrySet()) {
				if (!Set.of("get", "put", "post", "delete", "patch").contains(entry.getKey())) {
					continue;
				}
				operations++;
				String name = entry.getKey().toUpperCase(java.util.Locale.ROOT) + " " + path.getKey();
				Map<String, Object> operation = entry.getValue();
				gaps.addAll(gapsOf(name, operation));
			}
		}
		assertThat(operations).isGreaterThan(150);
		assertThat(gaps).as("operations missing documentation").isEmpty();
	}

	@Test
	void everyJsonExampleNamesOnlyItsSchemasPropertiesAndAllTheRequiredOnes() throws Exception {
		Map<String, Object> document = JsonPath.read(document(), "$");
		assertThat(new ExampleSchemaCheck(document).mismatches()).as("examples that do not match their schema").isEmpty();
	}

	private String document() throws Exception {
		return mvc.perform(get("/v3/api-docs").with(Fixtures.as(fixtures.company().employee())))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	@SuppressWarnings("unchecked")
	static Set<String> gapsOf(String name, Map<String, Object> operation) {
		Set<String> gaps = new TreeSet<>();
		Object summary = operation.get("summary");
		if (!(summary instanceof String text) || text.isBlank()) {
			gaps.add(name + ": summary");
		}
		for (Map<String, Object> parameter : (List<Map<String, Object>>) operation.getOrDefault("parameters", List.of())) {
			Object description = parameter.get("description");
			if (!(description instanceof String text) || text.isBlank()) {
				gaps.add(name + ": parameter " + parameter.get("name"));
			}
		}
		Map<String, Object> body = (Map<String, Object>) operation.get("requestBody");
		if (body != null && !hasExample((Map<String, Object>) body.get("content"))) {
			gaps.add(name + ": request example");
		}
		Map<String, Map<String, Object>> responses = (Map<String, Map<String, Object>>) operation.get("responses");
		boolean success = responses.entrySet().stream()
			.filter(response -> response.getKey().startsWith("2"))
			.anyMatch(response -> response.getValue().get("content") == null
					|| hasExample((Map<String, Object>) response.getValue().get("content")));
		if (!success) {
			gaps.add(name + ": response example");
		}
		if (!responses.containsKey("401") || !responses.containsKey("403")) {
			gaps.add(name + ": problem responses");
		}
		return gaps;
	}

	/** Some media type carries an example (binary downloads count when they say what they are). */
	@SuppressWarnings("unchecked")
	static boolean hasExample(Map<String, Object> content) {
		if (content == null) {
			return false;
		}
		for (var media : content.entrySet()) {
			Map<String, Object> type = (Map<String, Object>) media.getValue();
			if (type.get("example") != null || (type.get("examples") instanceof Map<?, ?> examples && !examples.isEmpty())) {
				return true;
			}
			if (!media.getKey().contains("json") && !media.getKey().equals("text/plain") && !media.getKey().equals("*/*")) {
				return true; // files (xlsx, pdf, csv) and multipart uploads: the schema says it all
			}
		}
		return false;
	}

}
