package io.lodestar.okr.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import io.lodestar.okr.OkrCycle;
import io.lodestar.okr.Retrospective;
import io.lodestar.platform.web.Messages;
import tools.jackson.databind.json.JsonMapper;

/**
 * ECharts options for the retrospective, as JSON for a {@code data-chart-option} attribute (app.js draws it; the
 * page has no script of its own). Labels come in the reader's language.
 */
@Component
class RetrospectiveCharts {

	static final String EXPECTED = "#1e7d4f";

	/** Distinct, colour-blind friendly series colours (Okabe-Ito, darkened for contrast on white). */
	static final List<String> PALETTE = List.of("#2563c9", "#c2410c", "#7c3aed", "#0f766e", "#b91c1c");

	private final Messages messages;

	private final JsonMapper json;

	RetrospectiveCharts(Messages messages, JsonMapper json) {
		this.messages = messages;
		this.json = json;
	}

	/** Each key result's progress at its check-ins (percent) against the straight line from 0 % to 100 %. */
	String progress(OkrCycle cycle, Retrospective.Objective objective) {
		List<Map<String, Object>> series = new ArrayList<>();
		Map<String, Object> expected = series(messages.get("okr-admin.retro.chart.expected"), EXPECTED);
		expected.put("data", List.of(List.of(cycle.startsOn().toString(), 0), List.of(cycle.endsOn().toString(), 100)));
		expected.put("symbol", "none");
		expected.put("lineStyle", Map.of("type", "dashed", "width", 2));
		series.add(expected);
		BigDecimal highest = BigDecimal.valueOf(100);
		int index = 0;
		for (Retrospective.KeyResult kr : objective.keyResults()) {
			Map<String, Object> line = series(label(index, kr), PALETTE.get(index % PALETTE.size()));
			List<List<Object>> data = new ArrayList<>();
			if (!kr.trend().isEmpty()) {
				data.add(List.of(cycle.startsOn().toString(), 0)); // every key result starts at 0 % on the first day
			}
			for (Retrospective.Point point : kr.trend()) {
				data.add(List.of(point.on().toString(), point.progressPercent()));
				highest = highest.max(point.progressPercent());
			}
			line.put("data", data);
			series.add(line);
			index++;
		}
		Map<String, Object> option = base(cycle, series);
		Map<String, Object> yAxis = new LinkedHashMap<>();
		yAxis.put("type", "value");
		yAxis.put("min", 0);
		if (highest.compareTo(BigDecimal.valueOf(100)) <= 0) {
			yAxis.put("max", 100); // over 100 % (a raised cap): the axis grows to fit
		}
		yAxis.put("axisLabel", Map.of("formatter", "{value} %"));
		option.put("yAxis", yAxis);
		return write(option);
	}

	/** Each key result's confidence (0–10) at its check-ins. */
	String confidence(OkrCycle cycle, Retrospective.Objective objective) {
		List<Map<String, Object>> series = new ArrayList<>();
		int index = 0;
		for (Retrospective.KeyResult kr : objective.keyResults()) {
			Map<String, Object> line = series(label(index, kr), PALETTE.get(index % PALETTE.size()));
			line.put("step", "end");
			line.put("data", kr.trend().stream().map(point -> List.<Object>of(point.on().toString(), point.confidence()))
				.toList());
			series.add(line);
			index++;
		}
		Map<String, Object> option = base(cycle, series);
		option.put("yAxis", Map.of("type", "value", "min", 0, "max", 10, "interval", 2));
		return write(option);
	}

	private static Map<String, Object> base(OkrCycle cycle, List<Map<String, Object>> series) {
		Map<String, Object> option = new LinkedHashMap<>();
		option.put("aria", Map.of("enabled", true));
		option.put("tooltip", Map.of("trigger", "axis"));
		option.put("legend", Map.of("type", "scroll", "top", 0,
				"data", series.stream().map(each -> each.get("name")).toList()));
		option.put("grid", Map.of("left", 8, "right", 20, "top", 40, "bottom", 8, "containLabel", true));
		option.put("xAxis", Map.of("type", "time", "min", cycle.startsOn().toString(), "max", cycle.endsOn().toString(),
				"axisLabel", Map.of("formatter", "{MM}-{dd}", "hideOverlap", true)));
		option.put("series", series);
		return option;
	}

	private static Map<String, Object> series(String name, String color) {
		Map<String, Object> series = new LinkedHashMap<>();
		series.put("name", name);
		series.put("type", "line");
		series.put("symbolSize", 7);
		series.put("itemStyle", Map.of("color", color));
		series.put("lineStyle", Map.of("width", 2));
		return series;
	}

	/** "KR1 Raise the survey score…": numbered, so a legend entry matches the table row, and short. */
	private static String label(int index, Retrospective.KeyResult kr) {
		String title = kr.keyResult().title();
		String shortened = title.codePointCount(0, title.length()) > 24
				? title.substring(0, title.offsetByCodePoints(0, 23)) + "…" : title;
		return "KR" + (index + 1) + " " + shortened;
	}

	private String write(Map<String, Object> option) {
		return json.writeValueAsString(option);
	}

}
