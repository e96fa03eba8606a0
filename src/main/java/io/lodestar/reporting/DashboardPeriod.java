package io.lodestar.reporting;

import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;

import io.lodestar.goals.Period;
import io.lodestar.goals.PeriodKind;

/**
 * The period a dashboard shows, chosen from one fiscal year: the year, a half, a quarter or a month. A goal
 * belongs on the dashboard when its own period contains the chosen one (a yearly KPI viewed for a quarter: its
 * result for that quarter) or lies inside it (a monthly goal viewed for the year: its own result).
 *
 * @param year all periods of the fiscal year, longest first
 * @param currentFiscalYear the fiscal year today falls in (for the year selector)
 */
public record DashboardPeriod(int fiscalYear, Period selected, List<Period> year, int currentFiscalYear) {

	/** How far back and ahead the selector offers years. */
	static final int YEARS_BACK = 4;

	static final int YEARS_AHEAD = 1;

	/** The short code of a period in URLs: Y, H1, Q2, M3. */
	public static String codeOf(Period period) {
		return switch (period.kind()) {
			case YEAR -> "Y";
			case HALF -> "H" + period.sequence();
			case QUARTER -> "Q" + period.sequence();
			case MONTH -> "M" + period.sequence();
		};
	}

	public String code() {
		return codeOf(selected);
	}

	/** Periods of the fiscal year that contain the selected one (itself included). */
	public List<UUID> enclosingIds() {
		return year.stream().filter(period -> period.contains(selected)).map(Period::id).toList();
	}

	/** Periods whose goals belong on the dashboard: enclosing the selected one or inside it. */
	public List<UUID> relevantIds() {
		return year.stream()
			.filter(period -> period.contains(selected) || selected.contains(period))
			.map(Period::id)
			.toList();
	}

	/** The months of the selected period, in order: the x axis of trends. */
	public List<Period> months() {
		return year.stream()
			.filter(period -> period.kind() == PeriodKind.MONTH && selected.contains(period))
			.sorted(java.util.Comparator.comparing(Period::startsOn))
			.toList();
	}

	/** What the period selector offers: the year, its halves, quarters and months. */
	public List<Period> options() {
		return year;
	}

	public List<Integer> fiscalYears() {
		return IntStream.rangeClosed(currentFiscalYear - YEARS_BACK, currentFiscalYear + YEARS_AHEAD)
			.boxed()
			.sorted(java.util.Comparator.reverseOrder())
			.toList();
	}

}
