/**
 * Reporting: read-only dashboards over the goal graph and KPI results — company, org unit and person — with
 * status colours, completion trends, score distributions and the comparison of sub-units on a shared KPI
 * (the retail store trend). It reads the goals, kpi and people tables directly through a few fixed queries per
 * request (no N+1) and applies {@link io.lodestar.goals.GoalAccess} to every row. It writes only its own read
 * model of people's scores ({@link io.lodestar.reporting.PersonScores}), in the transaction of the KPI change
 * that moved them. Appraisal reads people's weighted KPI scores from that model; nothing else depends on this module.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Reporting")
package io.lodestar.reporting;
