/**
 * Cross-cutting infrastructure every business module stands on: security and tenancy
 * ({@code security}), web conventions such as problem details, paging and i18n ({@code web}),
 * the audit trail ({@code audit}) and spreadsheet import/export ({@code spreadsheet}).
 * It depends on no other module.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Platform")
package io.lodestar.platform;
