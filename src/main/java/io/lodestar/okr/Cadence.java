package io.lodestar.okr;

/** How long an OKR cycle runs: a quarter by default, or one or two months. */
public enum Cadence {

	QUARTER(3), BIMONTH(2), MONTH(1);

	private final int months;

	Cadence(int months) {
		this.months = months;
	}

	public int months() {
		return months;
	}

}
