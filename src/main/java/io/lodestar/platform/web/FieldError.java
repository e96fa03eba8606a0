package io.lodestar.platform.web;

/** One invalid field in a problem detail's {@code errors} list. */
public record FieldError(String field, String code, String message) {
}
