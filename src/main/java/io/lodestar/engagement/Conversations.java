package io.lodestar.engagement;

import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.springframework.stereotype.Component;

import io.lodestar.goals.GoalDirectory;
import io.lodestar.goals.GoalRef;
import io.lodestar.people.EmployeeSummary;
import io.lodestar.people.PeopleDirectory;
import io.lodestar.platform.audit.AuditTrail;
import io.lodestar.platform.security.CurrentUser;
import io.lodestar.platform.web.NotFoundException;
import io.lodestar.platform.web.PageQuery;
import io.lodestar.platform.web.PageResult;

/**
 * What feedback threads and support requests share: starting a thread, posting a message (audited), reading a
 * thread the caller may see, listing, and telling the other participants.
 */
@Component
class Conversations {

	private final Threads threads;

	private final ThreadAccess access;

	private final PeopleDirectory people;

	private final GoalDirectory goals;

	private final Notifications notifications;

	private final AuditTrail audit;

	Conversations(Threads threads, ThreadAccess access, PeopleDirectory people, GoalDirectory goals,
			Notifications notifications, AuditTrail audit) {
		this.threads = threads;
		this.access = access;
		this.people = people;
		this.goals = goals;
		this.notifications = notifications;
		this.audit = audit;
	}

	static String entity(ThreadKind kind) {
		return kind == ThreadKind.FEEDBACK ? "feedback" : "support-request";
	}

	Threads.Author author(CurrentUser user) {
		String name = user.employeeId() == null ? user.displayName()
				: people.employee(user.tenant(), user.employeeId()).map(EmployeeSummary::name).orElse(user.displayName());
		return new Threads.Author(user.userId(), user.employeeId(), name.length() > 100 ? name.substring(0, 100) : name);
	}

	/** The thread if it exists in the caller's company, is of this kind, and the caller takes part; else 404. */
	Threads.Row visible(CurrentUser user, UUID id, ThreadKind kind) {
		return threads.find(user.tenant(), id)
			.filter(row -> row.kind() == kind)
			.filter(row -> access.canSee(user, row.employeeId()))
			.orElseThrow(() -> new NotFoundException(entity(kind), id));
	}

	/** A new thread with its first message. */
	UUID start(CurrentUser user, ThreadKind kind, UUID employeeId, UUID goalId, String text) {
		Threads.Author author = author(user);
		Instant now = Instant.now();
		UUID id = threads.start(user.tenant(), kind, employeeId, goalId, author, now);
		Map<String, Object> state = new LinkedHashMap<>();
		state.put("employeeId", employeeId.toString());
		state.put("goalId", goalId == null ? null : goalId.toString());
		state.put("status", ThreadStatus.OPEN.name());
		audit.record("CREATE", entity(kind), id, null, state);
		post(user, author, id, kind, text, now);
		return id;
	}

	MessageView post(CurrentUser user, Threads.Row thread, String text) {
		return post(user, author(user), thread.id(), thread.kind(), text, Instant.now());
	}

	private MessageView post(CurrentUser user, Threads.Author author, UUID threadId, ThreadKind kind, String text,
			Instant at) {
		MessageView message = threads.append(user.tenant(), threadId, author, text, at);
		Map<String, Object> state = new LinkedHashMap<>();
		state.put("threadId", threadId.toString());
		state.put("sequence", message.sequence());
		state.put("body", text);
		audit.record("CREATE", kind == ThreadKind.FEEDBACK ? "feedback-message" : "support-message", message.id(), null,
				state);
		return message;
	}

	ThreadView view(CurrentUser user, Threads.Row row) {
		UUID tenant = user.tenant();
		boolean self = user.isEmployee(row.employeeId());
		boolean open = row.status() == ThreadStatus.OPEN;
		boolean support = row.kind() == ThreadKind.SUPPORT;
		return new ThreadView(row.id(), row.kind(), row.status(), row.employeeId(),
				people.employeeNames(tenant, List.of(row.employeeId())).get(row.employeeId()), row.goalId(),
				goalTitle(tenant, row.goalId()), row.startedByEmployeeId(), row.startedByName(), row.createdAt(),
				row.lastMessageAt(), row.resolvedAt(), row.resolvedByName(), threads.messages(tenant, row.id()),
				!support || open, support && open && !self, support && open && self);
	}

	String goalTitle(UUID tenant, UUID goalId) {
		if (goalId == null) {
			return null;
		}
		GoalRef goal = goals.refs(tenant, List.of(goalId)).get(goalId);
		return goal == null ? null : goal.title();
	}

	PageResult<ThreadSummary> list(UUID tenant, Threads.Filter filter, PageQuery page) {
		Threads.Page found = threads.page(tenant, filter, page.size(), page.offset());
		Set<UUID> employees = new LinkedHashSet<>();
		Set<UUID> goalIds = new LinkedHashSet<>();
		found.items().forEach(item -> {
			employees.add(item.thread().employeeId());
			if (item.thread().goalId() != null) {
				goalIds.add(item.thread().goalId());
			}
		});
		Map<UUID, String> names = people.employeeNames(tenant, employees);
		Map<UUID, GoalRef> refs = goalIds.isEmpty() ? Map.of() : goals.refs(tenant, goalIds);
		List<ThreadSummary> items = found.items().stream().map(item -> {
			Threads.Row row = item.thread();
			GoalRef goal = row.goalId() == null ? null : refs.get(row.goalId());
			return new ThreadSummary(row.id(), row.kind(), row.status(), row.employeeId(), names.get(row.employeeId()),
					row.goalId(), goal == null ? null : goal.title(), row.startedByName(), row.createdAt(),
					row.lastMessageAt(), item.messageCount(), item.opening());
		}).toList();
		return new PageResult<>(items, page.page(), page.size(), found.total());
	}

	/**
	 * Who hears of a new message: the employee and everyone who has written in the thread, except the author.
	 * When the employee writes in a support request nobody has answered yet, their manager chain.
	 */
	Set<UUID> recipients(UUID tenant, Threads.Row thread, UUID authorEmployeeId) {
		Set<UUID> recipients = new LinkedHashSet<>();
		recipients.add(thread.employeeId());
		threads.messages(tenant, thread.id()).forEach(message -> {
			if (message.authorEmployeeId() != null) {
				recipients.add(message.authorEmployeeId());
			}
		});
		boolean answered = recipients.stream().anyMatch(id -> !id.equals(thread.employeeId()));
		if (thread.kind() == ThreadKind.SUPPORT && !answered) {
			recipients.addAll(people.managerChain(tenant, thread.employeeId()));
		}
		recipients.remove(authorEmployeeId);
		return recipients;
	}

	void tell(UUID tenant, Collection<UUID> recipients, String kind, String key, List<String> args, String link) {
		recipients.forEach(recipient -> notifications.notify(tenant, recipient, kind, key, args, link));
	}

}
