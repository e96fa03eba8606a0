package io.lodestar.okr.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;

import io.lodestar.okr.CarryOver;
import io.lodestar.okr.CheckInRequest;
import io.lodestar.okr.KeyResultDraft;
import io.lodestar.okr.KeyResultType;
import io.lodestar.okr.NewComment;
import io.lodestar.okr.PaceStatus;
import io.lodestar.okr.Reflection;
import io.lodestar.okr.RevisionRequest;
import io.lodestar.okr.SuggestionKind;

/** The small forms of the objective page; each becomes the service's request. */
final class PageForms {

	private PageForms() {
	}

	/** A check-in typed on the page: the value (metric) or done (milestone), confidence, the story, help needed. */
	public record CheckInForm(@Digits(integer = 14, fraction = 6, message = "{okr.kr.number.format}") BigDecimal value,
			Boolean done,
			@NotNull(message = "{okr.check-in.confidence.range}") @Min(value = 0, message = "{okr.check-in.confidence.range}") @Max(value = 10, message = "{okr.check-in.confidence.range}") Integer confidence,
			@Size(max = 4000, message = "{okr.check-in.narrative.size}") String narrative,
			@Size(max = 1000, message = "{okr.check-in.help.size}") String helpNeeded, PaceStatus status,
			@Size(max = 500, message = "{okr.check-in.override.size}") String overrideReason) {

		static CheckInForm blank() {
			return new CheckInForm(null, null, null, null, null, null, null);
		}

		CheckInRequest toRequest() {
			return new CheckInRequest(value, Boolean.TRUE.equals(done), confidence, narrative, helpNeeded, status, null,
					null, overrideReason);
		}

	}

	/** A proposed change of an approved key result: its new definition, from when, and why. */
	public record RevisionForm(
			@NotBlank(message = "{okr.kr.title.required}") @Size(max = 300, message = "{okr.kr.title.size}") String title,
			KeyResultType type,
			@Digits(integer = 14, fraction = 6, message = "{okr.kr.number.format}") BigDecimal start,
			@Digits(integer = 14, fraction = 6, message = "{okr.kr.number.format}") BigDecimal target,
			@Size(max = 30, message = "{okr.kr.unit.size}") String unit,
			@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate effectiveFrom,
			@Digits(integer = 14, fraction = 6, message = "{okr.kr.number.format}") BigDecimal currentValue,
			@NotBlank(message = "{okr.revision.reason.required}") @Size(max = 1000, message = "{okr.revision.reason.size}") String reason) {

		static RevisionForm blank() {
			return new RevisionForm(null, null, null, null, null, null, null, null);
		}

		RevisionRequest toRequest(BigDecimal weight) {
			return new RevisionRequest(new KeyResultDraft(null, title.strip(), type == null ? KeyResultType.METRIC : type,
					null, start, target, unit == null || unit.isBlank() ? null : unit.strip(), weight), effectiveFrom,
					currentValue, reason);
		}

	}

	/** The reviewer's decision on a proposed change; declining needs a note. */
	public record RevisionDecisionForm(boolean approve,
			@Size(max = 1000, message = "{okr.revision.reason.size}") String note) {

		static RevisionDecisionForm blank() {
			return new RevisionDecisionForm(false, null);
		}

	}

	/** A key result's final score (0.0-1.0) and, when it differs from the suggested one, why. */
	public record ScoreForm(@NotNull(message = "{okr.score.range}") @DecimalMin(value = "0", message = "{okr.score.range}") @DecimalMax(value = "1", message = "{okr.score.range}") BigDecimal score,
			@Size(max = 1000, message = "{okr.revision.reason.size}") String reason) {

		static ScoreForm blank() {
			return new ScoreForm(null, null);
		}

	}

	/** What went well, what did not, why, and what happens next. */
	public record ReflectionForm(@Size(max = 4000, message = "{okr.reflection.size}") String wentWell,
			@Size(max = 4000, message = "{okr.reflection.size}") String wentBadly,
			@Size(max = 4000, message = "{okr.reflection.size}") String reasons, CarryOver carryOver) {

		Reflection toRequest() {
			return new Reflection(wentWell, wentBadly, reasons, carryOver);
		}

	}

	/** A comment on the objective or one of its key results. */
	public record CommentForm(UUID keyResultId,
			@NotBlank(message = "{okr.comment.body.required}") @Size(max = 2000, message = "{okr.comment.body.size}") String body) {

		static CommentForm blank() {
			return new CommentForm(null, null);
		}

		NewComment toRequest() {
			return new NewComment(keyResultId, body, null, null, null, null, null, null, null);
		}

	}

	/** A reviewer's one-click suggestion: add a key result, or change a key result's target. */
	public record SuggestionForm(SuggestionKind suggestion, UUID keyResultId,
			@NotBlank(message = "{okr.comment.body.required}") @Size(max = 2000, message = "{okr.comment.body.size}") String body,
			@Size(max = 300, message = "{okr.kr.title.size}") String suggestedTitle,
			@Digits(integer = 14, fraction = 6, message = "{okr.kr.number.format}") BigDecimal suggestedStart,
			@Digits(integer = 14, fraction = 6, message = "{okr.kr.number.format}") BigDecimal suggestedTarget,
			@Size(max = 30, message = "{okr.kr.unit.size}") String suggestedUnit) {

		static SuggestionForm blank() {
			return new SuggestionForm(SuggestionKind.ADD_KEY_RESULT, null, null, null, null, null, null);
		}

		NewComment toRequest() {
			SuggestionKind kind = suggestion == null ? SuggestionKind.ADD_KEY_RESULT : suggestion;
			boolean add = kind == SuggestionKind.ADD_KEY_RESULT;
			return new NewComment(add ? null : keyResultId, body, kind, add ? suggestedTitle : null,
					add ? KeyResultType.METRIC : null, null, add ? suggestedStart : null, suggestedTarget,
					add && suggestedUnit != null && !suggestedUnit.isBlank() ? suggestedUnit.strip() : null);
		}

	}

	/** Approve or return, with the version the reviewer saw; returning needs a reason. */
	public record DecisionForm(Long version, @Size(max = 1000, message = "{okr.revision.reason.size}") String note) {
	}

	/** The goal the objective contributes to; none when empty. */
	public record AlignForm(UUID parentId) {
	}

}
