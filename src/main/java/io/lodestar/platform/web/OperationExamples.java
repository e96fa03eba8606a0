package io.lodestar.platform.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Examples and descriptions a module adds to operations of the OpenAPI document without annotating its
 * controllers: declare a bean per module (see {@code OpenApiConfiguration#operationExamples}). Operations are
 * named {@code "METHOD /path"} exactly as in the document, e.g. {@code "GET /api/v1/attendance/devices/{id}"}.
 * What a handler documents itself wins; these fill in what is missing. Example values are JSON text.
 */
public final class OperationExamples {

	/** What is added to one operation. */
	record Entry(String operation, String summary, String request, String response, Map<String, String> parameters,
			String file) {
	}

	private final Map<String, Entry> entries = new LinkedHashMap<>();

	public static OperationExamples create() {
		return new OperationExamples();
	}

	/** The example of the operation's success response. */
	public OperationExamples response(String operation, String json) {
		Entry entry = entry(operation);
		entries.put(operation, new Entry(operation, entry.summary(), entry.request(), json, entry.parameters(), entry.file()));
		return this;
	}

	/** The example of the operation's request body. */
	public OperationExamples request(String operation, String json) {
		Entry entry = entry(operation);
		entries.put(operation, new Entry(operation, entry.summary(), json, entry.response(), entry.parameters(), entry.file()));
		return this;
	}

	public OperationExamples summary(String operation, String summary) {
		Entry entry = entry(operation);
		entries.put(operation, new Entry(operation, summary, entry.request(), entry.response(), entry.parameters(), entry.file()));
		return this;
	}

	/** The operation answers a file of this media type (e.g. an .xlsx download) rather than JSON. */
	public OperationExamples file(String operation, String mediaType) {
		Entry entry = entry(operation);
		entries.put(operation, new Entry(operation, entry.summary(), entry.request(), entry.response(),
				entry.parameters(), mediaType));
		return this;
	}

	public OperationExamples parameter(String operation, String name, String description) {
		entry(operation).parameters().put(name, description);
		return this;
	}

	List<Entry> entries() {
		return new ArrayList<>(entries.values());
	}

	private Entry entry(String operation) {
		return entries.computeIfAbsent(operation, name -> new Entry(name, null, null, null, new LinkedHashMap<>(), null));
	}

}
