/**
 * Appraisal: will hold appraisal cycles, templates, the review workflow, grades, calibration and the link
 * from final scores to pay. This first part is the final-score formula language: a small, sandboxed
 * expression language ({@link io.lodestar.appraisal.ScoreFormula}) in which HR writes how an appraisal's
 * components (KPI, OKR, manager and self ratings, ...) become one final score. Pure Java, exact
 * {@link java.math.BigDecimal} arithmetic, no scripting engine: a formula can only ever compute a number.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Appraisal")
package io.lodestar.appraisal;
