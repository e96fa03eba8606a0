package io.lodestar.company;

/**
 * How a company runs its goals.
 *
 * @param fiscalYearStartMonth 1 for a calendar fiscal year, 4 for April to March, ...
 * @param kpiActualsPublic whether everyone in the company may see everyone's personal KPI actuals; by default
 * only the person, their managers, HR and executives do
 */
public record CompanySettings(int fiscalYearStartMonth, boolean kpiActualsPublic, Long version) {
}
