package io.lodestar.recognition;

import java.math.BigDecimal;
import java.util.UUID;

/**
 * @param goalId a goal the award recognises, optional
 * @param bonusAmount only with {@link RewardKind#BONUS}
 * @param rewardDetail the training or the project, with {@link RewardKind#TRAINING} and {@link RewardKind#OWNERSHIP}
 */
public record NewAward(UUID recipientId, UUID awardTypeId, String reason, UUID goalId, RewardKind rewardKind,
		BigDecimal bonusAmount, String rewardDetail) {
}
