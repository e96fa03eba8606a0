package io.lodestar.platform.web;

/**
 * A page request as it arrives: page numbers start at 0, size is capped at {@link #MAX_SIZE}.
 *
 * @param sort {@code field,asc|desc}, checked against the endpoint's {@link SortOptions}
 */
public record PageQuery(int page, int size, String sort) {

	public static final int DEFAULT_SIZE = 20;

	public static final int MAX_SIZE = 200;

	public PageQuery {
		if (page < 0) {
			throw BusinessRuleException.invalid("platform.paging.page-negative", "page");
		}
		if (size < 1 || size > MAX_SIZE) {
			throw BusinessRuleException.invalid("platform.paging.size-range", "size", MAX_SIZE);
		}
	}

	public static PageQuery of(Integer page, Integer size, String sort) {
		return new PageQuery(page == null ? 0 : page, size == null ? DEFAULT_SIZE : size, sort);
	}

	public long offset() {
		return (long) page * size;
	}

}
