-- Bangfu schema version 4: what the aid workflow needs beyond version 1.
--
-- Proposals go round: a request returned for changes is submitted again, and
-- only the decisions of the current round count towards its approval.
ALTER TABLE aid_requests ADD COLUMN round INTEGER NOT NULL DEFAULT 1 CHECK (round >= 1);
ALTER TABLE aid_approvals ADD COLUMN round INTEGER NOT NULL DEFAULT 1 CHECK (round >= 1);

-- A line of a sheet: its place on the sheet and a remark printed with it.
ALTER TABLE disbursements ADD COLUMN line_no INTEGER CHECK (line_no >= 1);
ALTER TABLE disbursements ADD COLUMN remark TEXT NOT NULL DEFAULT '';
-- Why a line was taken off a batch (cancelled lines stay for the record).
ALTER TABLE disbursements ADD COLUMN cancel_reason TEXT;
CREATE UNIQUE INDEX disbursements_request ON disbursements(request_id)
    WHERE request_id IS NOT NULL AND status <> 'cancelled';
-- A revised batch keeps the reason it was changed after printing.
ALTER TABLE disbursement_batches ADD COLUMN revision_reason TEXT;

-- Every print of a disbursement sheet, on paper or to PDF, on this device.
-- Append-only like the audit log: the record of what was handed out for
-- signatures. printed_by is NULL for a copy printed by bangfu-cli without
-- --user; kind 'preview' is an unissued copy of a batch still open.
CREATE TABLE sheet_prints (
    id             TEXT PRIMARY KEY,
    batch_id       TEXT NOT NULL REFERENCES disbursement_batches(id),
    print_no       INTEGER NOT NULL CHECK (print_no >= 1),   -- 1 = first issue, 2.. = reprints
    kind           TEXT NOT NULL CHECK (kind IN ('print', 'pdf', 'preview')),
    via            TEXT NOT NULL CHECK (via IN ('app', 'cli')),
    printed_at     TEXT NOT NULL,
    printed_by     TEXT REFERENCES users(id),
    device_id      TEXT,
    line_count     INTEGER NOT NULL CHECK (line_count >= 0),
    total_fen      INTEGER NOT NULL CHECK (total_fen >= 0),
    lines_sha256   TEXT NOT NULL CHECK (length(lines_sha256) = 64),  -- over line ids and amounts
    file_name      TEXT
);
CREATE INDEX sheet_prints_batch ON sheet_prints(batch_id, print_no);
CREATE TRIGGER sheet_prints_no_update BEFORE UPDATE ON sheet_prints
BEGIN SELECT RAISE(ABORT, 'sheet_prints is append-only'); END;
CREATE TRIGGER sheet_prints_no_delete BEFORE DELETE ON sheet_prints
BEGIN SELECT RAISE(ABORT, 'sheet_prints is append-only'); END;

-- Why a proposal was withdrawn.
ALTER TABLE aid_requests ADD COLUMN cancel_reason TEXT;
