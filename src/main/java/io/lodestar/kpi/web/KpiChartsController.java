package io.lodestar.kpi.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.ResponseBody;

import io.lodestar.goals.PeriodChoices;
import io.lodestar.kpi.KpiDetail;
import io.lodestar.kpi.KpiManagement;
import io.lodestar.kpi.KpiPeriodResult;
import io.lodestar.platform.security.CurrentUser;
import io.lodestar.platform.web.Messages;
import io.lodestar.scoring.Direction;

/**
 * ECharts options for a KPI's trend charts, built here with labels in the user's language, so the page needs
 * no script of its own: app.js draws any element with {@code data-chart} pointing at these URLs.
 */
@Controller
class KpiChartsController {

	static final String OK = "#1e7d4f";

	static final String WARN = "#a15c00";

	static final String BAD = "#b42318";

	static final String ACCENT = "#2563c9";

	static final String NAVY = "#1d3a6e";

	private final KpiManagement kpis;

	private final PeriodChoices periods;

	private final Messages messages;

	KpiChartsController(KpiManagement kpis, PeriodChoices periods, Messages messages) {
		this.kpis = kpis;
		this.periods = periods;
		this.messages = messages;
	}

	/** Completion per measurement period in percent, coloured by status, with the 100 % line. */
	@GetMapping(path = "/kpis/{id}/charts/completion", produces = MediaType.APPLICATION_JSON_VALUE)
	@PreAuthorize(KpiFormsController.SIGNED_IN)
	@ResponseBody
	Map<String, Object> completion(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id) {
		List<KpiPeriodResult> points = points(kpis.get(user, id));
		String name = messages.get("kpi.detail.chart.completion");
		Map<String, Object> series = new LinkedHashMap<>();
		series.put("name", name);
		series.put("type", "line");
		series.put("smooth", false);
		series.put("symbolSize", 8);
		series.put("connectNulls", false);
		series.put("data", points.stream().map(KpiPeriodResult::completionPercent).toList());
		series.put("markLine", Map.of("silent", true, "symbol", "none", "label", Map.of("show", false),
				"lineStyle", Map.of("color", OK, "type", "dashed"), "data", List.of(Map.of("yAxis", 100))));
		Map<String, Object> option = base(points, "{value} %");
		option.put("legend", Map.of("data", List.of(name), "top", 0));
		option.put("visualMap", Map.of("show", false, "seriesIndex", 0, "pieces", List.of(
				Map.of("lt", 80, "color", BAD), Map.of("gte", 80, "lt", 100, "color", WARN),
				Map.of("gte", 100, "color", OK))));
		option.put("series", List.of(series));
		return option;
	}

	/** The actual per measurement period against its target (or the range limits). */
	@GetMapping(path = "/kpis/{id}/charts/actuals", produces = MediaType.APPLICATION_JSON_VALUE)
	@PreAuthorize(KpiFormsController.SIGNED_IN)
	@ResponseBody
	Map<String, Object> actuals(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id) {
		KpiDetail kpi = kpis.get(user, id);
		List<KpiPeriodResult> points = points(kpi);
		String unit = kpi.config().unit() == null || kpi.config().unit().isBlank() ? "" : " " + kpi.config().unit();
		List<Map<String, Object>> series = new ArrayList<>();
		series.add(series(messages.get("kpi.detail.chart.actual"), "bar", ACCENT,
				points.stream().map(KpiPeriodResult::actual).map(KpiChartsController::plain).toList()));
		if (kpi.config().direction() == Direction.RANGE) {
			series.add(series(messages.get("kpi.detail.chart.range-low"), "line", NAVY,
					points.stream().map(point -> plain(kpi.config().rangeLow())).toList()));
			series.add(series(messages.get("kpi.detail.chart.range-high"), "line", NAVY,
					points.stream().map(point -> plain(kpi.config().rangeHigh())).toList()));
		}
		else if (kpi.config().direction() != Direction.DONE) {
			series.add(series(messages.get("kpi.detail.chart.target"), "line", OK,
					points.stream().map(KpiPeriodResult::target).map(KpiChartsController::plain).toList()));
		}
		Map<String, Object> option = base(points, "{value}" + unit);
		option.put("legend", Map.of("data", series.stream().map(each -> each.get("name")).toList(), "top", 0));
		option.put("series", series);
		return option;
	}

	private Map<String, Object> base(List<KpiPeriodResult> points, String axisFormat) {
		Map<String, Object> option = new LinkedHashMap<>();
		option.put("aria", Map.of("enabled", true));
		option.put("tooltip", Map.of("trigger", "axis"));
		option.put("grid", Map.of("left", 8, "right", 16, "top", 36, "bottom", 8, "containLabel", true));
		option.put("xAxis", Map.of("type", "category",
				"data", points.stream().map(point -> periods.label(point.period())).toList()));
		option.put("yAxis", Map.of("type", "value", "axisLabel", Map.of("formatter", axisFormat)));
		return option;
	}

	private static Map<String, Object> series(String name, String type, String color, List<BigDecimal> data) {
		Map<String, Object> series = new LinkedHashMap<>();
		series.put("name", name);
		series.put("type", type);
		series.put("itemStyle", Map.of("color", color));
		series.put("data", data);
		return series;
	}

	/** The measurement periods, or the KPI's own period when it is measured once per period. */
	static List<KpiPeriodResult> points(KpiDetail kpi) {
		return kpi.byPeriod().isEmpty() ? List.of(kpi.overall()) : kpi.byPeriod();
	}

	private static BigDecimal plain(BigDecimal value) {
		return value == null ? null : new BigDecimal(value.stripTrailingZeros().toPlainString());
	}

}
