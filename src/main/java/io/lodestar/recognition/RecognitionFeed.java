package io.lodestar.recognition;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.lodestar.people.PeopleDirectory;
import io.lodestar.platform.security.CurrentUser;
import io.lodestar.platform.web.NotFoundException;
import io.lodestar.platform.web.PageQuery;
import io.lodestar.platform.web.PageResult;

/**
 * Awards in force and praise, newest first: the team feed (my unit and those below; HR and executives the
 * whole company, optionally one unit) and one person's recognition for their profile.
 */
@Service
@Transactional(readOnly = true)
public class RecognitionFeed {

	private final RecognitionStore store;

	private final RecognitionAccess access;

	private final PeopleDirectory people;

	RecognitionFeed(RecognitionStore store, RecognitionAccess access, PeopleDirectory people) {
		this.store = store;
		this.access = access;
		this.people = people;
	}

	/** @param unitId only this unit and those below it (within what the caller's feed covers), or null */
	public PageResult<RecognitionItem> feed(CurrentUser user, UUID unitId, PageQuery page) {
		Set<UUID> units = access.feedUnits(user);
		if (unitId != null) {
			Set<UUID> chosen = new HashSet<>(people.unitAndDescendants(user.tenant(), unitId));
			if (chosen.isEmpty()) {
				throw new NotFoundException("org-unit", unitId);
			}
			if (units != null) {
				chosen.retainAll(units);
			}
			units = chosen;
		}
		return page(user, new RecognitionStore.Filter(units, null), page);
	}

	/** A colleague's recognition: everyone in the company may see it, as on their profile. */
	public PageResult<RecognitionItem> ofPerson(CurrentUser user, UUID employeeId, PageQuery page) {
		people.employee(user.tenant(), employeeId).orElseThrow(() -> new NotFoundException("employee", employeeId));
		return page(user, new RecognitionStore.Filter(null, employeeId), page);
	}

	/** The units the caller may filter the feed by (null: any unit of the company). */
	public Set<UUID> feedUnits(CurrentUser user) {
		return access.feedUnits(user);
	}

	private PageResult<RecognitionItem> page(CurrentUser user, RecognitionStore.Filter filter, PageQuery page) {
		UUID tenant = user.tenant();
		// newest first over two tables: the first offset + size of each, merged, hold the page wanted
		int window = (int) Math.min(page.offset() + page.size(), Integer.MAX_VALUE);
		List<RecognitionItem> merged = new ArrayList<>(store.items(user, store.awards(tenant, filter, window, 0),
				store.praise(tenant, filter, window, 0)));
		merged.sort(Comparator.comparing(RecognitionItem::createdAt).reversed().thenComparing(RecognitionItem::id));
		long total = store.countAwards(tenant, filter) + store.countPraise(tenant, filter);
		List<RecognitionItem> items = merged.stream().skip(page.offset()).limit(page.size()).toList();
		return new PageResult<>(items, page.page(), page.size(), total);
	}

}
