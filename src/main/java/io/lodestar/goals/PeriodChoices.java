package io.lodestar.goals;

import java.util.List;
import java.util.TreeSet;
import java.util.UUID;

import org.springframework.stereotype.Component;

import io.lodestar.company.CompanyManagement;
import io.lodestar.platform.web.Messages;

/**
 * The period selector of the goal and KPI pages: the fiscal years that have periods plus the years around today
 * (listing a year creates nothing; opening it does), and the 19 periods of the chosen year.
 */
@Component
public class PeriodChoices {

	/** Years outside this range are typing errors in a URL, not fiscal years anyone plans. */
	private static final int EARLIEST = 1990;

	private static final int LATEST = 2200;

	private final PeriodCalendar calendar;

	private final CompanyManagement companies;

	private final Messages messages;

	PeriodChoices(PeriodCalendar calendar, CompanyManagement companies, Messages messages) {
		this.calendar = calendar;
		this.companies = companies;
		this.messages = messages;
	}

	/** An entry of a select: {@code id} is the submitted value. */
	public record Option(String id, String name) {
	}

	/**
	 * @param selected the chosen period (the whole year unless a period was asked for)
	 * @param periods all periods of the chosen fiscal year, longest first
	 */
	public record Selection(Period selected, List<Period> periods, int year, List<Option> years, List<Option> periodOptions) {

		public Period wholeYear() {
			return periods.get(0);
		}

	}

	/** A period by id (another company's is not found), else the whole fiscal year asked for, else the current one. */
	public Selection select(UUID tenant, UUID periodId, Integer year) {
		int current = calendar.fiscalYearOf(tenant, calendar.today(tenant));
		Period selected;
		if (periodId != null) {
			selected = calendar.get(tenant, periodId);
		}
		else {
			int chosen = year != null && year >= EARLIEST && year <= LATEST ? year : current;
			selected = calendar.year(tenant, chosen).get(0);
		}
		List<Period> periods = calendar.year(tenant, selected.fiscalYear());
		TreeSet<Integer> years = new TreeSet<>(calendar.existingYears(tenant));
		years.add(current - 1);
		years.add(current);
		years.add(current + 1);
		boolean calendarYears = companies.settings(tenant).fiscalYearStartMonth() == 1;
		List<Option> yearOptions = years.descendingSet()
			.stream()
			.map(candidate -> new Option(String.valueOf(candidate),
					messages.get(calendarYears ? "goals.period.label.year" : "goals.period.label.year.fiscal",
							String.valueOf(candidate))))
			.toList();
		List<Option> periodOptions = periods.stream().map(period -> new Option(period.id().toString(), label(period)))
			.toList();
		return new Selection(selected, periods, selected.fiscalYear(), yearOptions, periodOptions);
	}

	/** The period's label in the request's language. */
	public String label(Period period) {
		return messages.get(period.labelKey(), period.labelArguments());
	}

}
