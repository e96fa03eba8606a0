package io.lodestar.goals;

/** Period lengths, longest first. A KPI is measured per period of one kind and rolls up into the longer ones. */
public enum PeriodKind {

	YEAR(12), HALF(6), QUARTER(3), MONTH(1);

	private final int months;

	PeriodKind(int months) {
		this.months = months;
	}

	public int months() {
		return months;
	}

	/** How many periods of this kind a fiscal year has. */
	public int perYear() {
		return 12 / months;
	}

	public boolean isLongerThan(PeriodKind other) {
		return months > other.months;
	}

}
