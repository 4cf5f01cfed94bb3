using System.Text.RegularExpressions;
using Analytics.Etl.Decoding;

namespace Analytics.Etl.Workbooks;

/// <summary>What the title block above a form's header states: the period ("NĂM 2024", "QUÝ III NĂM
/// 2025", "THÁNG 11/2025"), the issuing unit (the last "ĐẢNG BỘ XÃ …", "CHI BỘ …", "ĐẢNG ỦY …" line: the
/// line above it names the parent) and whom the form rates ("… ĐẢNG VIÊN", "… TỔ CHỨC CƠ SỞ ĐẢNG").
/// These are hints: they fill a column the table lacks, and a column the table has is checked against
/// them, never overwritten. The date line of a document ("Tân Phú, ngày 20 tháng 12 năm 2024") and the
/// national motto are not hints.</summary>
internal sealed partial record TitleHints(
    string? Period, string? PeriodText, string? Unit, string? UnitCode, string? Role, string? RoleText)
{
    public static readonly TitleHints None = new(null, null, null, null, null, null);

    // Organisations that issue a form, as the title block names them (folded).
    private static readonly string[] Issuers =
        ["dang bo", "dang uy", "chi bo", "ban thuong vu", "ban chap hanh", "uy ban nhan dan", "ubnd", "mat tran to quoc",
            "uy ban mat tran"];

    // The level words between the organisation and its name ("ĐẢNG BỘ XÃ Tân Phú").
    private static readonly string[] Levels = ["tinh", "thanh pho", "huyen", "quan", "thi xa", "xa", "phuong", "thi tran", "khoi", "co so"];

    // Whom a form rates, longest wordings first ("tập thể lãnh đạo" before "lãnh đạo").
    private static readonly (string Words, string Role)[] Roles =
    [
        ("to chuc co so dang", "organisation"), ("to chuc dang", "organisation"), ("tap the lanh dao", "collective"),
        ("can bo lanh dao", "leader"), ("lanh dao quan ly", "leader"), ("dang vien", "party_member"),
        ("cong chuc", "civil_servant"), ("vien chuc", "civil_servant"),
    ];

    [GeneratedRegex(@"\b(quy\s+(?:i{1,3}|iv|[1-4])\s+(?:nam\s+)?\d{4}|thang\s+\d{1,2}\s+(?:nam\s+)?\d{4}|nam\s+\d{4})\b")]
    private static partial Regex PeriodWords();

    [GeneratedRegex(@"\bngay\s+\S+\s+thang\s+\S+\s+nam\b")]
    private static partial Regex DateLine();

    /// <summary>Reads the hints from the rows above the header.</summary>
    public static TitleHints Read(IEnumerable<IReadOnlyList<string?>> titleRows)
    {
        ArgumentNullException.ThrowIfNull(titleRows);
        var periods = new Dictionary<string, string>(StringComparer.Ordinal);
        string? unit = null, unitCode = null;
        var roles = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var row in titleRows)
            foreach (var cell in row)
            {
                if (string.IsNullOrWhiteSpace(cell)) continue;
                var folded = TextFolding.FoldWords(cell);
                if (DateLine().IsMatch(folded) || folded.StartsWith("dang cong san", StringComparison.Ordinal)) continue;
                foreach (Match m in PeriodWords().Matches(folded))
                    if (PeriodParser.TryParse(m.Value, out var period, out _)) periods.TryAdd(period.Code, cell.Trim());
                if (Issuers.FirstOrDefault(i => folded.StartsWith(i + " ", StringComparison.Ordinal)) is { } issuer)
                {
                    unit = cell.Trim();
                    unitCode = CodeAfter(cell, issuer);
                }
                else if (Roles.FirstOrDefault(r => folded.Contains(r.Words, StringComparison.Ordinal)) is { Role: { } role })
                {
                    roles.TryAdd(role, cell.Trim());
                }
            }
        // Two different periods or roles in one title (a comparison form): no hint rather than a guess.
        var (p, pText) = periods.Count == 1 ? periods.First() : default;
        var (r, rText) = roles.Count == 1 ? roles.First() : default;
        return new TitleHints(p, pText, unit, unitCode, r, rText);
    }

    /// <summary>The unit's code when the title writes one after the organisation and level words
    /// ("ĐẢNG BỘ XÃ X01" → X01): one token holding a digit. A name ("ĐẢNG BỘ XÃ TÂN PHÚ") is no code.</summary>
    private static string? CodeAfter(string cell, string issuer)
    {
        var words = cell.Trim().Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var skip = issuer.Split(' ').Length;
        var rest = words.Skip(skip).ToList();
        var level = Levels.FirstOrDefault(l => rest.Count > l.Split(' ').Length
            && TextFolding.FoldWords(string.Join(' ', rest.Take(l.Split(' ').Length))) == l);
        if (level is not null) rest = [.. rest.Skip(level.Split(' ').Length)];
        return rest.Count == 1 && rest[0].Any(char.IsAsciiDigit) && rest[0].All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.')
            ? rest[0] : null;
    }

    /// <summary>The hint for a canonical column the table lacks (period, unit_code, role), or null.</summary>
    public string? For(string column) => column switch
    {
        "period" => Period,
        "unit_code" => UnitCode,
        "role" => Role,
        _ => null,
    };

    /// <summary>Where the hint for a column came from, for the notes.</summary>
    public string? Source(string column) => column switch
    {
        "period" => PeriodText,
        "unit_code" => Unit,
        "role" => RoleText,
        _ => null,
    };
}
