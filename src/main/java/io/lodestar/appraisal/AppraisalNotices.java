package io.lodestar.appraisal;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.springframework.stereotype.Component;

import io.lodestar.engagement.Notifications;

/**
 * The in-app messages of an appraisal cycle (kind {@value #KIND}; delivery channels follow the recipients'
 * preferences): a phase starts and says who has to do what by when, a deadline is near, results are out, an
 * appeal is decided.
 */
@Component
class AppraisalNotices {

	static final String KIND = io.lodestar.engagement.NotificationKinds.APPRAISAL_DEADLINE;

	private final Notifications notifications;

	AppraisalNotices(Notifications notifications) {
		this.notifications = notifications;
	}

	void phaseStarted(UUID tenant, AppraisalCycle cycle, List<AppraisalView> appraisals) {
		String due = cycle.currentDue() == null ? "" : cycle.currentDue().toString();
		switch (cycle.phase()) {
			case SELF_REVIEW -> appraisals.forEach(appraisal -> tell(tenant, appraisal.employeeId(),
					"appraisal.notice.self-review", cycle, due, appraisal.id()));
			case MANAGER_REVIEW -> reviewers(appraisals).forEach(reviewer -> tell(tenant, reviewer,
					"appraisal.notice.manager-review", cycle, due, null));
			case RESULTS -> appraisals.forEach(appraisal -> tell(tenant, appraisal.employeeId(),
					"appraisal.notice.results", cycle, due, appraisal.id()));
			default -> {
			}
		}
	}

	/** Someone has not done their part and the deadline is near or past. */
	void reminder(UUID tenant, UUID recipient, AppraisalCycle cycle, LocalDate due, UUID appraisalId) {
		tell(tenant, recipient, "appraisal.notice.reminder", cycle, due.toString(), appraisalId);
	}

	void appealDecided(UUID tenant, AppraisalView appraisal, AppraisalCycle cycle) {
		tell(tenant, appraisal.employeeId(), "appraisal.notice.appeal-decided", cycle, "", appraisal.id());
	}

	void appealed(UUID tenant, UUID hrOrReviewer, AppraisalView appraisal, AppraisalCycle cycle) {
		notifications.notify(tenant, hrOrReviewer, KIND, "appraisal.notice.appealed",
				List.of(appraisal.employeeName(), cycle.name()), "/admin/appraisal/cycles/" + cycle.id());
	}

	private void tell(UUID tenant, UUID recipient, String key, AppraisalCycle cycle, String due, UUID appraisalId) {
		String link = appraisalId == null ? "/appraisals/team" : "/appraisals/" + appraisalId;
		notifications.notify(tenant, recipient, KIND, key, List.of(cycle.name(), due), link);
	}

	private static Set<UUID> reviewers(List<AppraisalView> appraisals) {
		Set<UUID> reviewers = new HashSet<>();
		appraisals.stream().map(AppraisalView::reviewerId).filter(java.util.Objects::nonNull).forEach(reviewers::add);
		return reviewers;
	}

}
