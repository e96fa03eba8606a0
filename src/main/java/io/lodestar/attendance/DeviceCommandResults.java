package io.lodestar.attendance;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The body of {@code POST /iclock/devicecmd}: one or more {@code ID=..&Return=..&CMD=..} results, separated by
 * '&' or newlines (firmware does both), each starting at {@code ID=}; everything after {@code Content=} is raw
 * payload. The ack may also come in the query string with an empty body.
 */
final class DeviceCommandResults {

	private DeviceCommandResults() {
	}

	record Result(long id, Integer returnCode) {
	}

	static List<Result> parse(String body, Map<String, String> query) {
		List<Map<String, String>> results = new ArrayList<>();
		Map<String, String> current = null;
		for (String line : body.split("\n")) {
			line = line.strip();
			if (line.startsWith("Content=")) {
				continue;
			}
			for (String pair : line.split("&")) {
				int equals = pair.indexOf('=');
				if (equals <= 0) {
					continue;
				}
				String key = pair.substring(0, equals).strip();
				String value = pair.substring(equals + 1).strip();
				if (key.equals("ID")) {
					current = new LinkedHashMap<>();
					results.add(current);
				}
				if (current != null) {
					current.putIfAbsent(key, value);
				}
			}
		}
		if (results.isEmpty() && query.containsKey("ID")) {
			results.add(query);
		}
		List<Result> parsed = new ArrayList<>();
		for (Map<String, String> result : results) {
			try {
				long id = Long.parseLong(result.get("ID"));
				String code = result.get("Return");
				parsed.add(new Result(id, code == null ? null : Integer.valueOf(code)));
			}
			catch (NumberFormatException e) {
				// an ID or Return that is not a number cannot name one of our commands: nothing to record
			}
		}
		return parsed;
	}

}
