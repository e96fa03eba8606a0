/**
 * Integration: getting data in from other systems without people typing it. Today the scheduled SQL pull
 * connector, which reads KPI actuals from a company's own database (ERP, MES, POS) over JDBC and records
 * them through {@link io.lodestar.kpi.Measurements} as the company's "system" actor; later API keys and
 * webhooks. Credentials are stored encrypted ({@link io.lodestar.platform.security.SecretBox}).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Integration")
package io.lodestar.integration;
