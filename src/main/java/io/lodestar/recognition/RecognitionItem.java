package io.lodestar.recognition;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/**
 * An award or a praise post as one viewer may see it. The bonus amount and currency are null unless the viewer
 * may see pay or is the recipient; the goal is null unless the viewer may read it (so a private goal's title
 * never leaks through recognition).
 *
 * @param kind AWARD or PRAISE
 * @param from who gave the award or wrote the praise
 * @param text the award's reason or the praise message (plain text)
 */
public record RecognitionItem(String kind, UUID id, Instant createdAt, UUID recipientId, String recipientName,
		String from, String text, UUID goalId, String goalTitle, UUID awardTypeId, String awardTypeName,
		RewardKind rewardKind, BigDecimal bonusAmount, String currency, String rewardDetail, Instant revokedAt,
		String revokedBy, String revokeReason) {

	public static final String AWARD = "AWARD";

	public static final String PRAISE = "PRAISE";

	public boolean isAward() {
		return AWARD.equals(kind);
	}

	public boolean revoked() {
		return revokedAt != null;
	}

	public String path() {
		return isAward() ? "/recognition/awards/" + id : "/recognition/praise/" + id;
	}

}
