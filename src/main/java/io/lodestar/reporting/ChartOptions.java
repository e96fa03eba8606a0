package io.lodestar.reporting;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * ECharts options as plain maps (served as JSON and drawn by {@code app.js}). Only data and styling: no
 * functions, so the labels are formatted here in the reader's language. Colours are distinguishable on
 * white and for the common colour-vision deficiencies; legends scroll and labels avoid overlap on phones.
 */
final class ChartOptions {

	static final List<String> PALETTE = List.of("#1d3a6e", "#e08a00", "#0f8b8d", "#c2185b", "#6b4fbb", "#5b8c00",
			"#2563c9", "#8a5a00", "#b42318", "#5f6b7a");

	static final Map<Status, String> STATUS_COLOURS = Map.of(Status.OK, "#1e7d4f", Status.WARN, "#d98a00", Status.BAD,
			"#b42318", Status.NONE, "#9aa3b2");

	/** One line of a chart; null values are gaps (no data that month). */
	record Series(String name, List<BigDecimal> values) {
	}

	private ChartOptions() {
	}

	/**
	 * A line chart over categories (months). Trailing categories without a value in any series are dropped, so a
	 * year with six months of data shows six months.
	 *
	 * @param percent values are percentages: the axis says so and a dashed line marks 100 %
	 */
	static Map<String, Object> lines(List<String> categories, List<Series> series, String axisName, boolean percent,
			String targetLabel, String emptyText) {
		int last = -1;
		for (Series line : series) {
			for (int i = 0; i < line.values().size(); i++) {
				if (line.values().get(i) != null) {
					last = Math.max(last, i);
				}
			}
		}
		int shown = last < 0 ? categories.size() : last + 1;
		Map<String, Object> option = base(last < 0 ? emptyText : null);
		option.put("tooltip", Map.of("trigger", "axis", "confine", true));
		option.put("legend", Map.of("type", "scroll", "bottom", 0));
		option.put("xAxis", Map.of("type", "category", "boundaryGap", true, "data", categories.subList(0, shown),
				"axisLabel", Map.of("hideOverlap", true)));
		Map<String, Object> yAxis = new LinkedHashMap<>();
		yAxis.put("type", "value");
		yAxis.put("name", axisName);
		yAxis.put("nameTextStyle", Map.of("align", "left"));
		if (percent) {
			yAxis.put("axisLabel", Map.of("formatter", "{value} %"));
		}
		option.put("yAxis", yAxis);
		List<Map<String, Object>> data = new ArrayList<>();
		for (Series line : series) {
			Map<String, Object> item = new LinkedHashMap<>();
			item.put("name", line.name());
			item.put("type", "line");
			item.put("symbolSize", 7);
			item.put("connectNulls", false);
			item.put("emphasis", Map.of("focus", "series"));
			item.put("data", new ArrayList<>(line.values().subList(0, Math.min(shown, line.values().size()))));
			if (percent && data.isEmpty()) {
				item.put("markLine", Map.of("silent", true, "symbol", "none", "lineStyle",
						Map.of("type", "dashed", "color", STATUS_COLOURS.get(Status.OK)), "label",
						Map.of("formatter", targetLabel, "position", "insideEndTop"), "data", List.of(Map.of("yAxis", 100))));
			}
			data.add(item);
		}
		option.put("series", data);
		return option;
	}

	/** A histogram: one bar per bucket in the bucket's status colour, the count written on top. */
	static Map<String, Object> histogram(List<String> categories, List<Integer> counts, List<Status> statuses,
			String axisName, String seriesName, String emptyText) {
		boolean empty = counts.stream().mapToInt(Integer::intValue).sum() == 0;
		Map<String, Object> option = base(empty ? emptyText : null);
		option.put("tooltip", Map.of("trigger", "axis", "confine", true));
		option.put("xAxis", Map.of("type", "category", "data", categories, "axisLabel",
				Map.of("interval", 0, "hideOverlap", false, "fontSize", 11)));
		option.put("yAxis", Map.of("type", "value", "name", axisName, "minInterval", 1, "nameTextStyle",
				Map.of("align", "left")));
		List<Map<String, Object>> bars = new ArrayList<>();
		for (int i = 0; i < counts.size(); i++) {
			bars.add(Map.of("value", counts.get(i), "itemStyle", Map.of("color", STATUS_COLOURS.get(statuses.get(i)))));
		}
		option.put("series", List.of(Map.of("name", seriesName, "type", "bar", "barMaxWidth", 56, "data", bars, "label",
				Map.of("show", true, "position", "top"))));
		return option;
	}

	private static Map<String, Object> base(String emptyText) {
		Map<String, Object> option = new LinkedHashMap<>();
		option.put("color", PALETTE);
		option.put("aria", Map.of("enabled", true));
		option.put("grid", Map.of("left", 8, "right", 16, "top", 40, "bottom", 44, "containLabel", true));
		if (emptyText != null) {
			option.put("title", Map.of("text", emptyText, "left", "center", "top", "middle", "textStyle",
					Map.of("color", "#6b7689", "fontSize", 14, "fontWeight", "normal")));
		}
		return option;
	}

}
