package io.lodestar.okr;

/** Which goals an org unit works with. */
public enum UnitMode {

	KPI, OKR, BOTH;

	public boolean allowsOkr() {
		return this != KPI;
	}

}
