-- The duty register of linkage-duty-register (docs/register.md). One script for H2 2.x and PostgreSQL 14+: standard
-- SQL only (identity columns, TIMESTAMP WITH TIME ZONE, BOOLEAN, VARCHAR without a vendor's TEXT or CLOB).

-- Every event delivered, once. The natural key (the project and what identifies the event within it: its kind and
-- date, and the issue id, land-notice kind or worker count where it has one) is UNIQUE: a redelivered event fails on
-- this constraint inside the delivering transaction, which then stores nothing. No check-then-insert.
CREATE TABLE project_event (
    id           BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    project_id   VARCHAR(200)     NOT NULL,
    event_key    VARCHAR(300)     NOT NULL,
    kind         VARCHAR(40)      NOT NULL,
    event_date   DATE             NOT NULL,
    -- The event as a linkage/1 ProjectEvent document: a duty is recomputed from it when a holiday notice is loaded.
    event_schema VARCHAR(40)      NOT NULL,
    event_json   VARCHAR(1000000) NOT NULL,
    received_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    received_by  VARCHAR(200)     NOT NULL,
    CONSTRAINT project_event_natural_key UNIQUE (project_id, event_key)
);

-- One row per duty an event triggered.
CREATE TABLE duty (
    id                 BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    event_id           BIGINT           NOT NULL REFERENCES project_event (id),
    project_id         VARCHAR(200)     NOT NULL,
    duty_code          VARCHAR(60)      NOT NULL,
    -- The issue id of 三 末段 (issue ids are per project), '' for a duty without one: '' and not NULL, because a
    -- UNIQUE constraint treats two NULLs as different.
    duty_reference     VARCHAR(200)     NOT NULL,
    clause             VARCHAR(100)     NOT NULL,
    timing             VARCHAR(40)      NOT NULL,
    -- The date to plan by (Deadline.due) and the latest plausible one (Deadline.latestDue); NULL without a deadline.
    due                DATE,
    latest_due         DATE,
    -- Deadline.provisional(): the due date is a range due..latest_due (no notice yet for a counted day).
    due_provisional    BOOLEAN          NOT NULL,
    -- Deadline.mayChange(): the next holiday notice may move the dates.
    may_change         BOOLEAN          NOT NULL,
    -- The decision was UNDETERMINED (facts missing): the duty arises if the facts turn out to satisfy the clause.
    undetermined       BOOLEAN          NOT NULL,
    policy_version     VARCHAR(300)     NOT NULL,
    parameters_version VARCHAR(300)     NOT NULL,
    calendar_version   VARCHAR(1000)    NOT NULL,
    -- The full ObligationDecision of the event as a linkage/1 document, and its schema name.
    decision_schema    VARCHAR(40)      NOT NULL,
    decision_json      VARCHAR(1000000) NOT NULL,
    recorded_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    recorded_by        VARCHAR(200)     NOT NULL,
    closed_at          TIMESTAMP WITH TIME ZONE,
    CONSTRAINT duty_natural_key UNIQUE (event_id, duty_code, duty_reference),
    CONSTRAINT duty_latest_not_before_due CHECK (latest_due >= due),
    CONSTRAINT duty_dates_together CHECK ((due IS NULL) = (latest_due IS NULL)),
    CONSTRAINT duty_range_only_if_provisional CHECK (due_provisional OR latest_due = due OR due IS NULL),
    CONSTRAINT duty_provisional_may_change CHECK (may_change OR NOT due_provisional)
);

CREATE INDEX duty_open_by_latest_due ON duty (closed_at, latest_due);
CREATE INDEX duty_by_project_reference ON duty (project_id, duty_reference);

-- The responsible units (责任单位) of a duty's clause, one row each: "what does the 人社局 have open?" is a join.
CREATE TABLE duty_responsible_unit (
    duty_id BIGINT      NOT NULL REFERENCES duty (id),
    unit    VARCHAR(80) NOT NULL,
    -- the unit's place in the clause's list
    ordinal INTEGER     NOT NULL,
    PRIMARY KEY (duty_id, unit)
);

-- Each holiday notice loaded: which notice, which calendar it gave, who loaded it and when.
CREATE TABLE notice_load (
    id               BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    notice           VARCHAR(500)  NOT NULL,
    calendar_version VARCHAR(1000) NOT NULL,
    loaded_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    loaded_by        VARCHAR(200)  NOT NULL,
    duties_recomputed INTEGER      NOT NULL,
    duties_changed   INTEGER       NOT NULL
);

-- A duty's dates before a recompute: who changed what, when, from which notice.
CREATE TABLE duty_history (
    id                   BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    duty_id              BIGINT        NOT NULL REFERENCES duty (id),
    notice_load_id       BIGINT        NOT NULL REFERENCES notice_load (id),
    changed_at           TIMESTAMP WITH TIME ZONE NOT NULL,
    changed_by           VARCHAR(200)  NOT NULL,
    old_timing           VARCHAR(40)   NOT NULL,
    old_due              DATE,
    old_latest_due       DATE,
    old_due_provisional  BOOLEAN       NOT NULL,
    old_may_change       BOOLEAN       NOT NULL,
    old_calendar_version VARCHAR(1000) NOT NULL,
    old_decision_json    VARCHAR(1000000) NOT NULL,
    new_timing           VARCHAR(40)   NOT NULL,
    new_due              DATE,
    new_latest_due       DATE
);
