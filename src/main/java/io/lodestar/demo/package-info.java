/**
 * Demo data: two realistic companies (a machinery factory and a tech start-up) loaded at start-up into an
 * empty database, through the same services people use, so the data is valid and audited as "system".
 * Later modules (KPIs, OKRs) extend the company scripts {@link io.lodestar.demo.HuaruiDemo} and
 * {@link io.lodestar.demo.NebulaDemo}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Demo data")
package io.lodestar.demo;
