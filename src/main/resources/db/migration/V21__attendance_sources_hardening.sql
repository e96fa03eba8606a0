-- Punches that did not come from a time clock (a file import, a REST push) and device hardening.
--
-- Exactly-once for every source: the existing unique key attendance_punch (tenant_id, device_id, pin, local_time)
-- stays the only one. A punch that came from no device is written under a per-company "source" row of
-- attendance_device with kind FILE or API (serial_number 'file:<tenant>' / 'api:<tenant>': a real device can never
-- name it, because a serial number sent by a device cannot contain ':' and the protocol only looks up kind DEVICE).
-- So the composite foreign key (tenant_id, device_id) still keeps every punch in its company, consumers read one
-- table whatever the source, and a file exported from a known device can be imported under that device instead,
-- merging with what it pushed.
alter table attendance_device add column kind varchar(8) default 'DEVICE' not null;

-- Optional per-device shared secret (the PUSH "ComKey" a device sends on every request once set on it),
-- stored as a SHA-256 hex digest only, and optional allowed source networks (comma-separated CIDRs).
alter table attendance_device add column secret_sha256 varchar(64);
alter table attendance_device add column allowed_networks varchar(1000);

-- The caller's own reference of a pushed punch (REST push), shown to HR; not part of the identity.
alter table attendance_punch add column source_ref varchar(100);

-- Commands handed out but never answered are delivered again after a timeout, up to a number of attempts,
-- then FAILED.
alter table attendance_command add column attempts int default 0 not null;
alter table attendance_command add column failed_at timestamp with time zone;
