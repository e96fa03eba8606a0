package io.lodestar.recognition;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.lodestar.engagement.Notifications;
import io.lodestar.people.EmployeeSummary;
import io.lodestar.people.PeopleDirectory;
import io.lodestar.platform.audit.AuditTrail;
import io.lodestar.platform.security.CurrentUser;
import io.lodestar.platform.web.BusinessRuleException;
import io.lodestar.platform.web.NotFoundException;

/**
 * Praise between colleagues: any employee praises another (not themself) in plain text of at most 1,000
 * characters, optionally for one of the colleague's goals the author can read. The colleague is told in the inbox.
 */
@Service
@Transactional
public class PraisePosts {

	static final int MAX_MESSAGE = 1000;

	private final RecognitionStore store;

	private final Awards awards;

	private final PeopleDirectory people;

	private final Notifications notifications;

	private final AuditTrail audit;

	PraisePosts(RecognitionStore store, Awards awards, PeopleDirectory people, Notifications notifications,
			AuditTrail audit) {
		this.store = store;
		this.awards = awards;
		this.people = people;
		this.notifications = notifications;
		this.audit = audit;
	}

	public RecognitionItem post(CurrentUser user, UUID recipientId, String message, UUID goalId) {
		UUID tenant = user.tenant();
		if (user.employeeId() == null) {
			// praise is between colleagues: an account without an employee record has nobody to speak for
			throw new AccessDeniedException("praise needs an employee record");
		}
		if (recipientId == null) {
			throw BusinessRuleException.invalid("recognition.praise.recipient-required", "recipientId");
		}
		EmployeeSummary recipient = people.employee(tenant, recipientId)
			.orElseThrow(() -> new NotFoundException("employee", recipientId));
		if (user.isEmployee(recipientId)) {
			throw BusinessRuleException.invalid("recognition.praise.self", "recipientId");
		}
		if (!recipient.isActive()) {
			throw BusinessRuleException.conflict("recognition.praise.recipient-left", "recipientId", recipient.name());
		}
		String text = Texts.required(message, MAX_MESSAGE, "message", "recognition.praise.message");
		UUID goal = awards.goal(user, goalId, recipientId, "recognition.praise.goal");
		UUID id = UUID.randomUUID();
		String author = awards.nameOf(user);
		store.insertPraise(tenant, id, user, author, recipientId, recipient.orgUnitId(), text, goal);
		Map<String, Object> after = new LinkedHashMap<>();
		after.put("recipient", recipientId.toString());
		after.put("message", text);
		after.put("goal", goal == null ? null : goal.toString());
		audit.record("CREATE", "recognition_praise", id, null, after);
		notifications.notify(tenant, recipientId, "PRAISE", "recognition.notification.praise", List.of(author),
				"/recognition/people/" + recipientId);
		return get(user, id);
	}

	@Transactional(readOnly = true)
	public RecognitionItem get(CurrentUser user, UUID id) {
		RecognitionStore.PraiseRow praise = store.praise(user.tenant(), id)
			.orElseThrow(() -> new NotFoundException("praise", id));
		return store.items(user, List.of(), List.of(praise)).get(0);
	}

}
