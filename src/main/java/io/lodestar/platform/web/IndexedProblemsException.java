package io.lodestar.platform.web;

import java.util.List;

/**
 * A batch refused whole because of some of its items; nothing was stored. Modules extend it for their own
 * batches, and the API answers it with a 422 problem detail listing every refused item by its index
 * ({@code ApiExceptionHandler}), without the platform knowing those modules.
 */
public abstract class IndexedProblemsException extends RuntimeException {

	protected IndexedProblemsException(String message) {
		super(message);
	}

	/** Every refused item, in request order. */
	public abstract List<IndexedProblem> indexedProblems();

}
