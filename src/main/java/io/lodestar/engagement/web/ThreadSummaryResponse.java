package io.lodestar.engagement.web;

import java.time.Instant;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;

import io.lodestar.engagement.ThreadKind;
import io.lodestar.engagement.ThreadSummary;
import io.swagger.v3.oas.annotations.media.Schema;

/** A thread in a list: its opening message and how many messages it has (read one thread for all of them). */
@Schema(name = "ThreadSummary")
@JsonInclude(JsonInclude.Include.NON_NULL)
record ThreadSummaryResponse(UUID id, String status, ThreadResponse.Person employee, ThreadResponse.Goal goal,
		String startedBy, Instant createdAt, Instant lastMessageAt, int messageCount, String opening) {

	static ThreadSummaryResponse of(ThreadSummary thread) {
		return new ThreadSummaryResponse(thread.id(),
				thread.kind() == ThreadKind.SUPPORT ? thread.status().name() : null,
				new ThreadResponse.Person(thread.employeeId(), thread.employeeName()),
				thread.goalId() == null ? null : new ThreadResponse.Goal(thread.goalId(), thread.goalTitle()),
				thread.startedByName(), thread.createdAt(), thread.lastMessageAt(), thread.messageCount(),
				thread.opening());
	}

}
