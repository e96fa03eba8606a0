package io.lodestar.kpi.web;

import java.math.BigDecimal;
import java.util.UUID;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import io.lodestar.goals.OwnerType;
import io.lodestar.kpi.NewKpi;

/**
 * A KPI for an org unit, a person or the company, usually contributing to a goal of the tree
 * ({@code parentId}) with a contribution weight, and its scoring configuration.
 */
public class NewKpiForm extends KpiConfigForm {

	private UUID parentId;

	@NotNull(message = "{goals.goal.owner-type.required}")
	private OwnerType ownerType = OwnerType.EMPLOYEE;

	private UUID ownerUnitId;

	private UUID ownerEmployeeId;

	@NotBlank(message = "{goals.goal.title.required}")
	@Size(max = 300, message = "{goals.goal.title.size}")
	private String title;

	@Size(max = 4000, message = "{goals.goal.description.size}")
	private String description;

	@NotNull(message = "{goals.goal.period.required}")
	private UUID periodId;

	@NotNull(message = "{kpi.page.contribution-weight.required}")
	@DecimalMin(value = "0", message = "{goals.goal.weight.range}")
	@DecimalMax(value = "10000", message = "{goals.goal.weight.range}")
	private BigDecimal contributionWeight = BigDecimal.ONE;

	UUID ownerId() {
		return switch (ownerType) {
			case COMPANY -> null;
			case ORG_UNIT -> ownerUnitId;
			case EMPLOYEE -> ownerEmployeeId;
		};
	}

	/** The form field that picks the owner of the chosen type. */
	String ownerField() {
		return ownerType == OwnerType.ORG_UNIT ? "ownerUnitId" : "ownerEmployeeId";
	}

	NewKpi toRequest() {
		return new NewKpi(title, description, ownerType, ownerId(), periodId, parentId, contributionWeight,
				toConfig(null));
	}

	public UUID getParentId() {
		return parentId;
	}

	public void setParentId(UUID parentId) {
		this.parentId = parentId;
	}

	public OwnerType getOwnerType() {
		return ownerType;
	}

	public void setOwnerType(OwnerType ownerType) {
		this.ownerType = ownerType;
	}

	public UUID getOwnerUnitId() {
		return ownerUnitId;
	}

	public void setOwnerUnitId(UUID ownerUnitId) {
		this.ownerUnitId = ownerUnitId;
	}

	public UUID getOwnerEmployeeId() {
		return ownerEmployeeId;
	}

	public void setOwnerEmployeeId(UUID ownerEmployeeId) {
		this.ownerEmployeeId = ownerEmployeeId;
	}

	public String getTitle() {
		return title;
	}

	public void setTitle(String title) {
		this.title = title;
	}

	public String getDescription() {
		return description;
	}

	public void setDescription(String description) {
		this.description = description;
	}

	public UUID getPeriodId() {
		return periodId;
	}

	public void setPeriodId(UUID periodId) {
		this.periodId = periodId;
	}

	public BigDecimal getContributionWeight() {
		return contributionWeight;
	}

	public void setContributionWeight(BigDecimal contributionWeight) {
		this.contributionWeight = contributionWeight;
	}

}
