package io.lodestar.kpi;

import java.util.List;

/** A batch with at least one bad item, refused whole: nothing was stored. */
public class BatchRejectedException extends RuntimeException {

	private final List<ItemProblem> problems;

	public BatchRejectedException(List<ItemProblem> problems) {
		super(problems.size() + " item(s) refused");
		this.problems = List.copyOf(problems);
	}

	public List<ItemProblem> problems() {
		return problems;
	}

}
