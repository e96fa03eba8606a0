package io.lodestar.appraisal.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import tools.jackson.databind.json.JsonMapper;

/**
 * ECharts options of the appraisal pages, built here as plain data and written into the page as JSON
 * ({@code data-chart-option}, drawn by {@code app.js}): no functions, texts already in the reader's language,
 * legends that scroll and labels that avoid overlap on phones. Same palette as the dashboards.
 */
@Component
class AppraisalCharts {

	static final List<String> PALETTE = List.of("#1d3a6e", "#e08a00", "#0f8b8d", "#c2185b", "#6b4fbb", "#5b8c00",
			"#2563c9", "#8a5a00", "#b42318", "#5f6b7a");

	private final JsonMapper json;

	AppraisalCharts(JsonMapper json) {
		this.json = json;
	}

	/** One named row of numbers, one per category. */
	record Series(String name, List<? extends Number> values) {
	}

	/** Bars side by side per category (e.g. target, manager, calibrated per grade), or stacked. */
	String bars(List<String> categories, List<Series> series, boolean stacked, boolean horizontal) {
		Map<String, Object> option = base();
		option.put("tooltip", Map.of("trigger", "axis", "confine", true, "axisPointer", Map.of("type", "shadow")));
		option.put("legend", Map.of("type", "scroll", "bottom", 0));
		Map<String, Object> categoryAxis = Map.of("type", "category", "data", categories, "axisLabel",
				Map.of("hideOverlap", true, "interval", 0));
		Map<String, Object> valueAxis = Map.of("type", "value", "minInterval", 1);
		option.put("xAxis", horizontal ? valueAxis : categoryAxis);
		option.put("yAxis", horizontal ? categoryAxis : valueAxis);
		List<Map<String, Object>> data = new ArrayList<>();
		for (Series one : series) {
			Map<String, Object> item = new LinkedHashMap<>();
			item.put("name", one.name());
			item.put("type", "bar");
			if (stacked) {
				item.put("stack", "all");
			}
			item.put("emphasis", Map.of("focus", "series"));
			item.put("barMaxWidth", 36);
			item.put("data", one.values());
			data.add(item);
		}
		option.put("series", data);
		return json.writeValueAsString(option);
	}

	/** A donut of parts of a whole (e.g. how far people are), each with its count. */
	String donut(Map<String, ? extends Number> parts) {
		Map<String, Object> option = base();
		option.put("tooltip", Map.of("trigger", "item", "confine", true));
		option.put("legend", Map.of("type", "scroll", "bottom", 0));
		List<Map<String, Object>> data = new ArrayList<>();
		// every part keeps its colour (and legend entry) even when empty; the counts are written next to the chart
		parts.forEach((name, value) -> data.add(Map.of("name", name, "value", value)));
		option.put("series", List.of(Map.of("type", "pie", "radius", List.of("45%", "70%"), "center",
				List.of("50%", "45%"), "label", Map.of("show", false), "labelLine", Map.of("show", false), "data",
				data)));
		return json.writeValueAsString(option);
	}

	private static Map<String, Object> base() {
		Map<String, Object> option = new LinkedHashMap<>();
		option.put("color", PALETTE);
		option.put("grid", Map.of("left", 8, "right", 16, "top", 24, "bottom", 40, "containLabel", true));
		return option;
	}

}
