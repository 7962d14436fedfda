-- The embedded store: the same behaviour as the SharePoint lists, in one SQLite file.
PRAGMA journal_mode = WAL;

CREATE TABLE IF NOT EXISTS members (
    id               TEXT PRIMARY KEY,
    display_name     TEXT NOT NULL,
    role             TEXT NOT NULL,
    state_code       TEXT,
    organisation     TEXT,
    title            TEXT,
    email            TEXT,
    phone            TEXT,
    language         TEXT,
    aad_object_id    TEXT NOT NULL,
    tenant_id        TEXT NOT NULL,
    status           TEXT NOT NULL,
    is_lead          INTEGER NOT NULL DEFAULT 0,
    joined_on        TEXT,
    left_on          TEXT,
    version          INTEGER NOT NULL DEFAULT 1
);
-- Identity is unique once known; members whose identity is pending (both ids empty) may be several.
DROP INDEX IF EXISTS members_identity;
CREATE UNIQUE INDEX IF NOT EXISTS members_known_identity ON members (tenant_id, aad_object_id) WHERE aad_object_id <> '' OR tenant_id <> '';

CREATE TABLE IF NOT EXISTS conversations (
    conversation_id     TEXT PRIMARY KEY,
    conversation_type   TEXT NOT NULL,
    service_url         TEXT NOT NULL,
    channel_id          TEXT NOT NULL,
    tenant_id           TEXT,
    bot_id              TEXT,
    user_id             TEXT,
    user_aad_object_id  TEXT,
    team_id             TEXT,
    is_dead             INTEGER NOT NULL DEFAULT 0,
    welcomed            INTEGER NOT NULL DEFAULT 0,
    installed_at        TEXT
);
CREATE INDEX IF NOT EXISTS conversations_user ON conversations (tenant_id, user_aad_object_id);

CREATE TABLE IF NOT EXISTS activity_ledger (
    activity_key     TEXT PRIMARY KEY,
    claimed_at       TEXT NOT NULL,
    completed        INTEGER NOT NULL DEFAULT 0,
    invoke_response  TEXT
);
CREATE INDEX IF NOT EXISTS activity_ledger_age ON activity_ledger (claimed_at);

CREATE TABLE IF NOT EXISTS audit_log (
    seq           INTEGER PRIMARY KEY AUTOINCREMENT,
    at            TEXT NOT NULL,
    actor_id      TEXT NOT NULL,
    action        TEXT NOT NULL,
    subject_type  TEXT NOT NULL,
    subject_id    TEXT NOT NULL
);

CREATE TABLE IF NOT EXISTS deliveries (
    campaign     TEXT NOT NULL,
    member_id    TEXT NOT NULL,
    status       TEXT NOT NULL,
    activity_id  TEXT,
    error_code   TEXT,
    updated_at   TEXT,
    version      INTEGER NOT NULL DEFAULT 1,
    path         TEXT,
    PRIMARY KEY (campaign, member_id)
);
CREATE INDEX IF NOT EXISTS deliveries_status ON deliveries (status);

CREATE TABLE IF NOT EXISTS job_leases (
    name        TEXT PRIMARY KEY,
    owner       TEXT NOT NULL,
    expires_at  TEXT NOT NULL
);

-- Information requests: indexed columns for lookups, the content as one JSON document.
CREATE TABLE IF NOT EXISTS requests (
    seq          INTEGER PRIMARY KEY AUTOINCREMENT,
    id           TEXT NOT NULL UNIQUE,
    number       TEXT UNIQUE,
    status       TEXT NOT NULL,
    body         TEXT NOT NULL,
    version      INTEGER NOT NULL DEFAULT 1
);

-- Numbers are taken here, once per request id, gap-free within a year.
CREATE TABLE IF NOT EXISTS request_numbers (
    year         INTEGER NOT NULL,
    sequence     INTEGER NOT NULL,
    request_id   TEXT NOT NULL UNIQUE,
    PRIMARY KEY (year, sequence)
);

-- One answer per request and member state.
CREATE TABLE IF NOT EXISTS request_answers (
    request      TEXT NOT NULL,
    state        TEXT NOT NULL,
    body         TEXT NOT NULL,
    version      INTEGER NOT NULL DEFAULT 1,
    PRIMARY KEY (request, state)
);

-- Meetings: the opening day orders the listing; the content, agenda versions included, is one JSON document.
CREATE TABLE IF NOT EXISTS meetings (
    seq          INTEGER PRIMARY KEY AUTOINCREMENT,
    id           TEXT NOT NULL UNIQUE,
    opening_day  TEXT NOT NULL,
    status       TEXT NOT NULL,
    body         TEXT NOT NULL,
    version      INTEGER NOT NULL DEFAULT 1
);

-- One answer per meeting and member.
CREATE TABLE IF NOT EXISTS meeting_rsvps (
    meeting      TEXT NOT NULL,
    member       TEXT NOT NULL,
    body         TEXT NOT NULL,
    version      INTEGER NOT NULL DEFAULT 1,
    PRIMARY KEY (meeting, member)
);

-- Agenda suggestions, listed oldest first.
CREATE TABLE IF NOT EXISTS meeting_suggestions (
    seq           INTEGER PRIMARY KEY AUTOINCREMENT,
    id            TEXT NOT NULL UNIQUE,
    meeting       TEXT NOT NULL,
    suggested_on  TEXT NOT NULL,
    body          TEXT NOT NULL,
    version       INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX IF NOT EXISTS meeting_suggestions_meeting ON meeting_suggestions (meeting);

-- External participants of thematic sessions, listed in the order entered (seq).
CREATE TABLE IF NOT EXISTS meeting_externals (
    seq          INTEGER PRIMARY KEY AUTOINCREMENT,
    id           TEXT NOT NULL UNIQUE,
    meeting      TEXT NOT NULL,
    body         TEXT NOT NULL,
    version      INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX IF NOT EXISTS meeting_externals_meeting ON meeting_externals (meeting);

-- Who attended, one list per meeting, recorded by the office from the meeting's start on.
CREATE TABLE IF NOT EXISTS meeting_attendance (
    meeting      TEXT PRIMARY KEY,
    body         TEXT NOT NULL,
    version      INTEGER NOT NULL DEFAULT 1
);

-- Silence procedures: the network's decisions on the office's proposals, newest proposal first; objections of every
-- round inside the JSON document.
CREATE TABLE IF NOT EXISTS procedures (
    seq          INTEGER PRIMARY KEY AUTOINCREMENT,
    id           TEXT NOT NULL UNIQUE,
    proposed_on  TEXT NOT NULL,
    status       TEXT NOT NULL,
    body         TEXT NOT NULL,
    version      INTEGER NOT NULL DEFAULT 1
);

-- Calls for nominations of thematic rapporteurs, newest first (by creation).
CREATE TABLE IF NOT EXISTS rapporteur_calls (
    seq          INTEGER PRIMARY KEY AUTOINCREMENT,
    id           TEXT NOT NULL UNIQUE,
    created_on   TEXT NOT NULL,
    status       TEXT NOT NULL,
    body         TEXT NOT NULL,
    version      INTEGER NOT NULL DEFAULT 1
);

-- One nomination per call and nominee (id = call/nominee), listed in the order made.
CREATE TABLE IF NOT EXISTS rapporteur_nominations (
    seq           INTEGER PRIMARY KEY AUTOINCREMENT,
    id            TEXT NOT NULL UNIQUE,
    call          TEXT NOT NULL,
    nominated_on  TEXT NOT NULL,
    status        TEXT NOT NULL,
    body          TEXT NOT NULL,
    version       INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX IF NOT EXISTS rapporteur_nominations_call ON rapporteur_nominations (call);

-- Rapporteurs' mandates, current and past: the roster and its history, newest first (by start).
CREATE TABLE IF NOT EXISTS rapporteur_mandates (
    seq          INTEGER PRIMARY KEY AUTOINCREMENT,
    id           TEXT NOT NULL UNIQUE,
    start        TEXT NOT NULL,
    status       TEXT NOT NULL,
    body         TEXT NOT NULL,
    version      INTEGER NOT NULL DEFAULT 1
);

-- Thematic groups with their people, listed by English name.
CREATE TABLE IF NOT EXISTS thematic_groups (
    seq          INTEGER PRIMARY KEY AUTOINCREMENT,
    id           TEXT NOT NULL UNIQUE,
    name_en      TEXT NOT NULL,
    status       TEXT NOT NULL,
    body         TEXT NOT NULL,
    version      INTEGER NOT NULL DEFAULT 1
);

-- Meetings' summary reports, one per meeting (its id), the latest started first.
CREATE TABLE IF NOT EXISTS summary_reports (
    seq          INTEGER PRIMARY KEY AUTOINCREMENT,
    meeting      TEXT NOT NULL UNIQUE,
    created_on   TEXT NOT NULL,
    status       TEXT NOT NULL,
    body         TEXT NOT NULL,
    version      INTEGER NOT NULL DEFAULT 1
);

-- Participants' comments on a draft report, for the office only, in the order made.
CREATE TABLE IF NOT EXISTS report_comments (
    seq          INTEGER PRIMARY KEY AUTOINCREMENT,
    id           TEXT NOT NULL UNIQUE,
    meeting      TEXT NOT NULL,
    body         TEXT NOT NULL,
    version      INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX IF NOT EXISTS report_comments_meeting ON report_comments (meeting);

-- Follow-up actions of the reports' recommendations, by due date.
CREATE TABLE IF NOT EXISTS follow_up_actions (
    seq          INTEGER PRIMARY KEY AUTOINCREMENT,
    id           TEXT NOT NULL UNIQUE,
    meeting      TEXT NOT NULL,
    due          TEXT NOT NULL,
    status       TEXT NOT NULL,
    body         TEXT NOT NULL,
    version      INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX IF NOT EXISTS follow_up_actions_meeting ON follow_up_actions (meeting);
