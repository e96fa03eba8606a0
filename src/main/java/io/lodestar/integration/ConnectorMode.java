package io.lodestar.integration;

/** What the connector's query returns. */
public enum ConnectorMode {

	/** One number (first row, first column) for one KPI. */
	SINGLE_VALUE,

	/**
	 * Rows of (employee number, value) or (employee number, value, date) for the personal KPIs created from
	 * one library definition in one period, matched by employee number.
	 */
	ROWS

}
