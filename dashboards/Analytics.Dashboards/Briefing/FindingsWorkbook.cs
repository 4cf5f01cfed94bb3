using Analytics.Warehouse.Checks;
using Analytics.Warehouse.Trends;
using MiniExcelLibs;

namespace Analytics.Dashboards.Briefing;

/// <summary>findings.xlsx: one row per finding with Vietnamese headers. Every text cell that a
/// spreadsheet could take for a formula (starting with = + - @, a tab or a carriage return) is
/// written with a leading apostrophe (OWASP "CSV injection"), whatever the source delivered.</summary>
internal static class FindingsWorkbook
{
    public const string SheetName = "Phát hiện";

    public static readonly string[] Headers =
    [
        "Quy tắc", "Tên quy tắc", "Bộ quy định", "Kỳ", "Loại đối tượng", "Mã đối tượng",
        "Mã đơn vị", "Tên đơn vị", "Địa bàn", "Mức độ", "Nội dung", "Căn cứ",
        "Còn hiệu lực", "Trạng thái", "Phát hiện lần đầu", "Mã phát hiện",
    ];

    public static void Write(string path, IReadOnlyList<FindingRow> findings)
    {
        // A DataTable keeps the header row even when there is no finding.
        using var table = new System.Data.DataTable(SheetName);
        foreach (var header in Headers) table.Columns.Add(header, typeof(string));
        foreach (var f in findings)
        {
            string[] values =
            [
                f.Rule, CheckCatalog.Find(f.Rule)?.TitleVi ?? "", f.RuleSet, f.Period,
                f.SubjectKind == "unit" ? "đơn vị" : "cá nhân", f.SubjectId,
                f.UnitCode, f.UnitName, f.AreaCode, f.Severity == "violation" ? "vi phạm" : "cảnh báo", f.Message, f.Regulation,
                f.Holds ? "có" : "không", f.Status,
                f.FirstSeen?.ToString("yyyy-MM-dd HH:mm", System.Globalization.CultureInfo.InvariantCulture) ?? "", f.FindingId,
            ];
            table.Rows.Add(values.Select(v => (object)Neutralise(v)).ToArray());
        }
        File.Delete(path);
        MiniExcel.SaveAs(path, table, sheetName: SheetName);
    }

    /// <summary>Prefixes an apostrophe to text a spreadsheet would evaluate as a formula.</summary>
    public static string Neutralise(string text) =>
        text.Length > 0 && text[0] is '=' or '+' or '-' or '@' or '\t' or '\r' ? "'" + text : text;
}
