package io.lodestar.company;

import java.util.UUID;

/** A company was registered. The people module creates its root org unit in the same transaction. */
public record CompanyCreated(UUID companyId, String code, String name) {
}
