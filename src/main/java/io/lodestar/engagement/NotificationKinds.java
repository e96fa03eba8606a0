package io.lodestar.engagement;

import java.util.List;
import java.util.Locale;

/**
 * The kinds of notification Lodestar sends, in the order pages list them. The kind is what users and HR choose
 * email for and what a group-chat channel subscribes to. A module may send a kind that is not listed here: it
 * reaches the inbox and follows the preferences of {@link #GENERAL}.
 */
public final class NotificationKinds {

	/** Anything without a kind of its own. */
	public static final String GENERAL = Notifications.GENERAL;

	/** OKR: reminder that a weekly check-in is due. */
	public static final String OKR_CHECK_IN = "OKR_CHECK_IN";

	/** OKR: an objective or a change submitted for review, and the reviewer's decision or suggestion. */
	public static final String OKR_REVIEW = "OKR_REVIEW";

	public static final String FEEDBACK = "FEEDBACK";

	public static final String FEEDBACK_REPLY = "FEEDBACK_REPLY";

	public static final String SUPPORT = "SUPPORT";

	public static final String SUPPORT_REPLY = "SUPPORT_REPLY";

	public static final String SUPPORT_RESOLVED = "SUPPORT_RESOLVED";

	public static final String SUPPORT_CLOSED = "SUPPORT_CLOSED";

	/** Appraisal: a self-assessment, review or calibration deadline is near. */
	public static final String APPRAISAL_DEADLINE = "APPRAISAL_DEADLINE";

	/** Recognition: an award was granted. */
	public static final String AWARD = "AWARD";

	/** Recognition: someone praised the recipient. */
	public static final String PRAISE = "PRAISE";

	private static final List<String> ALL = List.of(OKR_CHECK_IN, OKR_REVIEW, FEEDBACK, FEEDBACK_REPLY, SUPPORT,
			SUPPORT_REPLY, SUPPORT_RESOLVED, SUPPORT_CLOSED, APPRAISAL_DEADLINE, AWARD, PRAISE, GENERAL);

	private NotificationKinds() {
	}

	/** Every listed kind, in display order. */
	public static List<String> all() {
		return ALL;
	}

	public static boolean isKnown(String kind) {
		return ALL.contains(kind);
	}

	/** The kind whose preferences apply: the kind itself when listed, else {@link #GENERAL}. */
	public static String effective(String kind) {
		return isKnown(kind) ? kind : GENERAL;
	}

	/** The message key of the kind's name, e.g. {@code engagement.kind.okr-check-in}. */
	public static String nameKey(String kind) {
		return "engagement.kind." + effective(kind).toLowerCase(Locale.ROOT).replace('_', '-');
	}

}
