package io.lodestar.recognition.web;

import java.math.BigDecimal;
import java.util.UUID;

import io.lodestar.recognition.RewardKind;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * The request bodies of the recognition API. The service checks every field and names the one at fault
 * (problem detail with {@code field}), so the records carry no constraints of their own.
 */
final class RecognitionRequests {

	private RecognitionRequests() {
	}

	@Schema(name = "CreateAward")
	record CreateAward(@Schema(requiredMode = Schema.RequiredMode.REQUIRED) UUID recipientId,
			@Schema(requiredMode = Schema.RequiredMode.REQUIRED) UUID awardTypeId,
			@Schema(description = "Why; plain text, at most 2,000 characters.", requiredMode = Schema.RequiredMode.REQUIRED) String reason,
			@Schema(description = "A goal the award recognises; the caller must be able to read it.") UUID goalId,
			@Schema(description = "NONE when omitted.") RewardKind rewardKind,
			@Schema(description = "With BONUS only: at least 0, at most two decimals, in CNY. A manager's bonus must fit the remaining budget.") BigDecimal bonusAmount,
			@Schema(description = "With TRAINING or OWNERSHIP: which training or project, at most 500 characters.") String rewardDetail) {
	}

	@Schema(name = "RevokeAward")
	record Revoke(@Schema(description = "Why; at most 1,000 characters.", requiredMode = Schema.RequiredMode.REQUIRED) String reason) {
	}

	@Schema(name = "AwardTypeRequest")
	record AwardTypeRequest(@Schema(requiredMode = Schema.RequiredMode.REQUIRED) String name, String description,
			@Schema(description = "On update; true when omitted.") Boolean active) {
	}

	@Schema(name = "BudgetRequest")
	record BudgetRequest(@Schema(requiredMode = Schema.RequiredMode.REQUIRED) UUID managerId,
			@Schema(description = "Fiscal year: last, this or next.", requiredMode = Schema.RequiredMode.REQUIRED) Integer fiscalYear,
			@Schema(description = "At least 0, at most two decimals, not below what the manager has given already.", requiredMode = Schema.RequiredMode.REQUIRED) BigDecimal allocated) {
	}

	@Schema(name = "CreatePraise")
	record CreatePraise(@Schema(requiredMode = Schema.RequiredMode.REQUIRED) UUID recipientId,
			@Schema(description = "Plain text, at most 1,000 characters.", requiredMode = Schema.RequiredMode.REQUIRED) String message,
			@Schema(description = "One of the colleague's goals the caller can read.") UUID goalId) {
	}

}
