package io.lodestar.kpi.web;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** The team entry grid as posted: the month, the unit filter, a one-time form token and a value per KPI. */
public class EntryForm {

	private String period;

	private UUID unit;

	private String token;

	private List<Row> rows = new ArrayList<>();

	public static class Row {

		private UUID kpiId;

		private String value;

		public Row() {
		}

		Row(UUID kpiId, String value) {
			this.kpiId = kpiId;
			this.value = value;
		}

		public UUID getKpiId() {
			return kpiId;
		}

		public void setKpiId(UUID kpiId) {
			this.kpiId = kpiId;
		}

		public String getValue() {
			return value;
		}

		public void setValue(String value) {
			this.value = value;
		}

	}

	public String getPeriod() {
		return period;
	}

	public void setPeriod(String period) {
		this.period = period;
	}

	public UUID getUnit() {
		return unit;
	}

	public void setUnit(UUID unit) {
		this.unit = unit;
	}

	public String getToken() {
		return token;
	}

	public void setToken(String token) {
		this.token = token;
	}

	public List<Row> getRows() {
		return rows;
	}

	public void setRows(List<Row> rows) {
		this.rows = rows;
	}

}
