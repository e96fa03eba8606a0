/**
 * KPIs: the company's library of KPI definitions, the scoring configuration of every KPI goal, immutable
 * measurements from people, the API, imports and connectors, and each KPI's result per period, computed by
 * the {@code scoring} library and rolled up through the goal graph. Where a KPI's completion is computed:
 * {@link io.lodestar.kpi.KpiResults}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "KPI")
package io.lodestar.kpi;
