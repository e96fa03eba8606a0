package io.lodestar.okr;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * What a cycle came to for one scope (a person, an org unit, or the company), as one reader may see it: per
 * approved objective its key results' final scores and the objective's score, progress against the expected
 * pace and confidence over time, mid-cycle changes with their reasons, check-in notes, the owner's reflection
 * and the carry-over decision.
 *
 * @param scopeName the person's or unit's name, or null for the company
 * @param notApproved objectives in scope that were never approved (left out: they have no check-ins or scores)
 */
public record Retrospective(OkrCycle cycle, Scope scope, UUID scopeId, String scopeName, List<Objective> objectives,
		int notApproved) {

	/** Whose objectives the report covers. */
	public enum Scope {

		COMPANY, UNIT, PERSON

	}

	/** The average of the objectives' scores, or null while none is scored. */
	public BigDecimal averageScore() {
		return average(objectives.stream().map(Objective::score).filter(Objects::nonNull).toList());
	}

	public long carriedOver() {
		return objectives.stream().filter(o -> o.objective().carryOver() == CarryOver.CARRY).count();
	}

	public long changes() {
		return objectives.stream().mapToLong(o -> o.changes().size()).sum();
	}

	static BigDecimal average(List<BigDecimal> values) {
		if (values.isEmpty()) {
			return null;
		}
		return values.stream().reduce(BigDecimal.ZERO, BigDecimal::add)
			.divide(BigDecimal.valueOf(values.size()), 2, RoundingMode.HALF_UP);
	}

	/**
	 * One objective's retrospective.
	 *
	 * @param score its key results' final scores (0–1) weighted like their progress, or null before any is scored
	 * @param carriedTo the draft it was carried into, when the cycle was closed and the reader may see it
	 */
	public record Objective(ObjectiveView objective, BigDecimal score, List<KeyResult> keyResults,
			List<Change> changes, List<Note> notes, CarriedTo carriedTo) {

		public boolean reflected() {
			return objective.wentWell() != null || objective.wentBadly() != null || objective.reasons() != null;
		}

	}

	/** A key result with its check-ins by date. */
	public record KeyResult(KeyResultView keyResult, List<Point> trend) {
	}

	/**
	 * Where a key result stood on a day it was checked in (the day's last check-in), and where the straight line
	 * from 0 at the cycle's start to 1 at its end says it should have been.
	 */
	public record Point(LocalDate on, BigDecimal progress, BigDecimal expected, int confidence) {

		public BigDecimal progressPercent() {
			return progress.movePointRight(2).setScale(0, RoundingMode.HALF_UP);
		}

		public BigDecimal expectedPercent() {
			return expected.movePointRight(2).setScale(0, RoundingMode.HALF_UP);
		}

		/** Progress minus expected, in points (negative: behind the pace). */
		public BigDecimal gapPoints() {
			return progressPercent().subtract(expectedPercent());
		}

	}

	/**
	 * A mid-cycle change of a key result: version {@code number} replaced what was measured before, from
	 * {@code effectiveFrom}, for {@code reason}; {@code state} is APPROVED, DECLINED or PROPOSED.
	 */
	public record Change(String keyResultTitle, int number, String fromTitle, String fromTarget, String toTitle,
			String toTarget, LocalDate effectiveFrom, String reason, String state, String decisionNote) {
	}

	/** A check-in that said something: its narrative and any help asked for. */
	public record Note(LocalDate on, String keyResultTitle, String author, int confidence, PaceStatus status,
			BigDecimal progress, String narrative, String helpNeeded) {

		public BigDecimal progressPercent() {
			return progress.movePointRight(2).setScale(0, RoundingMode.HALF_UP);
		}

	}

	/** The objective a carried-over one became, and the cycle it is in. */
	public record CarriedTo(UUID objectiveId, String title, UUID cycleId, String cycleName) {
	}

}
