package io.lodestar.goals.web;

import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import io.lodestar.goals.OwnerType;

/** A strategic goal of the company or of an org unit. */
public class StrategyForm {

	@NotBlank(message = "{goals.goal.title.required}")
	@Size(max = 300, message = "{goals.goal.title.size}")
	private String title;

	@Size(max = 4000, message = "{goals.goal.description.size}")
	private String description;

	@NotNull(message = "{goals.goal.owner-type.required}")
	private OwnerType ownerType = OwnerType.COMPANY;

	private UUID ownerUnitId;

	@NotNull(message = "{goals.goal.period.required}")
	private UUID periodId;

	UUID ownerId() {
		return ownerType == OwnerType.ORG_UNIT ? ownerUnitId : null;
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

	public UUID getPeriodId() {
		return periodId;
	}

	public void setPeriodId(UUID periodId) {
		this.periodId = periodId;
	}

}
