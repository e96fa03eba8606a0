package io.lodestar.kpi;

import java.util.List;

import io.lodestar.platform.web.IndexedProblem;
import io.lodestar.platform.web.IndexedProblemsException;

/** A batch with at least one bad item, refused whole: nothing was stored. */
public class BatchRejectedException extends IndexedProblemsException {

	private final List<ItemProblem> problems;

	public BatchRejectedException(List<ItemProblem> problems) {
		super(problems.size() + " item(s) refused");
		this.problems = List.copyOf(problems);
	}

	public List<ItemProblem> problems() {
		return problems;
	}

	@Override
	public List<IndexedProblem> indexedProblems() {
		return problems.stream()
			.map(problem -> new IndexedProblem(problem.index(), problem.field(), problem.code(), problem.arguments()))
			.toList();
	}

}
