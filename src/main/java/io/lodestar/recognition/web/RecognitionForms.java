package io.lodestar.recognition.web;

import java.math.BigDecimal;
import java.util.UUID;

import io.lodestar.recognition.RewardKind;

/**
 * The HTML forms of recognition. Fields carry no constraints: the services check them and name the field at
 * fault, which {@code FormErrors} puts next to it.
 */
final class RecognitionForms {

	private RecognitionForms() {
	}

	public static class AwardForm {

		private UUID recipientId;

		private UUID awardTypeId;

		private String reason;

		private UUID goalId;

		private RewardKind rewardKind = RewardKind.NONE;

		private BigDecimal bonusAmount;

		private String rewardDetail;

		public UUID getRecipientId() {
			return recipientId;
		}

		public void setRecipientId(UUID recipientId) {
			this.recipientId = recipientId;
		}

		public UUID getAwardTypeId() {
			return awardTypeId;
		}

		public void setAwardTypeId(UUID awardTypeId) {
			this.awardTypeId = awardTypeId;
		}

		public String getReason() {
			return reason;
		}

		public void setReason(String reason) {
			this.reason = reason;
		}

		public UUID getGoalId() {
			return goalId;
		}

		public void setGoalId(UUID goalId) {
			this.goalId = goalId;
		}

		public RewardKind getRewardKind() {
			return rewardKind;
		}

		public void setRewardKind(RewardKind rewardKind) {
			this.rewardKind = rewardKind;
		}

		public BigDecimal getBonusAmount() {
			return bonusAmount;
		}

		public void setBonusAmount(BigDecimal bonusAmount) {
			this.bonusAmount = bonusAmount;
		}

		public String getRewardDetail() {
			return rewardDetail;
		}

		public void setRewardDetail(String rewardDetail) {
			this.rewardDetail = rewardDetail;
		}

	}

	public static class PraiseForm {

		private UUID recipientId;

		private String message;

		private UUID goalId;

		public UUID getRecipientId() {
			return recipientId;
		}

		public void setRecipientId(UUID recipientId) {
			this.recipientId = recipientId;
		}

		public String getMessage() {
			return message;
		}

		public void setMessage(String message) {
			this.message = message;
		}

		public UUID getGoalId() {
			return goalId;
		}

		public void setGoalId(UUID goalId) {
			this.goalId = goalId;
		}

	}

	public static class ReasonForm {

		private String reason;

		public String getReason() {
			return reason;
		}

		public void setReason(String reason) {
			this.reason = reason;
		}

	}

	public static class TypeForm {

		private String name;

		private String description;

		private boolean active = true;

		public String getName() {
			return name;
		}

		public void setName(String name) {
			this.name = name;
		}

		public String getDescription() {
			return description;
		}

		public void setDescription(String description) {
			this.description = description;
		}

		public boolean isActive() {
			return active;
		}

		public void setActive(boolean active) {
			this.active = active;
		}

	}

	public static class BudgetForm {

		private UUID managerId;

		private Integer fiscalYear;

		private BigDecimal allocated;

		public UUID getManagerId() {
			return managerId;
		}

		public void setManagerId(UUID managerId) {
			this.managerId = managerId;
		}

		public Integer getFiscalYear() {
			return fiscalYear;
		}

		public void setFiscalYear(Integer fiscalYear) {
			this.fiscalYear = fiscalYear;
		}

		public BigDecimal getAllocated() {
			return allocated;
		}

		public void setAllocated(BigDecimal allocated) {
			this.allocated = allocated;
		}

	}

}
