package io.lodestar.platform.spreadsheet;

/** Tells the job how many rows an importer has checked or applied so far; cheap to call for every row. */
@FunctionalInterface
public interface ImportProgress {

	void rows(int processed);

	static ImportProgress none() {
		return processed -> {
		};
	}

}
