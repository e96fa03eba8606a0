package io.lodestar.reporting;

/**
 * A KPI that several sub-units share (same library definition, or else the same title), compared in one chart:
 * the retail store trend is one of these.
 *
 * @param key what the chart endpoint takes to find the KPI again: {@code d:<definition id>} or {@code t:<title>}
 * @param units how many sub-units have it
 */
public record Comparison(String key, String title, String unit, int units) {

	static String keyOf(ReportingQueries.KpiRow row) {
		return row.definitionId() != null ? "d:" + row.definitionId() : "t:" + row.title();
	}

	static String keyOf(ReportingQueries.MonthlyRow row) {
		return row.definitionId() != null ? "d:" + row.definitionId() : "t:" + row.title();
	}

}
