package io.lodestar.kpi.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The bulk assignment grid: the period and optional parent goal, the unit and position the grid was drawn
 * from (to draw it again), and one row per employee; a row marked {@code remove} is left out.
 */
public class AssignForm {

	private UUID periodId;

	private UUID parentId;

	private UUID unitId;

	private UUID positionId;

	private List<Row> rows = new ArrayList<>();

	public static class Row {

		private UUID employeeId;

		private BigDecimal target;

		private BigDecimal weight;

		private boolean remove;

		public Row() {
		}

		Row(UUID employeeId, BigDecimal target, BigDecimal weight) {
			this.employeeId = employeeId;
			this.target = target;
			this.weight = weight;
		}

		public UUID getEmployeeId() {
			return employeeId;
		}

		public void setEmployeeId(UUID employeeId) {
			this.employeeId = employeeId;
		}

		public BigDecimal getTarget() {
			return target;
		}

		public void setTarget(BigDecimal target) {
			this.target = target;
		}

		public BigDecimal getWeight() {
			return weight;
		}

		public void setWeight(BigDecimal weight) {
			this.weight = weight;
		}

		public boolean isRemove() {
			return remove;
		}

		public void setRemove(boolean remove) {
			this.remove = remove;
		}

	}

	public UUID getPeriodId() {
		return periodId;
	}

	public void setPeriodId(UUID periodId) {
		this.periodId = periodId;
	}

	public UUID getParentId() {
		return parentId;
	}

	public void setParentId(UUID parentId) {
		this.parentId = parentId;
	}

	public UUID getUnitId() {
		return unitId;
	}

	public void setUnitId(UUID unitId) {
		this.unitId = unitId;
	}

	public UUID getPositionId() {
		return positionId;
	}

	public void setPositionId(UUID positionId) {
		this.positionId = positionId;
	}

	public List<Row> getRows() {
		return rows;
	}

	public void setRows(List<Row> rows) {
		this.rows = rows;
	}

}
