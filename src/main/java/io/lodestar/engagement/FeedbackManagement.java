package io.lodestar.engagement;

import java.util.List;
import java.util.UUID;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.lodestar.goals.GoalManagement;
import io.lodestar.goals.GoalStatus;
import io.lodestar.goals.GoalView;
import io.lodestar.goals.OwnerType;
import io.lodestar.people.EmployeeSummary;
import io.lodestar.people.PeopleDirectory;
import io.lodestar.platform.security.CurrentUser;
import io.lodestar.platform.web.BusinessRuleException;
import io.lodestar.platform.web.NotFoundException;
import io.lodestar.platform.web.PageQuery;
import io.lodestar.platform.web.PageResult;

/**
 * Feedback on a person or on one of their goals: the manager chain or HR starts a thread, the employee is
 * notified and replies, and everyone who wrote hears of new messages. Only the employee, their manager chain
 * and HR see the threads; for anyone else they do not exist (404).
 */
@Service
@Transactional
public class FeedbackManagement {

	private final Conversations conversations;

	private final ThreadAccess access;

	private final GoalManagement goals;

	private final PeopleDirectory people;

	FeedbackManagement(Conversations conversations, ThreadAccess access, GoalManagement goals, PeopleDirectory people) {
		this.conversations = conversations;
		this.access = access;
		this.goals = goals;
		this.people = people;
	}

	public ThreadView give(CurrentUser user, NewFeedback request) {
		UUID tenant = user.tenant();
		String text = MessageText.Rules.clean(request.message(), "message");
		UUID employeeId = request.employeeId();
		GoalView goal = null;
		if (request.goalId() != null) {
			goal = goals.get(user, request.goalId());
			if (goal.ownerType() != OwnerType.EMPLOYEE) {
				throw BusinessRuleException.invalid("engagement.feedback.goal-not-personal", "goalId");
			}
			if (employeeId != null && !employeeId.equals(goal.ownerId())) {
				throw BusinessRuleException.invalid("engagement.feedback.goal-of-another", "goalId");
			}
			if (goal.status() == GoalStatus.ARCHIVED) {
				throw BusinessRuleException.conflict("engagement.goal.archived", "goalId");
			}
			employeeId = goal.ownerId();
		}
		if (employeeId == null) {
			throw BusinessRuleException.invalid("engagement.feedback.employee-required", "employeeId");
		}
		UUID subjectId = employeeId;
		EmployeeSummary subject = people.employee(tenant, subjectId)
			.orElseThrow(() -> new NotFoundException("employee", subjectId));
		if (user.isEmployee(subjectId)) {
			throw BusinessRuleException.invalid("engagement.feedback.self", "employeeId");
		}
		if (!access.canGiveFeedback(user, subjectId)) {
			throw new AccessDeniedException("give feedback to this employee");
		}
		if (!subject.isActive()) {
			throw BusinessRuleException.conflict("engagement.feedback.employee-left", "employeeId", subject.name());
		}
		UUID id = conversations.start(user, ThreadKind.FEEDBACK, subjectId, goal == null ? null : goal.id(), text);
		String author = conversations.author(user).name();
		conversations.tell(tenant, List.of(subjectId), "FEEDBACK",
				goal == null ? "engagement.notification.feedback" : "engagement.notification.feedback-on-goal",
				goal == null ? List.of(author) : List.of(author, goal.title()), ThreadKind.FEEDBACK.path() + id);
		return get(user, id);
	}

	public ThreadView reply(CurrentUser user, UUID threadId, String message) {
		String text = MessageText.Rules.clean(message, "message");
		Threads.Row thread = conversations.visible(user, threadId, ThreadKind.FEEDBACK);
		MessageView posted = conversations.post(user, thread, text);
		// the employee answers "your feedback"; anyone else writes in the feedback for the employee
		boolean fromEmployee = user.isEmployee(thread.employeeId());
		String subjectName = people.employeeNames(user.tenant(), List.of(thread.employeeId())).get(thread.employeeId());
		conversations.tell(user.tenant(), conversations.recipients(user.tenant(), thread, user.employeeId()),
				"FEEDBACK_REPLY",
				fromEmployee ? "engagement.notification.feedback-answered" : "engagement.notification.feedback-reply",
				fromEmployee ? List.of(posted.authorName()) : List.of(posted.authorName(), subjectName),
				ThreadKind.FEEDBACK.path() + threadId);
		return get(user, threadId);
	}

	@Transactional(readOnly = true)
	public ThreadView get(CurrentUser user, UUID threadId) {
		return conversations.view(user, conversations.visible(user, threadId, ThreadKind.FEEDBACK));
	}

	/**
	 * Feedback threads the caller takes part in, most recently active first: about themself and the people
	 * below them (HR: everyone), optionally about one employee or one goal.
	 */
	@Transactional(readOnly = true)
	public PageResult<ThreadSummary> list(CurrentUser user, UUID employeeId, UUID goalId, PageQuery page) {
		return conversations.list(user.tenant(),
				new Threads.Filter(ThreadKind.FEEDBACK, access.visibleEmployees(user), employeeId, goalId, null), page);
	}

	/** Feedback and support requests about an employee (404 for callers who do not take part in them). */
	@Transactional(readOnly = true)
	public PageResult<ThreadSummary> aboutEmployee(CurrentUser user, UUID employeeId, PageQuery page) {
		people.employee(user.tenant(), employeeId).orElseThrow(() -> new NotFoundException("employee", employeeId));
		if (!access.canSee(user, employeeId)) {
			throw new NotFoundException("employee", employeeId);
		}
		return conversations.list(user.tenant(), new Threads.Filter(null, null, employeeId, null, null), page);
	}

	/**
	 * Feedback and support requests on a goal. The goal must be readable ({@code GoalAccess}) and personal,
	 * and the caller one who takes part in its owner's conversations; otherwise 404.
	 */
	@Transactional(readOnly = true)
	public PageResult<ThreadSummary> aboutGoal(CurrentUser user, UUID goalId, PageQuery page) {
		GoalView goal = personalGoal(user, goalId);
		return conversations.list(user.tenant(), new Threads.Filter(null, null, goal.ownerId(), goalId, null), page);
	}

	/** A personal goal whose conversations the caller may see, or 404. */
	@Transactional(readOnly = true)
	public GoalView personalGoal(CurrentUser user, UUID goalId) {
		GoalView goal = goals.get(user, goalId);
		if (goal.ownerType() != OwnerType.EMPLOYEE || !access.canSee(user, goal.ownerId())) {
			throw new NotFoundException("goal", goalId);
		}
		return goal;
	}

	/** Whether the caller takes part in the conversations about the employee (for pages that embed them). */
	@Transactional(readOnly = true)
	public boolean canSeeConversationsOf(CurrentUser user, UUID employeeId) {
		return access.canSee(user, employeeId);
	}

	@Transactional(readOnly = true)
	public boolean canGiveFeedbackTo(CurrentUser user, UUID employeeId) {
		return access.canGiveFeedback(user, employeeId);
	}

}
