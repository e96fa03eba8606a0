package io.lodestar.platform.web;

import java.util.List;
import java.util.function.Function;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;

/** One page of results with what a client needs to page on. */
public record PageResult<T>(List<T> items, int page, int size, long totalItems) {

	@JsonProperty("totalPages")
	public int totalPages() {
		return (int) ((totalItems + size - 1) / size);
	}

	@JsonIgnore
	public boolean hasNext() {
		return page + 1 < totalPages();
	}

	@JsonIgnore
	public boolean hasPrevious() {
		return page > 0;
	}

	public <R> PageResult<R> map(Function<? super T, ? extends R> mapper) {
		return new PageResult<>(items.stream().<R>map(mapper).toList(), page, size, totalItems);
	}

}
