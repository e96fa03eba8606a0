package io.lodestar.engagement;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.lodestar.goals.GoalManagement;
import io.lodestar.goals.GoalStatus;
import io.lodestar.goals.GoalView;
import io.lodestar.goals.OwnerType;
import io.lodestar.platform.audit.AuditTrail;
import io.lodestar.platform.security.CurrentUser;
import io.lodestar.platform.web.BusinessRuleException;
import io.lodestar.platform.web.PageQuery;
import io.lodestar.platform.web.PageResult;

/**
 * Support requests: an employee asks for help on one of their own goals (a KPI), their manager chain is
 * notified, and the request stays open for them until the manager chain or HR marks it resolved, or the
 * employee closes it. The same people as for feedback take part; for anyone else a request does not exist.
 */
@Service
@Transactional
public class SupportRequests {

	private final Conversations conversations;

	private final ThreadAccess access;

	private final Threads threads;

	private final GoalManagement goals;

	private final AuditTrail audit;

	SupportRequests(Conversations conversations, ThreadAccess access, Threads threads, GoalManagement goals,
			AuditTrail audit) {
		this.conversations = conversations;
		this.access = access;
		this.threads = threads;
		this.goals = goals;
		this.audit = audit;
	}

	public ThreadView raise(CurrentUser user, NewSupportRequest request) {
		String text = MessageText.Rules.clean(request.message(), "message");
		if (user.employeeId() == null) {
			throw new AccessDeniedException("only employees raise support requests");
		}
		if (request.goalId() == null) {
			throw BusinessRuleException.invalid("engagement.support.goal-required", "goalId");
		}
		GoalView goal = goals.get(user, request.goalId());
		if (goal.ownerType() != OwnerType.EMPLOYEE || !user.isEmployee(goal.ownerId())) {
			throw BusinessRuleException.invalid("engagement.support.not-own-goal", "goalId");
		}
		if (goal.status() == GoalStatus.ARCHIVED) {
			throw BusinessRuleException.conflict("engagement.goal.archived", "goalId");
		}
		UUID id = conversations.start(user, ThreadKind.SUPPORT, user.employeeId(), goal.id(), text);
		Threads.Row thread = threads.find(user.tenant(), id).orElseThrow();
		conversations.tell(user.tenant(), conversations.recipients(user.tenant(), thread, user.employeeId()), "SUPPORT",
				"engagement.notification.support", List.of(conversations.author(user).name(), goal.title()),
				ThreadKind.SUPPORT.path() + id);
		return get(user, id);
	}

	public ThreadView reply(CurrentUser user, UUID requestId, String message) {
		String text = MessageText.Rules.clean(message, "message");
		Threads.Row thread = open(user, requestId);
		MessageView posted = conversations.post(user, thread, text);
		conversations.tell(user.tenant(), conversations.recipients(user.tenant(), thread, user.employeeId()),
				"SUPPORT_REPLY", "engagement.notification.support-reply",
				List.of(posted.authorName(), goalTitle(user, thread)), ThreadKind.SUPPORT.path() + requestId);
		return get(user, requestId);
	}

	/**
	 * The manager chain or HR resolves the request; the employee closes it. An optional last message is posted
	 * first. The other side is notified.
	 */
	public ThreadView resolve(CurrentUser user, UUID requestId, String message) {
		Threads.Row thread = open(user, requestId);
		String text = message == null || message.isBlank() ? null : MessageText.Rules.clean(message, "message");
		boolean self = user.isEmployee(thread.employeeId());
		ThreadStatus outcome = self ? ThreadStatus.CLOSED : ThreadStatus.RESOLVED;
		if (text != null) {
			conversations.post(user, thread, text);
		}
		Threads.Author author = conversations.author(user);
		if (!threads.finish(user.tenant(), requestId, outcome, author, Instant.now())) {
			throw BusinessRuleException.conflict("engagement.support.not-open", null);
		}
		audit.record("UPDATE", "support-request", requestId, Map.of("status", ThreadStatus.OPEN.name()),
				Map.of("status", outcome.name()));
		conversations.tell(user.tenant(), conversations.recipients(user.tenant(), thread, user.employeeId()),
				self ? "SUPPORT_CLOSED" : "SUPPORT_RESOLVED",
				self ? "engagement.notification.support-closed" : "engagement.notification.support-resolved",
				List.of(author.name(), goalTitle(user, thread)), ThreadKind.SUPPORT.path() + requestId);
		return get(user, requestId);
	}

	@Transactional(readOnly = true)
	public ThreadView get(CurrentUser user, UUID requestId) {
		return conversations.view(user, conversations.visible(user, requestId, ThreadKind.SUPPORT));
	}

	/** Requests the caller takes part in (their own and those of the people below them; HR: all). */
	@Transactional(readOnly = true)
	public PageResult<ThreadSummary> list(CurrentUser user, ThreadStatus status, UUID employeeId, PageQuery page) {
		return conversations.list(user.tenant(),
				new Threads.Filter(ThreadKind.SUPPORT, access.visibleEmployees(user), employeeId, null, status), page);
	}

	/** The caller's own requests, open or not. */
	@Transactional(readOnly = true)
	public PageResult<ThreadSummary> mine(CurrentUser user, PageQuery page) {
		if (user.employeeId() == null) {
			return new PageResult<>(List.of(), page.page(), page.size(), 0);
		}
		return conversations.list(user.tenant(),
				new Threads.Filter(ThreadKind.SUPPORT, null, user.employeeId(), null, null), page);
	}

	/** Open requests waiting for the caller: of everyone below them in the reporting lines (HR: everyone's). */
	@Transactional(readOnly = true)
	public PageResult<ThreadSummary> waitingFor(CurrentUser user, PageQuery page) {
		return conversations.list(user.tenant(),
				new Threads.Filter(ThreadKind.SUPPORT, access.team(user), null, null, ThreadStatus.OPEN), page);
	}

	private Threads.Row open(CurrentUser user, UUID requestId) {
		Threads.Row thread = conversations.visible(user, requestId, ThreadKind.SUPPORT);
		if (thread.status() != ThreadStatus.OPEN) {
			throw BusinessRuleException.conflict("engagement.support.not-open", null);
		}
		return thread;
	}

	private String goalTitle(CurrentUser user, Threads.Row thread) {
		String title = conversations.goalTitle(user.tenant(), thread.goalId());
		return title == null ? "" : title;
	}

}
