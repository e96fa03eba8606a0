package io.lodestar.operations;

/** An archive that cannot be trusted or a target that must not be written; nothing was changed. */
public class ArchiveRefusedException extends RuntimeException {

	public ArchiveRefusedException(String message) {
		super(message);
	}

	public ArchiveRefusedException(String message, Throwable cause) {
		super(message, cause);
	}

}
