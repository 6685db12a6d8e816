-- The audit log's author column is named for anyone who acts (editors here, clerks on the
-- kiosks), so that one AuditLog class reads both.
ALTER TABLE audit_log RENAME COLUMN editor TO actor;
