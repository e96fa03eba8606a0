package io.lodestar.platform.security;

/**
 * What an API token may do: READ allows safe methods only, WRITE allows changes too. ATTENDANCE_WRITE allows only
 * pushing and importing punches ({@link TokenScopes#ATTENDANCE_WRITE_PATHS}), for a machine that feeds attendance
 * and should be able to do nothing else.
 */
public enum TokenScope {

	READ, WRITE, ATTENDANCE_WRITE

}
