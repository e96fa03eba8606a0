package io.lodestar.kpi;

import java.util.List;

/**
 * What recording a batch would do, found without storing anything: how many items would be stored, how many
 * are already recorded under their idempotency key (re-sent), and every problem.
 */
public record BatchCheck(int accepted, int duplicates, List<ItemProblem> problems) {

	public BatchCheck {
		problems = List.copyOf(problems);
	}

	public boolean valid() {
		return problems.isEmpty();
	}

}
