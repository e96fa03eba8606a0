package io.lodestar.recognition;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.lodestar.engagement.Notifications;
import io.lodestar.goals.GoalRef;
import io.lodestar.goals.GoalStatus;
import io.lodestar.goals.OwnerType;
import io.lodestar.people.EmployeeSummary;
import io.lodestar.people.PeopleDirectory;
import io.lodestar.platform.audit.AuditTrail;
import io.lodestar.platform.audit.Masking;
import io.lodestar.platform.security.CurrentUser;
import io.lodestar.platform.web.BusinessRuleException;
import io.lodestar.platform.web.NotFoundException;

/**
 * Awards: HR gives them to anyone, a manager to people below them (never to themself), for a reason and
 * optionally for a goal the giver can read, with a reward. A manager's bonus is charged to their budget; a
 * refusal stores nothing. HR revokes an award with a reason (a bonus goes back to its budget). The recipient
 * is told in the inbox.
 */
@Service
@Transactional
public class Awards {

	static final int MAX_REASON = 2000;

	static final int MAX_DETAIL = 500;

	private final RecognitionStore store;

	private final RecognitionAccess access;

	private final AwardTypes types;

	private final AwardBudgets budgets;

	private final PeopleDirectory people;

	private final Notifications notifications;

	private final AuditTrail audit;

	Awards(RecognitionStore store, RecognitionAccess access, AwardTypes types, AwardBudgets budgets,
			PeopleDirectory people, Notifications notifications, AuditTrail audit) {
		this.store = store;
		this.access = access;
		this.types = types;
		this.budgets = budgets;
		this.people = people;
		this.notifications = notifications;
		this.audit = audit;
	}

	public RecognitionItem give(CurrentUser user, NewAward request) {
		UUID tenant = user.tenant();
		if (request.recipientId() == null) {
			throw BusinessRuleException.invalid("recognition.award.recipient-required", "recipientId");
		}
		EmployeeSummary recipient = people.employee(tenant, request.recipientId())
			.orElseThrow(() -> new NotFoundException("employee", request.recipientId()));
		if (user.isEmployee(recipient.id())) {
			throw BusinessRuleException.invalid("recognition.award.self", "recipientId");
		}
		if (!access.canAward(user, recipient.id())) {
			throw new AccessDeniedException("award this employee");
		}
		if (!recipient.isActive()) {
			throw BusinessRuleException.conflict("recognition.award.recipient-left", "recipientId", recipient.name());
		}
		AwardType type = type(user, request.awardTypeId());
		String reason = Texts.required(request.reason(), MAX_REASON, "reason", "recognition.award.reason");
		UUID goalId = goal(user, request.goalId(), recipient.id(), "recognition.award.goal");
		RewardKind kind = request.rewardKind() == null ? RewardKind.NONE : request.rewardKind();
		BigDecimal amount = null;
		String detail = null;
		if (kind == RewardKind.BONUS) {
			amount = Money.check(request.bonusAmount(), "bonusAmount");
		}
		else if (request.bonusAmount() != null) {
			throw BusinessRuleException.invalid("recognition.award.amount-without-bonus", "bonusAmount");
		}
		if (kind.needsDetail()) {
			detail = Texts.required(request.rewardDetail(), MAX_DETAIL, "rewardDetail", "recognition.award.detail");
		}
		// last, so that a refusal above never touches the budget; HR's awards are not charged to any budget
		UUID budgetId = amount != null && !user.has(io.lodestar.platform.security.Role.HR_ADMIN)
				? budgets.charge(user, amount) : null;
		UUID id = UUID.randomUUID();
		String giver = nameOf(user);
		store.insertAward(tenant, id, user, giver, recipient.id(), recipient.orgUnitId(), type.id(), reason, goalId,
				kind, amount, detail, budgetId);
		Map<String, Object> after = new LinkedHashMap<>();
		after.put("recipient", recipient.id().toString());
		after.put("type", type.name());
		after.put("reason", reason);
		after.put("goal", goalId == null ? null : goalId.toString());
		after.put("reward", kind.name());
		after.put("bonusAmount", amount == null ? null : Masking.mask(amount));
		after.put("rewardDetail", detail);
		audit.record("CREATE", "recognition_award", id, null, after);
		notifications.notify(tenant, recipient.id(), "AWARD", "recognition.notification.award",
				List.of(giver, type.name()), "/recognition/awards/" + id);
		return get(user, id);
	}

	/** Any award of the company, as the caller may see it (404 for another company's). */
	@Transactional(readOnly = true)
	public RecognitionItem get(CurrentUser user, UUID id) {
		RecognitionStore.AwardRow award = store.award(user.tenant(), id)
			.orElseThrow(() -> new NotFoundException("award", id));
		return store.items(user, List.of(award), List.of()).get(0);
	}

	/** HR takes an award back, with a reason; a bonus returns to the budget it came from. */
	public RecognitionItem revoke(CurrentUser user, UUID id, String reason) {
		RecognitionStore.AwardRow award = store.award(user.tenant(), id)
			.orElseThrow(() -> new NotFoundException("award", id));
		AwardTypes.requireHr(user);
		String why = Texts.required(reason, 1000, "reason", "recognition.revoke.reason");
		if (!store.revoke(user.tenant(), id, nameOf(user), why)) {
			throw BusinessRuleException.conflict("recognition.revoke.already", "reason");
		}
		if (award.budgetId() != null) {
			budgets.refund(user.tenant(), award.budgetId(), award.bonusAmount());
		}
		audit.record("REVOKE", "recognition_award", id, Map.of("revoked", false), Map.of("revoked", true, "reason", why));
		return get(user, id);
	}

	/** Whether the caller may give awards to anyone at all (HR, managers), for showing the button. */
	@Transactional(readOnly = true)
	public boolean canGiveAwards(CurrentUser user) {
		java.util.Set<UUID> awardable = access.awardable(user);
		return awardable == null || !awardable.isEmpty();
	}

	@Transactional(readOnly = true)
	public boolean canAward(CurrentUser user, UUID recipientId) {
		return access.canAward(user, recipientId);
	}

	/** Active employees the caller may give an award to. */
	@Transactional(readOnly = true)
	public List<EmployeeSummary> awardable(CurrentUser user) {
		java.util.Set<UUID> allowed = access.awardable(user);
		return people.activeEmployees(user.tenant(), null, null)
			.stream()
			.filter(employee -> !user.isEmployee(employee.id()))
			.filter(employee -> allowed == null || allowed.contains(employee.id()))
			.sorted(java.util.Comparator.comparing(EmployeeSummary::name))
			.toList();
	}

	private AwardType type(CurrentUser user, UUID typeId) {
		if (typeId == null) {
			throw BusinessRuleException.invalid("recognition.award.type-required", "awardTypeId");
		}
		AwardType type = types.list(user, false).stream()
			.filter(candidate -> candidate.id().equals(typeId))
			.findFirst()
			.orElseThrow(() -> BusinessRuleException.invalid("recognition.award.type-unknown", "awardTypeId"));
		if (!type.active()) {
			throw BusinessRuleException.invalid("recognition.award.type-retired", "awardTypeId", type.name());
		}
		return type;
	}

	/**
	 * A goal recognition may point to: one the caller can read (an unreadable goal is reported like a missing one,
	 * so nothing is revealed), not archived, and if personal, the recipient's own.
	 */
	UUID goal(CurrentUser user, UUID goalId, UUID recipientId, String prefix) {
		if (goalId == null) {
			return null;
		}
		GoalRef goal = access.readableGoals(user, List.of(goalId)).get(goalId);
		if (goal == null || goal.status() == GoalStatus.ARCHIVED) {
			throw BusinessRuleException.invalid(prefix + "-unknown", "goalId");
		}
		if (goal.ownerType() == OwnerType.EMPLOYEE && !goal.ownerId().equals(recipientId)) {
			throw BusinessRuleException.invalid(prefix + "-of-another", "goalId");
		}
		return goal.id();
	}

	String nameOf(CurrentUser user) {
		return user.employeeId() == null ? user.displayName()
				: people.employee(user.tenant(), user.employeeId()).map(EmployeeSummary::name).orElse(user.displayName());
	}

}
