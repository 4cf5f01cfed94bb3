-- Dashboard sessions (docs/security.md "Sessions and the dashboard"): a user can be disabled without
-- losing the review history under their name, and every change to a user (disable, enable, password,
-- role, areas) draws a new security stamp; a signed-in session carries the stamp it was issued with and
-- is signed out once it no longer matches. Users from before this migration get a stamp now, so their
-- sessions (issued without one) end at the next check.
ALTER TABLE web_user ADD COLUMN disabled BOOLEAN DEFAULT false;
ALTER TABLE web_user ADD COLUMN security_stamp VARCHAR DEFAULT '';
UPDATE web_user SET disabled = false, security_stamp = CAST(uuid() AS VARCHAR);
