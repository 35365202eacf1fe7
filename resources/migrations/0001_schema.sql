-- Bangfu schema version 1: the whole mission's data model, so that later
-- versions extend it rather than rewrite it.
--
-- Conventions
-- * Every synced row has a UUID text primary key `id` and the columns
--   created_at, created_by, updated_at, updated_by, updated_device
--   (timestamps are UTC ISO-8601 text, *_by are users.id, updated_device is
--   devices.id of the installation that last changed the row).
-- * Money is integer fen (分) in columns named *_fen; never REAL.
-- * Dates are ISO text 'YYYY-MM-DD'. Enumerations are text codes with CHECKs;
--   the application translates them for display.
-- * Integer keys exist only on device-local tables (audit_log, local settings).

-- Reference data ------------------------------------------------------------

-- Administrative divisions (街道/镇) with their statistical codes; loaded as data.
CREATE TABLE divisions (
    code         TEXT PRIMARY KEY CHECK (length(code) IN (6, 9, 12)),
    name         TEXT NOT NULL,
    kind         TEXT NOT NULL,            -- 区, 街道, 镇, 乡 ...
    parent_code  TEXT REFERENCES divisions(code)
);

-- Communities (社区) and villages (村) inside a division.
CREATE TABLE communities (
    id             TEXT PRIMARY KEY,
    division_code  TEXT NOT NULL REFERENCES divisions(code),
    name           TEXT NOT NULL,
    kind           TEXT NOT NULL CHECK (kind IN ('community', 'village')),
    invented       INTEGER NOT NULL DEFAULT 0 CHECK (invented IN (0, 1)), -- demo data
    expected_households INTEGER CHECK (expected_households >= 0),          -- for coverage
    created_at TEXT NOT NULL, created_by TEXT, updated_at TEXT NOT NULL, updated_by TEXT, updated_device TEXT,
    UNIQUE (division_code, name)
);

-- Accounts, devices, settings ----------------------------------------------

CREATE TABLE users (
    id             TEXT PRIMARY KEY,
    username       TEXT NOT NULL UNIQUE COLLATE NOCASE,
    display_name   TEXT NOT NULL,
    role           TEXT NOT NULL CHECK (role IN ('caseworker', 'supervisor', 'administrator')),
    password_hash  TEXT,                   -- libsodium crypto_pwhash_str (Argon2id)
    disabled       INTEGER NOT NULL DEFAULT 0 CHECK (disabled IN (0, 1)),
    division_code  TEXT REFERENCES divisions(code),  -- home division, NULL = whole district
    created_at TEXT NOT NULL, created_by TEXT, updated_at TEXT NOT NULL, updated_by TEXT, updated_device TEXT
);

-- Installations that exchange bundles. The row with is_self = 1 is this one;
-- only that row carries secret keys, which never leave the device.
CREATE TABLE devices (
    id               TEXT PRIMARY KEY,
    name             TEXT NOT NULL,
    role             TEXT NOT NULL CHECK (role IN ('office', 'laptop')),
    is_self          INTEGER NOT NULL DEFAULT 0 CHECK (is_self IN (0, 1)),
    sign_public_key  BLOB,                 -- Ed25519
    sign_secret_key  BLOB,
    box_public_key   BLOB,                 -- X25519
    box_secret_key   BLOB,
    paired_at        TEXT,
    paired_by        TEXT REFERENCES users(id),
    created_at TEXT NOT NULL, updated_at TEXT NOT NULL
);
CREATE UNIQUE INDEX devices_one_self ON devices(is_self) WHERE is_self = 1;

-- Synced, district-wide settings (union name printed on sheets, thresholds ...).
CREATE TABLE settings (
    id     TEXT PRIMARY KEY,
    key    TEXT NOT NULL UNIQUE,
    value  TEXT NOT NULL,
    created_at TEXT NOT NULL, created_by TEXT, updated_at TEXT NOT NULL, updated_by TEXT, updated_device TEXT
);

-- Minimum living standard (低保标准) and minimum wage per year and division;
-- division_code NULL is the district-wide default for that year.
CREATE TABLE poverty_lines (
    id                  TEXT PRIMARY KEY,
    year                INTEGER NOT NULL CHECK (year BETWEEN 2000 AND 2100),
    division_code       TEXT REFERENCES divisions(code),
    dibao_monthly_fen   INTEGER NOT NULL CHECK (dibao_monthly_fen > 0),
    min_wage_monthly_fen INTEGER NOT NULL CHECK (min_wage_monthly_fen > 0),
    source              TEXT,
    created_at TEXT NOT NULL, created_by TEXT, updated_at TEXT NOT NULL, updated_by TEXT, updated_device TEXT
);
CREATE UNIQUE INDEX poverty_lines_year_division ON poverty_lines(year, ifnull(division_code, ''));

-- Households and surveys (地毯式摸排) ---------------------------------------

CREATE TABLE households (
    id                 TEXT PRIMARY KEY,
    file_no            TEXT UNIQUE,          -- 档案编号, given when filed
    division_code      TEXT NOT NULL REFERENCES divisions(code),
    community_id       TEXT REFERENCES communities(id),
    address            TEXT NOT NULL DEFAULT '',
    phone              TEXT,
    work_unit          TEXT,                 -- employer of the worker (单位)
    status             TEXT NOT NULL DEFAULT 'identified'
                           CHECK (status IN ('identified', 'filed', 'exited')),
    category           TEXT CHECK (category IN ('deep', 'relative', 'accident', 'not_eligible')),
    category_proposed  TEXT CHECK (category_proposed IN ('deep', 'relative', 'accident', 'not_eligible')),
    category_override_reason TEXT,
    main_cause         TEXT CHECK (main_cause IN ('illness', 'disability', 'schooling', 'unemployment',
                                                  'accident', 'disaster', 'low_income', 'other')),
    secondary_causes   TEXT NOT NULL DEFAULT '[]',   -- JSON array of cause codes
    housing            TEXT CHECK (housing IN ('owned', 'rented', 'public_rental', 'relatives', 'none', 'other')),
    housing_area_m2    INTEGER CHECK (housing_area_m2 >= 0),
    bank_name          TEXT,
    bank_account       TEXT,
    bank_account_holder TEXT,
    filed_on           TEXT,
    last_verified_on   TEXT,
    next_due_on        TEXT,                 -- next re-verification or follow-up
    exited_on          TEXT,
    exit_reason        TEXT CHECK (exit_reason IN ('income_above_line', 'death', 'retirement',
                                                   'transfer', 'other')),
    notes              TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL, created_by TEXT, updated_at TEXT NOT NULL, updated_by TEXT, updated_device TEXT,
    CHECK (status <> 'exited' OR exited_on IS NOT NULL),
    CHECK (status = 'identified' OR file_no IS NOT NULL)
);
CREATE INDEX households_division ON households(division_code, community_id);
CREATE INDEX households_status ON households(status, next_due_on);

CREATE TABLE members (
    id                 TEXT PRIMARY KEY,
    household_id       TEXT NOT NULL REFERENCES households(id) ON DELETE CASCADE,
    position           INTEGER NOT NULL DEFAULT 0,   -- display order in the file
    is_head            INTEGER NOT NULL DEFAULT 0 CHECK (is_head IN (0, 1)),
    name               TEXT NOT NULL,
    name_pinyin        TEXT NOT NULL DEFAULT '',     -- "zhang tao", for search
    name_initials      TEXT NOT NULL DEFAULT '',     -- "zt"
    id_number          TEXT,                         -- GB 11643, upper-case X
    relationship       TEXT NOT NULL CHECK (relationship IN ('self', 'spouse', 'child', 'parent',
                            'parent_in_law', 'grandchild', 'grandparent', 'sibling', 'other')),
    sex                TEXT CHECK (sex IN ('male', 'female')),
    birth_date         TEXT,
    phone              TEXT,
    health             TEXT CHECK (health IN ('healthy', 'chronic', 'serious', 'major_illness')),
    major_illness      TEXT,
    disability         TEXT CHECK (disability IN ('none', 'grade1', 'grade2', 'grade3', 'grade4')),
    work_status        TEXT CHECK (work_status IN ('employed', 'flexible', 'unemployed', 'retired',
                            'student', 'preschool', 'unable', 'farming')),
    monthly_income_fen INTEGER NOT NULL DEFAULT 0 CHECK (monthly_income_fen >= 0),
    school             TEXT,
    school_stage       TEXT CHECK (school_stage IN ('preschool', 'primary', 'junior', 'senior',
                            'vocational', 'college', 'university', 'postgraduate')),
    created_at TEXT NOT NULL, created_by TEXT, updated_at TEXT NOT NULL, updated_by TEXT, updated_device TEXT
);
CREATE INDEX members_household ON members(household_id, position);
CREATE INDEX members_id_number ON members(id_number);
CREATE INDEX members_name ON members(name);
CREATE UNIQUE INDEX members_one_head ON members(household_id) WHERE is_head = 1;

CREATE TABLE field_visits (
    id            TEXT PRIMARY KEY,
    household_id  TEXT NOT NULL REFERENCES households(id) ON DELETE CASCADE,
    visit_date    TEXT NOT NULL,
    purpose       TEXT NOT NULL CHECK (purpose IN ('first_survey', 'reverification', 'follow_up',
                                                   'condolence')),
    visitors      TEXT NOT NULL DEFAULT '',  -- names of the caseworkers
    present       TEXT NOT NULL DEFAULT '',  -- who of the household was present
    notes         TEXT NOT NULL DEFAULT '',
    latitude      REAL CHECK (latitude BETWEEN -90 AND 90),     -- GPS, optional
    longitude     REAL CHECK (longitude BETWEEN -180 AND 180),
    next_due_on   TEXT,
    created_at TEXT NOT NULL, created_by TEXT, updated_at TEXT NOT NULL, updated_by TEXT, updated_device TEXT
);
CREATE INDEX field_visits_household ON field_visits(household_id, visit_date);
CREATE INDEX field_visits_date ON field_visits(visit_date);

-- One dated snapshot of the survey answers; the file shows how the household
-- changed over time. Income and rigid expenditure are annual amounts.
CREATE TABLE survey_records (
    id                     TEXT PRIMARY KEY,
    household_id           TEXT NOT NULL REFERENCES households(id) ON DELETE CASCADE,
    visit_id               TEXT REFERENCES field_visits(id) ON DELETE SET NULL,
    survey_date            TEXT NOT NULL,
    household_size         INTEGER NOT NULL CHECK (household_size > 0),
    income_wages_fen        INTEGER NOT NULL DEFAULT 0 CHECK (income_wages_fen >= 0),
    income_business_fen     INTEGER NOT NULL DEFAULT 0 CHECK (income_business_fen >= 0),
    income_pension_fen      INTEGER NOT NULL DEFAULT 0 CHECK (income_pension_fen >= 0),
    income_unemployment_fen INTEGER NOT NULL DEFAULT 0 CHECK (income_unemployment_fen >= 0),
    income_compensation_fen INTEGER NOT NULL DEFAULT 0 CHECK (income_compensation_fen >= 0),
    income_property_fen     INTEGER NOT NULL DEFAULT 0 CHECK (income_property_fen >= 0), -- interest, rent
    income_maintenance_fen  INTEGER NOT NULL DEFAULT 0 CHECK (income_maintenance_fen >= 0),
    income_other_fen        INTEGER NOT NULL DEFAULT 0 CHECK (income_other_fen >= 0),
    imputed_wage_fen        INTEGER NOT NULL DEFAULT 0 CHECK (imputed_wage_fen >= 0),
    expense_illness_fen     INTEGER NOT NULL DEFAULT 0 CHECK (expense_illness_fen >= 0),
    expense_disability_fen  INTEGER NOT NULL DEFAULT 0 CHECK (expense_disability_fen >= 0),
    expense_schooling_fen   INTEGER NOT NULL DEFAULT 0 CHECK (expense_schooling_fen >= 0),
    expense_job_fen         INTEGER NOT NULL DEFAULT 0 CHECK (expense_job_fen >= 0),
    accident_loss_fen       INTEGER NOT NULL DEFAULT 0 CHECK (accident_loss_fen >= 0),
    per_capita_monthly_fen  INTEGER,          -- computed, may be negative
    dibao_monthly_fen       INTEGER,          -- line in force when assessed
    assessed_category       TEXT CHECK (assessed_category IN ('deep', 'relative', 'accident', 'not_eligible')),
    answers                 TEXT NOT NULL DEFAULT '{}',  -- JSON: further questionnaire answers
    created_at TEXT NOT NULL, created_by TEXT, updated_at TEXT NOT NULL, updated_by TEXT, updated_device TEXT
);
CREATE INDEX survey_records_household ON survey_records(household_id, survey_date);

-- Photos, scans and documents, stored in the database so bundles carry them.
CREATE TABLE attachments (
    id          TEXT PRIMARY KEY,
    owner_table TEXT NOT NULL CHECK (owner_table IN ('households', 'members', 'field_visits',
                    'survey_records', 'ma_claims', 'ma_invoices', 'aid_requests', 'disbursements',
                    'disbursement_batches')),
    owner_id    TEXT NOT NULL,
    doc_type    TEXT NOT NULL DEFAULT 'other',  -- photo, id_card, invoice, discharge_record ...
    file_name   TEXT NOT NULL,
    mime_type   TEXT NOT NULL,
    size_bytes  INTEGER NOT NULL CHECK (size_bytes >= 0),
    sha256      TEXT NOT NULL CHECK (length(sha256) = 64),
    data        BLOB NOT NULL,
    created_at TEXT NOT NULL, created_by TEXT, updated_at TEXT NOT NULL, updated_by TEXT, updated_device TEXT,
    CHECK (length(data) = size_bytes)
);
CREATE INDEX attachments_owner ON attachments(owner_table, owner_id);

-- Medical mutual aid (职工医疗互助) -----------------------------------------

-- One product of one plan year (inpatient, listed diseases, women's diseases).
CREATE TABLE ma_plans (
    id                       TEXT PRIMARY KEY,
    year                     INTEGER NOT NULL CHECK (year BETWEEN 2000 AND 2100),
    name                     TEXT NOT NULL,
    product                  TEXT NOT NULL CHECK (product IN ('inpatient', 'listed_disease', 'women')),
    contribution_fen         INTEGER NOT NULL CHECK (contribution_fen >= 0),
    enrol_from               TEXT,
    enrol_to                 TEXT,
    term_start               TEXT NOT NULL,
    term_end                 TEXT NOT NULL,
    waiting_days             INTEGER CHECK (waiting_days >= 0),
    deductible_admission_fen INTEGER CHECK (deductible_admission_fen >= 0),
    deductible_term_fen      INTEGER CHECK (deductible_term_fen >= 0),
    band_mode                TEXT NOT NULL DEFAULT 'marginal' CHECK (band_mode IN ('marginal', 'whole')),
    min_payout_fen           INTEGER CHECK (min_payout_fen >= 0),
    cap_claim_fen            INTEGER CHECK (cap_claim_fen >= 0),
    cap_member_term_fen      INTEGER CHECK (cap_member_term_fen >= 0),
    deadline_days            INTEGER CHECK (deadline_days >= 0),   -- after discharge
    deadline_date            TEXT,                                 -- or a fixed date
    required_documents       TEXT NOT NULL DEFAULT '[]',           -- JSON array of doc types
    notes                    TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL, created_by TEXT, updated_at TEXT NOT NULL, updated_by TEXT, updated_device TEXT,
    CHECK (term_start <= term_end),
    UNIQUE (year, name)
);

-- Banded ratios on the personal share; upper_fen NULL is open-ended.
-- ratio_permille: 300 = 30%.
CREATE TABLE ma_plan_bands (
    id             TEXT PRIMARY KEY,
    plan_id        TEXT NOT NULL REFERENCES ma_plans(id) ON DELETE CASCADE,
    lower_fen      INTEGER NOT NULL CHECK (lower_fen >= 0),
    upper_fen      INTEGER CHECK (upper_fen IS NULL OR upper_fen > lower_fen),
    ratio_permille INTEGER NOT NULL CHECK (ratio_permille BETWEEN 0 AND 1000),
    created_at TEXT NOT NULL, created_by TEXT, updated_at TEXT NOT NULL, updated_by TEXT, updated_device TEXT,
    UNIQUE (plan_id, lower_fen)
);

CREATE TABLE ma_listed_diseases (
    id             TEXT PRIMARY KEY,
    plan_id        TEXT NOT NULL REFERENCES ma_plans(id) ON DELETE CASCADE,
    code           TEXT NOT NULL,
    name           TEXT NOT NULL,
    lump_sum_fen   INTEGER NOT NULL CHECK (lump_sum_fen >= 0),
    created_at TEXT NOT NULL, created_by TEXT, updated_at TEXT NOT NULL, updated_by TEXT, updated_device TEXT,
    UNIQUE (plan_id, code)
);

-- A person enrolled in a plan year; need not belong to a hardship household.
CREATE TABLE ma_enrolments (
    id               TEXT PRIMARY KEY,
    plan_id          TEXT NOT NULL REFERENCES ma_plans(id),
    member_id        TEXT REFERENCES members(id) ON DELETE SET NULL,
    person_name      TEXT NOT NULL,
    id_number        TEXT NOT NULL,
    work_unit        TEXT,
    phone            TEXT,
    paid_on          TEXT,
    receipt_no       TEXT,
    contribution_fen INTEGER NOT NULL CHECK (contribution_fen >= 0),
    created_at TEXT NOT NULL, created_by TEXT, updated_at TEXT NOT NULL, updated_by TEXT, updated_device TEXT,
    UNIQUE (plan_id, id_number)
);
CREATE INDEX ma_enrolments_id_number ON ma_enrolments(id_number);

CREATE TABLE ma_claims (
    id                  TEXT PRIMARY KEY,
    enrolment_id        TEXT NOT NULL REFERENCES ma_enrolments(id),
    claim_no            TEXT UNIQUE,
    hospital            TEXT NOT NULL,
    admitted_on         TEXT NOT NULL,
    discharged_on       TEXT NOT NULL,
    diagnosis           TEXT NOT NULL DEFAULT '',
    disease_code        TEXT,                 -- ma_listed_diseases.code, optional
    status              TEXT NOT NULL DEFAULT 'draft'
                            CHECK (status IN ('draft', 'submitted', 'approved', 'rejected', 'paid')),
    computed_payout_fen INTEGER CHECK (computed_payout_fen >= 0),
    approved_payout_fen INTEGER CHECK (approved_payout_fen >= 0),
    explanation         TEXT,                 -- payout calculation in words
    submitted_at        TEXT,
    decided_by          TEXT REFERENCES users(id),
    decided_at          TEXT,
    rejection_reason    TEXT,
    paid_on             TEXT,
    payment_reference   TEXT,
    created_at TEXT NOT NULL, created_by TEXT, updated_at TEXT NOT NULL, updated_by TEXT, updated_device TEXT,
    CHECK (admitted_on <= discharged_on),
    CHECK (status <> 'rejected' OR rejection_reason IS NOT NULL)
);
CREATE INDEX ma_claims_enrolment ON ma_claims(enrolment_id);
CREATE INDEX ma_claims_status ON ma_claims(status, discharged_on);

CREATE TABLE ma_invoices (
    id             TEXT PRIMARY KEY,
    claim_id       TEXT NOT NULL REFERENCES ma_claims(id) ON DELETE CASCADE,
    hospital       TEXT NOT NULL,
    invoice_no     TEXT NOT NULL,
    invoice_date   TEXT NOT NULL,
    total_fen      INTEGER NOT NULL CHECK (total_fen >= 0),
    insurance_fen  INTEGER NOT NULL DEFAULT 0 CHECK (insurance_fen >= 0),  -- basic insurance paid
    personal_fen   INTEGER NOT NULL CHECK (personal_fen >= 0),
    created_at TEXT NOT NULL, created_by TEXT, updated_at TEXT NOT NULL, updated_by TEXT, updated_device TEXT,
    CHECK (insurance_fen + personal_fen <= total_fen)
);
CREATE INDEX ma_invoices_claim ON ma_invoices(claim_id);
CREATE INDEX ma_invoices_number ON ma_invoices(hospital, invoice_no);

-- Aid (专项帮扶金, 送温暖, 金秋助学, 医疗救助 ...) ------------------------------

CREATE TABLE aid_programmes (
    id                         TEXT PRIMARY KEY,
    code                       TEXT NOT NULL UNIQUE,
    name                       TEXT NOT NULL,
    default_amount_fen         INTEGER NOT NULL CHECK (default_amount_fen >= 0),
    max_count_per_year         INTEGER CHECK (max_count_per_year > 0),
    max_fen_per_year           INTEGER CHECK (max_fen_per_year > 0),
    eligible_categories        TEXT NOT NULL DEFAULT '["deep","relative","accident"]', -- JSON
    requires_student           INTEGER NOT NULL DEFAULT 0 CHECK (requires_student IN (0, 1)),
    second_approval_above_fen  INTEGER CHECK (second_approval_above_fen >= 0),
    active                     INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
    created_at TEXT NOT NULL, created_by TEXT, updated_at TEXT NOT NULL, updated_by TEXT, updated_device TEXT
);

CREATE TABLE aid_requests (
    id             TEXT PRIMARY KEY,
    programme_id   TEXT NOT NULL REFERENCES aid_programmes(id),
    household_id   TEXT NOT NULL REFERENCES households(id),
    member_id      TEXT REFERENCES members(id),   -- the student, for 金秋助学
    amount_fen     INTEGER NOT NULL CHECK (amount_fen > 0),
    reason         TEXT NOT NULL DEFAULT '',
    status         TEXT NOT NULL DEFAULT 'draft'
                       CHECK (status IN ('draft', 'submitted', 'returned', 'approved', 'rejected',
                                         'cancelled')),
    warnings       TEXT NOT NULL DEFAULT '[]',    -- JSON: warnings shown and the caseworker's answers
    submitted_at   TEXT,
    created_at TEXT NOT NULL, created_by TEXT, updated_at TEXT NOT NULL, updated_by TEXT, updated_device TEXT
);
CREATE INDEX aid_requests_household ON aid_requests(household_id, programme_id);
CREATE INDEX aid_requests_status ON aid_requests(status);

CREATE TABLE aid_approvals (
    id           TEXT PRIMARY KEY,
    request_id   TEXT NOT NULL REFERENCES aid_requests(id) ON DELETE CASCADE,
    stage        INTEGER NOT NULL DEFAULT 1 CHECK (stage IN (1, 2)),
    decision     TEXT NOT NULL CHECK (decision IN ('approve', 'reject', 'return')),
    comment      TEXT NOT NULL DEFAULT '',
    decided_by   TEXT NOT NULL REFERENCES users(id),
    decided_at   TEXT NOT NULL,
    created_at TEXT NOT NULL, created_by TEXT, updated_at TEXT NOT NULL, updated_by TEXT, updated_device TEXT
);
CREATE INDEX aid_approvals_request ON aid_approvals(request_id);

CREATE TABLE disbursement_batches (
    id              TEXT PRIMARY KEY,
    batch_no        TEXT NOT NULL,
    version         INTEGER NOT NULL DEFAULT 1 CHECK (version >= 1),
    supersedes_id   TEXT REFERENCES disbursement_batches(id),
    programme_id    TEXT NOT NULL REFERENCES aid_programmes(id),
    period          TEXT NOT NULL,            -- e.g. '2026-01' or '2026 春节'
    division_code   TEXT REFERENCES divisions(code),
    title           TEXT NOT NULL,
    status          TEXT NOT NULL DEFAULT 'open'
                        CHECK (status IN ('open', 'printed', 'paid', 'superseded')),
    printed_at      TEXT,
    printed_by      TEXT REFERENCES users(id),
    created_at TEXT NOT NULL, created_by TEXT, updated_at TEXT NOT NULL, updated_by TEXT, updated_device TEXT,
    UNIQUE (batch_no, version)
);

CREATE TABLE disbursements (
    id                   TEXT PRIMARY KEY,
    batch_id             TEXT REFERENCES disbursement_batches(id),
    request_id           TEXT REFERENCES aid_requests(id),
    programme_id         TEXT NOT NULL REFERENCES aid_programmes(id),
    household_id         TEXT NOT NULL REFERENCES households(id),
    recipient_name       TEXT NOT NULL,
    recipient_id_number  TEXT,
    amount_fen           INTEGER NOT NULL CHECK (amount_fen > 0),
    method               TEXT NOT NULL DEFAULT 'cash' CHECK (method IN ('cash', 'bank')),
    status               TEXT NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'paid', 'cancelled')),
    paid_on              TEXT,
    payment_reference    TEXT,                -- bank reference, or 'signed'/'thumbprint' for cash
    created_at TEXT NOT NULL, created_by TEXT, updated_at TEXT NOT NULL, updated_by TEXT, updated_device TEXT,
    CHECK (status <> 'paid' OR paid_on IS NOT NULL)
);
CREATE INDEX disbursements_household ON disbursements(household_id, paid_on);
CREATE INDEX disbursements_batch ON disbursements(batch_id);
CREATE INDEX disbursements_paid ON disbursements(paid_on, programme_id);

-- Audit log (device-local, append-only, hash-chained) -----------------------

CREATE TABLE audit_log (
    seq         INTEGER PRIMARY KEY AUTOINCREMENT,
    at_utc      TEXT NOT NULL,
    user_id     TEXT,
    device_id   TEXT,
    action      TEXT NOT NULL CHECK (action IN ('insert', 'update', 'delete', 'reveal', 'login',
                                                'logout', 'login_failed')),
    entity      TEXT NOT NULL,
    row_id      TEXT,
    changes     TEXT NOT NULL DEFAULT '{}',   -- JSON {field: [old, new]}
    prev_hash   TEXT NOT NULL,
    hash        TEXT NOT NULL
);
CREATE INDEX audit_log_row ON audit_log(entity, row_id);

CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END;
CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END;
