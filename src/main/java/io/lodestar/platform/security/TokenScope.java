package io.lodestar.platform.security;

/** What an API token may do: READ allows safe methods only, WRITE allows changes too. */
public enum TokenScope {

	READ, WRITE

}
