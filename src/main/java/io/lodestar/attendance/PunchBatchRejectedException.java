package io.lodestar.attendance;

import java.util.List;

import io.lodestar.platform.web.IndexedProblem;
import io.lodestar.platform.web.IndexedProblemsException;

/** A pushed batch with at least one bad item, refused whole: nothing was stored. */
public class PunchBatchRejectedException extends IndexedProblemsException {

	private final List<IndexedProblem> problems;

	public PunchBatchRejectedException(List<IndexedProblem> problems) {
		super(problems.size() + " punch(es) refused");
		this.problems = List.copyOf(problems);
	}

	@Override
	public List<IndexedProblem> indexedProblems() {
		return problems;
	}

}
