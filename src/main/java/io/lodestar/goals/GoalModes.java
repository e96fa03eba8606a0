package io.lodestar.goals;

import java.util.UUID;

/**
 * Which goals an org unit works with, asked before a KPI is set for the unit or one of its people. The OKR module
 * implements it (units choose KPI, OKR or both); without an implementation every unit takes KPIs.
 */
public interface GoalModes {

	boolean allowsKpis(UUID tenant, UUID orgUnitId);

}
