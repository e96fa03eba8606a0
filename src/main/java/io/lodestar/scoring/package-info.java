/**
 * The scoring library: how a KPI's measurements become a completion, exactly and explainably. Pure Java
 * (no Spring, no database), used by the KPI module, and later by OKR progress and appraisal scores.
 * Completions are fractions (1 = 100 %) as {@link java.math.BigDecimal} with {@link Scoring#SCALE} decimals,
 * rounded {@link Scoring#ROUNDING}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Scoring")
package io.lodestar.scoring;
