package io.lodestar.platform.web;

/** One refused item of a batch in a problem detail's {@code errors} list (or a partial batch's result). */
public record IndexedError(int index, String field, String code, String message) {
}
