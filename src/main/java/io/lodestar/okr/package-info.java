/**
 * OKRs in the one goal graph: cycles and their phases ({@link io.lodestar.okr.OkrCycles}), objectives and key
 * results drafted bottom-up and reviewed ({@link io.lodestar.okr.Objectives},
 * {@link io.lodestar.okr.ReviewComments}), check-ins and reminders ({@link io.lodestar.okr.CheckIns},
 * {@link io.lodestar.okr.CheckInReminders}, {@link io.lodestar.okr.TeamCheckIns}), governed mid-cycle changes
 * ({@link io.lodestar.okr.KeyResultRevisions}), scoring, reflection and close
 * ({@link io.lodestar.okr.OkrClosing}). Where a key result's progress and status are computed:
 * {@link io.lodestar.okr.KeyResultRules}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "OKR")
package io.lodestar.okr;
