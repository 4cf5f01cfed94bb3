-- The Vietnamese words the checks' messages use for the warehouse's codes (the dashboard, the
-- briefing and the CLI show findings to Vietnamese readers; the evidence JSON keeps the codes).
CREATE MACRO level_vi(level) AS
    CASE level WHEN 4 THEN 'HTXSNV' WHEN 3 THEN 'HTTNV' WHEN 2 THEN 'HTNV' WHEN 1 THEN 'KHTNV' ELSE 'không xếp loại' END;

CREATE MACRO role_vi(role) AS
    CASE CAST(role AS VARCHAR)
        WHEN 'organisation' THEN 'tổ chức'
        WHEN 'collective' THEN 'tập thể lãnh đạo'
        WHEN 'party_member' THEN 'đảng viên'
        WHEN 'leader' THEN 'cá nhân lãnh đạo, quản lý'
        WHEN 'civil_servant' THEN 'công chức, viên chức'
        ELSE CAST(role AS VARCHAR) END;

CREATE MACRO discipline_vi(discipline) AS
    CASE CAST(discipline AS VARCHAR)
        WHEN 'reprimand' THEN 'khiển trách'
        WHEN 'warning' THEN 'cảnh cáo'
        WHEN 'removal' THEN 'cách chức'
        WHEN 'dismissal' THEN 'buộc thôi việc'
        WHEN 'expulsion' THEN 'khai trừ'
        ELSE CAST(discipline AS VARCHAR) END;

-- A share as a Vietnamese percentage with one decimal: 0.253 → '25,3%'.
CREATE MACRO pct_vi(share) AS replace(CAST(round(share * 100, 1) AS VARCHAR), '.', ',') || '%';
