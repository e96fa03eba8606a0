package io.lodestar.okr;

import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Component;

import io.lodestar.engagement.NotificationKinds;
import io.lodestar.engagement.Notifications;
import io.lodestar.goals.OwnerType;
import io.lodestar.people.EmployeeSummary;
import io.lodestar.people.PeopleDirectory;
import io.lodestar.platform.security.CurrentUser;

/**
 * The in-app messages of the OKR workflow: the reviewer hears of a submission or a proposed change, the owner
 * of a decision or a suggestion. Only personal objectives have one person to tell; unit and company objectives
 * are seen on their pages.
 */
@Component
class OkrNotices {


	private final Notifications notifications;

	private final PeopleDirectory people;

	OkrNotices(Notifications notifications, PeopleDirectory people) {
		this.notifications = notifications;
		this.people = people;
	}

	void submitted(CurrentUser user, ObjectiveView objective) {
		toManagerOf(user, objective, "okr.notice.submitted");
	}

	void revisionProposed(CurrentUser user, ObjectiveView objective) {
		toManagerOf(user, objective, "okr.notice.revision-proposed");
	}

	void decided(CurrentUser user, ObjectiveView objective, boolean approved, String note) {
		toOwner(user, objective, approved ? "okr.notice.approved" : "okr.notice.returned",
				note == null ? "" : note.strip());
	}

	void revisionDecided(CurrentUser user, ObjectiveView objective, boolean approved) {
		toOwner(user, objective, approved ? "okr.notice.revision-approved" : "okr.notice.revision-declined", "");
	}

	void suggested(CurrentUser user, ObjectiveView objective) {
		toOwner(user, objective, "okr.notice.suggested", "");
	}

	void remind(UUID tenant, UUID employee, String cycleName, UUID cycleId) {
		notifications.notify(tenant, employee, NotificationKinds.OKR_CHECK_IN, "okr.notice.check-in-due",
				List.of(cycleName), "/okr?cycle=" + cycleId);
	}

	private void toManagerOf(CurrentUser user, ObjectiveView objective, String key) {
		if (objective.ownerType() != OwnerType.EMPLOYEE) {
			return;
		}
		people.employee(user.tenant(), objective.ownerId())
			.map(EmployeeSummary::managerId)
			.filter(manager -> manager != null && !user.isEmployee(manager))
			.ifPresent(manager -> notifications.notify(user.tenant(), manager, NotificationKinds.OKR_REVIEW, key,
					List.of(user.displayName(), objective.title()), link(objective)));
	}

	private void toOwner(CurrentUser user, ObjectiveView objective, String key, String note) {
		if (objective.ownerType() != OwnerType.EMPLOYEE || user.isEmployee(objective.ownerId())) {
			return;
		}
		notifications.notify(user.tenant(), objective.ownerId(), NotificationKinds.OKR_REVIEW, key,
				List.of(user.displayName(), objective.title(), note), link(objective));
	}

	private static String link(ObjectiveView objective) {
		return "/okr/objectives/" + objective.id();
	}

}
