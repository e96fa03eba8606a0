package io.lodestar.goals;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.Test;

/** A period of a calendar fiscal year is labelled "2025 H2", one of a fiscal year starting in April "FY2025 H2". */
class PeriodLabelTests {

	private static Period period(PeriodKind kind, int sequence, LocalDate start) {
		return new Period(UUID.randomUUID(), kind, 2025, sequence, start, start.plusMonths(kind.months()).minusDays(1),
				false, null);
	}

	@Test
	void laterHalvesAndQuartersOfACalendarYearAreNotFiscal() {
		assertThat(period(PeriodKind.HALF, 2, LocalDate.of(2025, 7, 1)).labelKey()).isEqualTo("goals.period.label.half");
		assertThat(period(PeriodKind.QUARTER, 4, LocalDate.of(2025, 10, 1)).labelKey())
			.isEqualTo("goals.period.label.quarter");
		assertThat(period(PeriodKind.YEAR, 1, LocalDate.of(2025, 1, 1)).labelKey()).isEqualTo("goals.period.label.year");
	}

	@Test
	void periodsOfAFiscalYearStartingInAprilAreFiscal() {
		assertThat(period(PeriodKind.YEAR, 1, LocalDate.of(2025, 4, 1)).labelKey())
			.isEqualTo("goals.period.label.year.fiscal");
		assertThat(period(PeriodKind.QUARTER, 1, LocalDate.of(2025, 4, 1)).labelKey())
			.isEqualTo("goals.period.label.quarter.fiscal");
		assertThat(period(PeriodKind.HALF, 2, LocalDate.of(2025, 10, 1)).labelKey())
			.isEqualTo("goals.period.label.half.fiscal");
		assertThat(period(PeriodKind.MONTH, 1, LocalDate.of(2025, 4, 1)).labelKey()).isEqualTo("goals.period.label.month");
	}

}
