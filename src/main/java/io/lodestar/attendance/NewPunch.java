package io.lodestar.attendance;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/** A checked punch ready to be stored under one source: the local time as given plus the offset in force then. */
record NewPunch(String pin, LocalDateTime localTime, ZoneOffset offset, Integer status, Integer verify,
		String workCode, String rawLine, String sourceRef) {

	Instant instant() {
		return localTime.toInstant(offset);
	}

	/** The identity within a source, as the unique key sees it. */
	String key() {
		return pin + '\t' + localTime;
	}

}
