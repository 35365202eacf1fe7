-- Bangfu schema version 3: what a mutual-aid plan does with a payout below its
-- minimum. Plans word it both ways: 最低补助50元 (Yueyang 2014: a smaller
-- result is raised to the minimum, never above the personal share) and
-- 不足X元不予支付 (a smaller result is not paid). Existing plans keep 'raise',
-- the reading the demo plans were computed with.
ALTER TABLE ma_plans ADD COLUMN min_payout_rule TEXT NOT NULL DEFAULT 'raise'
    CHECK (min_payout_rule IN ('raise', 'withhold'));
