-- Questions asked, per user, for rate limits shared by all processes.
CREATE TABLE questions_asked (
    user_id  text NOT NULL,
    asked_at timestamptz NOT NULL
);
CREATE INDEX questions_asked_user_idx ON questions_asked (user_id, asked_at);

-- Feedback votes on answers.
CREATE TABLE feedback (
    id        bigserial PRIMARY KEY,
    at        timestamptz NOT NULL,
    record    jsonb NOT NULL
);
