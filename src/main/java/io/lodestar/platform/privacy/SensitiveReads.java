package io.lodestar.platform.privacy;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import org.springframework.stereotype.Service;

import io.lodestar.platform.audit.AuditTrail;
import io.lodestar.platform.security.CurrentUser;

/**
 * Records who read whose sensitive personal data (PIPL Art. 51: access to personal information is controlled
 * and traceable). One audit entry per request, listing every subject, however many rows were shown; reading
 * one's own data is not recorded.
 */
@Service
public class SensitiveReads {

	private final AuditTrail audit;

	SensitiveReads(AuditTrail audit) {
		this.audit = audit;
	}

	/** The viewer was shown {@code kind} of one other person (if {@code subject} is the viewer, nothing is written). */
	public void read(CurrentUser viewer, DataKind kind, UUID subject) {
		read(viewer, kind, List.of(subject));
	}

	/** The viewer was shown {@code kind} of these people, in one list or file. */
	public void read(CurrentUser viewer, DataKind kind, Collection<UUID> subjects) {
		List<UUID> others = subjects.stream()
			.filter(Objects::nonNull)
			.filter(subject -> !subject.equals(viewer.employeeId()))
			.distinct()
			.toList();
		if (others.isEmpty()) {
			return;
		}
		Map<String, Object> details = new LinkedHashMap<>();
		details.put("kind", kind.name());
		details.put("subjects", others);
		audit.recordRead(viewer, kind.key(), others.size() == 1 ? others.get(0) : null, details);
	}

}
