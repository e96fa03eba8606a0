package io.lodestar.appraisal.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.springframework.format.annotation.DateTimeFormat;

import io.lodestar.appraisal.NewAppraisalCycle;

/** The new-cycle form: who, which period and template, deadlines and pay. Bound by direct field access. */
public class CycleForm {

	public String name;

	public UUID templateId;

	public UUID periodId;

	public List<UUID> unitIds = new ArrayList<>();

	public List<UUID> positionIds = new ArrayList<>();

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	public LocalDate selfDue;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	public LocalDate managerDue;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	public LocalDate calibrationDue;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	public LocalDate acknowledgeDue;

	public BigDecimal payBase;

	public BigDecimal bonusPool;

	NewAppraisalCycle toNewCycle() {
		return new NewAppraisalCycle(name, templateId, periodId, unitIds == null ? List.of() : unitIds,
				positionIds == null ? List.of() : positionIds, selfDue, managerDue, calibrationDue, acknowledgeDue, payBase,
				bonusPool);
	}

}
