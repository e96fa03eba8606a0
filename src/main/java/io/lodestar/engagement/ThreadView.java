package io.lodestar.engagement;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A thread with all its messages in order, and what the caller may do with it.
 *
 * @param canResolve the manager chain or HR may mark an open support request resolved
 * @param canClose the employee may close their own open support request
 */
public record ThreadView(UUID id, ThreadKind kind, ThreadStatus status, UUID employeeId, String employeeName,
		UUID goalId, String goalTitle, UUID startedByEmployeeId, String startedByName, Instant createdAt,
		Instant lastMessageAt, Instant resolvedAt, String resolvedByName, List<MessageView> messages, boolean canReply,
		boolean canResolve, boolean canClose) {

	public String path() {
		return kind.path() + id;
	}

}
