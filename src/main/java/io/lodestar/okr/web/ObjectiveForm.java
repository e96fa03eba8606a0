package io.lodestar.okr.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import io.lodestar.goals.GoalVisibility;
import io.lodestar.goals.OwnerType;
import io.lodestar.okr.KeyResultDraft;
import io.lodestar.okr.KeyResultType;
import io.lodestar.okr.KeyResultView;
import io.lodestar.okr.ObjectiveDraft;
import io.lodestar.okr.ObjectiveView;

/**
 * The objective form: owner, title, why, visibility, whether contributing objectives count, and always
 * {@value #ROWS} key-result rows. A row is in use when anything is typed into it and it is not marked
 * {@code remove}; only rows in use are sent, so the service's "keyResults[i]" counts rows in use.
 */
public class ObjectiveForm {

	static final int ROWS = 5;

	/** The owner choice for "me". */
	static final String ME = "me";

	/** The owner choice for the company. */
	static final String COMPANY = "company";

	private UUID cycleId;

	/** {@link #ME}, {@link #COMPANY}, or the id of an org unit. */
	private String owner = ME;

	@NotBlank(message = "{okr.objective.title.required}")
	@Size(max = 300, message = "{okr.objective.title.size}")
	private String title;

	@Size(max = 4000, message = "{okr.objective.why.size}")
	private String why;

	private GoalVisibility visibility = GoalVisibility.PUBLIC;

	private boolean includeChildObjectives;

	@Valid
	private List<Row> keyResults = new ArrayList<>();

	private Long version;

	public ObjectiveForm() {
	}

	static ObjectiveForm blank(UUID cycleId, String owner) {
		ObjectiveForm form = new ObjectiveForm();
		form.cycleId = cycleId;
		form.owner = owner;
		form.fillRows();
		return form;
	}

	static ObjectiveForm of(ObjectiveView objective) {
		ObjectiveForm form = new ObjectiveForm();
		form.cycleId = objective.cycleId();
		form.owner = switch (objective.ownerType()) {
			case EMPLOYEE -> ME;
			case COMPANY -> COMPANY;
			case ORG_UNIT -> objective.ownerId().toString();
		};
		form.title = objective.title();
		form.why = objective.why();
		form.visibility = objective.visibility();
		form.includeChildObjectives = objective.includeChildObjectives();
		for (KeyResultView kr : objective.keyResults()) {
			Row row = new Row();
			row.id = kr.id();
			row.title = kr.title();
			row.type = kr.type();
			row.start = kr.start();
			row.target = kr.target();
			row.unit = kr.unit();
			row.weight = kr.weight();
			form.keyResults.add(row);
		}
		form.version = objective.version();
		form.fillRows();
		return form;
	}

	/** Blank rows up to {@value #ROWS}, so the page always offers room for five key results. */
	void fillRows() {
		while (keyResults.size() < ROWS) {
			keyResults.add(new Row());
		}
	}

	/** The form's indexes of the rows in use, in order: the i-th key result sent is row {@code used().get(i)}. */
	List<Integer> used() {
		List<Integer> used = new ArrayList<>();
		for (int i = 0; i < keyResults.size(); i++) {
			if (keyResults.get(i) != null && keyResults.get(i).inUse()) {
				used.add(i);
			}
		}
		return used;
	}

	ObjectiveDraft toDraft(OwnerType ownerType, UUID ownerId) {
		List<KeyResultDraft> drafts = new ArrayList<>();
		for (int i : used()) {
			Row row = keyResults.get(i);
			drafts.add(new KeyResultDraft(row.id, row.title == null ? null : row.title.strip(),
					row.type == null ? KeyResultType.METRIC : row.type, null, row.start, row.target, blankToNull(row.unit),
					row.weight));
		}
		return new ObjectiveDraft(cycleId, ownerType, ownerId, title, blankToNull(why), visibility,
				includeChildObjectives, drafts, version);
	}

	/** The weights of the rows in use, added up (what the live hint starts from). */
	public BigDecimal getWeightSum() {
		BigDecimal sum = BigDecimal.ZERO;
		for (int i : used()) {
			BigDecimal weight = keyResults.get(i).weight;
			if (weight != null) {
				sum = sum.add(weight);
			}
		}
		return sum.stripTrailingZeros();
	}

	/** Whether the weights of the rows in use make exactly 100 %. */
	public boolean isWeightsComplete() {
		return getWeightSum().compareTo(BigDecimal.valueOf(100)) == 0;
	}

	private static String blankToNull(String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}

	/** One key-result row. */
	public static class Row {

		private UUID id;

		@Size(max = 300, message = "{okr.kr.title.size}")
		private String title;

		private KeyResultType type = KeyResultType.METRIC;

		@Digits(integer = 14, fraction = 6, message = "{okr.kr.number.format}")
		private BigDecimal start;

		@Digits(integer = 14, fraction = 6, message = "{okr.kr.number.format}")
		private BigDecimal target;

		@Size(max = 30, message = "{okr.kr.unit.size}")
		private String unit;

		@DecimalMin(value = "0", message = "{okr.kr.weight.range}")
		@DecimalMax(value = "100", message = "{okr.kr.weight.range}")
		private BigDecimal weight;

		private boolean remove;

		public Row() {
		}

		boolean inUse() {
			return !remove && (id != null || (title != null && !title.isBlank()) || start != null || target != null
					|| (unit != null && !unit.isBlank()) || weight != null);
		}

		public UUID getId() {
			return id;
		}

		public void setId(UUID id) {
			this.id = id;
		}

		public String getTitle() {
			return title;
		}

		public void setTitle(String title) {
			this.title = title;
		}

		public KeyResultType getType() {
			return type;
		}

		public void setType(KeyResultType type) {
			this.type = type;
		}

		public BigDecimal getStart() {
			return start;
		}

		public void setStart(BigDecimal start) {
			this.start = start;
		}

		public BigDecimal getTarget() {
			return target;
		}

		public void setTarget(BigDecimal target) {
			this.target = target;
		}

		public String getUnit() {
			return unit;
		}

		public void setUnit(String unit) {
			this.unit = unit;
		}

		public BigDecimal getWeight() {
			return weight;
		}

		public void setWeight(BigDecimal weight) {
			this.weight = weight;
		}

		public boolean isRemove() {
			return remove;
		}

		public void setRemove(boolean remove) {
			this.remove = remove;
		}

	}

	public UUID getCycleId() {
		return cycleId;
	}

	public void setCycleId(UUID cycleId) {
		this.cycleId = cycleId;
	}

	public String getOwner() {
		return owner;
	}

	public void setOwner(String owner) {
		this.owner = owner;
	}

	public String getTitle() {
		return title;
	}

	public void setTitle(String title) {
		this.title = title;
	}

	public String getWhy() {
		return why;
	}

	public void setWhy(String why) {
		this.why = why;
	}

	public GoalVisibility getVisibility() {
		return visibility;
	}

	public void setVisibility(GoalVisibility visibility) {
		this.visibility = visibility;
	}

	public boolean isIncludeChildObjectives() {
		return includeChildObjectives;
	}

	public void setIncludeChildObjectives(boolean includeChildObjectives) {
		this.includeChildObjectives = includeChildObjectives;
	}

	public List<Row> getKeyResults() {
		return keyResults;
	}

	public void setKeyResults(List<Row> keyResults) {
		this.keyResults = keyResults;
	}

	public Long getVersion() {
		return version;
	}

	public void setVersion(Long version) {
		this.version = version;
	}

}
