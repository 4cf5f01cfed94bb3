-- One vocabulary: the Vietnamese words for the warehouse's codes are defined once, in C#
-- (Vocabulary/Glossary.cs), and the migrator copies them into this table whenever they differ, so
-- that the checks' messages (the macros below), the dashboard, the briefing and the charts use the
-- same words. Replaces migration 011's literal macros; pct_vi (a number format) stays as it is.
CREATE TABLE vocabulary (
    concept     VARCHAR NOT NULL,   -- 'level', 'role', 'discipline', 'review_status' …
    code        VARCHAR NOT NULL,   -- the warehouse's code: 'party_member', '4', 'not_rated' …
    label       VARCHAR NOT NULL,   -- as a heading or table cell shows it: 'Đảng viên'
    in_sentence VARCHAR NOT NULL,   -- inside a sentence: 'đảng viên' (acronyms keep their capitals)
    PRIMARY KEY (concept, code)
);

-- The words of a code inside a sentence, NULL when the vocabulary does not know it.
CREATE MACRO vocabulary_word(concept_name, code_value) AS
    (SELECT v.in_sentence FROM vocabulary v WHERE v.concept = concept_name AND v.code = code_value);

CREATE OR REPLACE MACRO level_vi(level) AS
    coalesce(vocabulary_word('level', CAST(level AS VARCHAR)), vocabulary_word('level', 'not_rated'));

CREATE OR REPLACE MACRO role_vi(role) AS
    coalesce(vocabulary_word('role', CAST(role AS VARCHAR)), CAST(role AS VARCHAR));

CREATE OR REPLACE MACRO discipline_vi(discipline) AS
    coalesce(vocabulary_word('discipline', CAST(discipline AS VARCHAR)), CAST(discipline AS VARCHAR));
