package io.lodestar.engagement.web;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;

import io.lodestar.engagement.MessageView;
import io.lodestar.engagement.ThreadKind;
import io.lodestar.engagement.ThreadView;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * A feedback thread or support request with all its messages in order. Message bodies are plain text as
 * written: clients must escape them for HTML.
 *
 * @param status support requests only: OPEN, RESOLVED or CLOSED
 */
@Schema(name = "Thread")
@JsonInclude(JsonInclude.Include.NON_NULL)
record ThreadResponse(UUID id, String status, Person employee, Goal goal, Person startedBy, Instant createdAt,
		Instant lastMessageAt, Instant resolvedAt, String resolvedBy, List<Message> messages) {

	/** @param id null for an account without an employee record */
	@Schema(name = "ThreadPerson")
	record Person(UUID id, String name) {
	}

	@Schema(name = "ThreadGoal")
	record Goal(UUID id, String title) {
	}

	@Schema(name = "ThreadMessage")
	record Message(UUID id, int sequence, Person author, String body, Instant createdAt) {

		static Message of(MessageView message) {
			return new Message(message.id(), message.sequence(),
					new Person(message.authorEmployeeId(), message.authorName()), message.body(), message.createdAt());
		}

	}

	static ThreadResponse of(ThreadView thread) {
		return new ThreadResponse(thread.id(), thread.kind() == ThreadKind.SUPPORT ? thread.status().name() : null,
				new Person(thread.employeeId(), thread.employeeName()),
				thread.goalId() == null ? null : new Goal(thread.goalId(), thread.goalTitle()),
				new Person(thread.startedByEmployeeId(), thread.startedByName()), thread.createdAt(),
				thread.lastMessageAt(), thread.resolvedAt(), thread.resolvedByName(),
				thread.messages().stream().map(Message::of).toList());
	}

}
