package io.lodestar.engagement;

import java.time.Instant;
import java.util.UUID;

/**
 * A thread in a list: who it is about, on which goal, who started it, its opening message and how many
 * messages it has.
 *
 * @param goalId null when the thread is about the person rather than one of their goals
 */
public record ThreadSummary(UUID id, ThreadKind kind, ThreadStatus status, UUID employeeId, String employeeName,
		UUID goalId, String goalTitle, String startedByName, Instant createdAt, Instant lastMessageAt,
		int messageCount, String opening) {

	public String path() {
		return kind.path() + id;
	}

}
