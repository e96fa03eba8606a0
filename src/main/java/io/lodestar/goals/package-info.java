/**
 * The one goal graph: fiscal periods (year, halves, quarters, months), goals owned by the company, an org
 * unit or an employee — strategic goals and KPIs now, objectives and key results with the OKR module —
 * their "contributes" links (one weighted parent) and "supports" links, who may see and change which goal
 * ({@link io.lodestar.goals.GoalAccess}), and the incremental progress rollup
 * ({@link io.lodestar.goals.GoalProgress}).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Goals")
package io.lodestar.goals;
