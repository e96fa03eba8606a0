package io.lodestar.okr.web;

import java.math.BigDecimal;
import java.util.Locale;

import io.lodestar.goals.OwnerType;
import io.lodestar.okr.KeyResultType;
import io.lodestar.okr.KeyResultView;
import io.lodestar.okr.ObjectiveView;
import io.lodestar.platform.web.Messages;

/** How the exports word owners, targets and values, the same in the workbook and the PDF. */
final class RetrospectiveFormat {

	private RetrospectiveFormat() {
	}

	static String owner(ObjectiveView objective, Messages messages, Locale locale) {
		if (objective.ownerType() == OwnerType.COMPANY) {
			return messages.get(locale, "okr-admin.retro.owner.company");
		}
		return objective.ownerName() == null ? "" : objective.ownerName();
	}

	/** "4.2 → 4.8 points", or "Milestone". */
	static String target(KeyResultView kr, Messages messages, Locale locale) {
		if (kr.type() == KeyResultType.MILESTONE) {
			return messages.get(locale, "okr-admin.retro.milestone");
		}
		return plain(kr.start()) + " → " + plain(kr.target()) + unit(kr);
	}

	/** The last value checked in ("4.6 points"), or done / not done for a milestone. */
	static String current(KeyResultView kr, Messages messages, Locale locale) {
		if (kr.type() == KeyResultType.MILESTONE) {
			return messages.get(locale, kr.done() ? "okr-admin.retro.done" : "okr-admin.retro.not-done");
		}
		return kr.current() == null ? "—" : plain(kr.current()) + unit(kr);
	}

	/** A version of a key result: its title, and what it measured when it is a metric. */
	static String measure(String title, String target) {
		return target == null ? title : title + " (" + target + ")";
	}

	static String plain(BigDecimal value) {
		return value == null ? "—" : value.stripTrailingZeros().toPlainString();
	}

	private static String unit(KeyResultView kr) {
		return kr.unit() == null || kr.unit().isBlank() ? "" : " " + kr.unit();
	}

}
