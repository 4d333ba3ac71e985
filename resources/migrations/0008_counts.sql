-- Version 8: cycle counts as observations pinned to the ledger. A count records what someone saw and the ledger
-- position at which they saw it (the stock row's newest movement); its variance is taken against on hand at that
-- position, so movements after it are netted out: stock keeps moving while people count, nothing is frozen, and a
-- late count can no longer undo the sales made while it was on its way.
--
-- Rules this version enforces, for every client:
--   - Counting happens in sessions (a location, all of its SKUs or a chosen set or an ABC class), blind by default:
--     for a login that is not a manager, no count function returns the expected quantity of a blind session.
--   - Observations are append-only (who, when, device, area, counted, position, expected at that position).
--     Several associates may count one session; per SKU their observations are summed per declared area, and two
--     counters in one area are flagged as a possible double count. A full count cannot be submitted until the SKUs
--     nobody counted are confirmed to be zero.
--   - Review: a tolerance per ABC class (percent of expected with a unit floor, and a value limit); a line outside
--     it is recounted automatically, by a different associate; the recount goes to a supervisor.
--   - Approval posts one count_variance movement per line, exactly once (the line's state is compare-and-set
--     under its lock; the key replays); a selection with any line that cannot be applied applies nothing and
--     names every such line at once. Reserved stock never blocks recording a count; where applying it would leave
--     less on hand than is reserved, approval refuses unless the supervisor releases holds (not orders' holds).
--   - api.count (the single-line count) is pinned as well, and is a manager's tool now: associates count in sessions.

SET LOCAL ROLE stockroom_owner;
SET LOCAL search_path = ledger, pg_catalog;

-- Every movement kind there was, and count_variance (see version 4 on why the check is not validated again).
ALTER TABLE ledger.movement DROP CONSTRAINT movement_kind_check,
    ADD CONSTRAINT movement_kind_check
        CHECK (kind IN ('receive', 'adjust', 'count', 'count_variance', 'transfer_ship', 'transfer_receive',
                        'transfer_cancel', 'transfer_write_off', 'return', 'reserve', 'commit', 'release', 'expire',
                        'backorder_fill', 'policy')) NOT VALID;

-- Tolerances and count frequencies per ABC class. A variance is within tolerance when it is at most
-- max(unit_floor, tolerance_percent of expected) units and, where the SKU has a unit cost, worth at most
-- value_limit.
CREATE TABLE ledger.count_policy (
    abc_class         text PRIMARY KEY CHECK (abc_class IN ('A', 'B', 'C')),
    tolerance_percent numeric(5, 2) NOT NULL CHECK (tolerance_percent BETWEEN 0 AND 100),
    unit_floor        bigint NOT NULL CHECK (unit_floor >= 0),
    value_limit       numeric(12, 2) CHECK (value_limit >= 0),
    counts_per_year   integer NOT NULL CHECK (counts_per_year BETWEEN 1 AND 365)
);
INSERT INTO ledger.count_policy VALUES ('A', 1, 1, 100, 12), ('B', 3, 1, 250, 4), ('C', 5, 2, 500, 1);

-- A SKU's ABC class: by the value that left through sales (commits) over the last 90 days, unit cost times units
-- (units where there is no cost); A the SKUs that make the first 80 % of it, B the next 15 %, C the rest and
-- every SKU that sold nothing.
CREATE VIEW ledger.sku_class AS
    WITH sold AS (
        SELECT m.sku_id, sum(-m.quantity * coalesce(k.unit_cost, 1)) AS value
          FROM ledger.movement m JOIN ledger.sku k ON k.id = m.sku_id
         WHERE m.kind = 'commit' AND m.bucket = 'on_hand' AND m.at > now() - interval '90 days'
         GROUP BY m.sku_id
    ), ranked AS (
        SELECT sku_id, sum(value) OVER (ORDER BY value DESC, sku_id) / nullif(sum(value) OVER (), 0) AS share
          FROM sold
    )
    SELECT k.id AS sku_id,
           CASE WHEN r.share <= 0.80 THEN 'A' WHEN r.share <= 0.95 THEN 'B' ELSE 'C' END AS abc_class
      FROM ledger.sku k LEFT JOIN ranked r ON r.sku_id = k.id;

CREATE TABLE ledger.count_session (
    id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    location_id  integer NOT NULL REFERENCES ledger.location (id),
    blind        boolean NOT NULL DEFAULT true,
    full_count   boolean NOT NULL DEFAULT false, -- every SKU at the location: the uncounted must be confirmed zero
    state        text NOT NULL DEFAULT 'counting' CHECK (state IN ('counting', 'review', 'closed', 'cancelled')),
    note         text CHECK (length(note) <= 200),
    created_by   text NOT NULL DEFAULT session_user,
    created_at   timestamptz NOT NULL DEFAULT ledger.clock(),
    submitted_at timestamptz,
    closed_at    timestamptz,
    version      bigint NOT NULL DEFAULT 1
);
CREATE INDEX count_session_open ON ledger.count_session (location_id) WHERE state IN ('counting', 'review');

-- Who counts a session; none listed: any associate.
CREATE TABLE ledger.count_assignee (
    session_id bigint NOT NULL REFERENCES ledger.count_session (id),
    login      text NOT NULL,
    PRIMARY KEY (session_id, login)
);

-- One SKU of a session. state: to_count → counted → (submit) pending or recount → pending → approved or
-- rejected. counted, expected and variance are set when the session is submitted (and by a recount).
CREATE TABLE ledger.count_line (
    session_id       bigint NOT NULL REFERENCES ledger.count_session (id),
    sku_id           integer NOT NULL REFERENCES ledger.sku (id),
    abc_class        text NOT NULL CHECK (abc_class IN ('A', 'B', 'C')),
    state            text NOT NULL DEFAULT 'to_count'
                     CHECK (state IN ('to_count', 'counted', 'recount', 'pending', 'approved', 'rejected')),
    counted          bigint,
    expected         bigint,
    variance         bigint GENERATED ALWAYS AS (counted - expected) STORED,
    within_tolerance boolean,
    double_count     boolean NOT NULL DEFAULT false,
    first_counted    bigint,  -- what the first count said, when a recount replaced it
    recounted        boolean NOT NULL DEFAULT false,
    confirmed        boolean, -- the recount agreed with the first count (within tolerance)
    decided_by       text,
    decided_at       timestamptz,
    decision_reason  text,
    movement_id      bigint,  -- the count_variance movement approval posted
    PRIMARY KEY (session_id, sku_id)
);
CREATE INDEX count_line_sku ON ledger.count_line (sku_id);

-- What someone saw. position: the stock row's newest movement the count is pinned to; expected: on hand there.
CREATE TABLE ledger.count_observation (
    id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    session_id      bigint NOT NULL REFERENCES ledger.count_session (id),
    sku_id          integer NOT NULL REFERENCES ledger.sku (id),
    location_id     integer NOT NULL REFERENCES ledger.location (id),
    counted         bigint NOT NULL CHECK (counted BETWEEN 0 AND 100000000),
    area            text NOT NULL DEFAULT '' CHECK (length(area) <= 40),
    device          text CHECK (length(device) <= 80),
    counter         text NOT NULL DEFAULT session_user,
    recorded_at     timestamptz NOT NULL DEFAULT ledger.clock(),
    position        bigint NOT NULL,
    expected        bigint NOT NULL,
    recount         boolean NOT NULL DEFAULT false,
    confirmed_zero  boolean NOT NULL DEFAULT false, -- not seen by anyone: confirmed zero when a full count was submitted
    idempotency_key text
);
CREATE INDEX count_observation_line ON ledger.count_observation (session_id, sku_id, id);
CREATE TRIGGER count_observation_append_only BEFORE UPDATE OR DELETE ON ledger.count_observation
    FOR EACH ROW EXECUTE FUNCTION ledger.refuse_rewrite();
