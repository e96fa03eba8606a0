package io.lodestar.recognition.web;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;

import io.lodestar.recognition.RecognitionItem;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * An award or praise post. {@code bonusAmount} and {@code currency} are left out unless the caller may see pay
 * or is the recipient; {@code goal} is left out unless the caller may read the goal. Texts are plain: escape
 * them for HTML.
 */
@Schema(name = "Recognition")
@JsonInclude(JsonInclude.Include.NON_NULL)
record RecognitionResponse(UUID id, String kind, Instant createdAt, Person recipient, String from, String text,
		Goal goal, AwardTypeRef awardType, String rewardKind, BigDecimal bonusAmount, String currency,
		String rewardDetail, Instant revokedAt, String revokedBy, String revokeReason) {

	@Schema(name = "RecognitionPerson")
	record Person(UUID id, String name) {
	}

	@Schema(name = "RecognitionGoal")
	record Goal(UUID id, String title) {
	}

	@Schema(name = "RecognitionAwardType")
	record AwardTypeRef(UUID id, String name) {
	}

	static RecognitionResponse of(RecognitionItem item) {
		return new RecognitionResponse(item.id(), item.kind(), item.createdAt(),
				new Person(item.recipientId(), item.recipientName()), item.from(), item.text(),
				item.goalId() == null ? null : new Goal(item.goalId(), item.goalTitle()),
				item.awardTypeId() == null ? null : new AwardTypeRef(item.awardTypeId(), item.awardTypeName()),
				item.rewardKind() == null ? null : item.rewardKind().name(), item.bonusAmount(), item.currency(),
				item.rewardDetail(), item.revokedAt(), item.revokedBy(), item.revokeReason());
	}

}
