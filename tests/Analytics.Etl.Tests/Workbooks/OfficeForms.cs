using Analytics.Etl.Tests.Helpers;
using Analytics.Testing;
using static Analytics.Etl.Tests.Helpers.FlatOds;

namespace Analytics.Etl.Tests.Workbooks;

/// <summary>The workbooks of <see cref="OfficialFormTests"/>, made once per test run by LibreOffice from
/// flat ODS templates (both .xlsx and .xls, one soffice call per format, a private profile): an
/// interchange-layout workbook, an official ratings form (title block, merged title, STT, column
/// numbering, merged party-cell blocks, date cells, signature footer, a hidden sheet, an instructions
/// sheet), a wide summary form (two-row header under "Xếp loại", totals row) and a subordinate system's
/// own layout that needs a mapping (one column per rating step, no record ids).</summary>
public sealed class OfficeForms : IDisposable
{
    private readonly TempFolder _folder = new("analytics-forms-");

    public OfficeForms()
    {
        var templates = new[]
        {
            new FlatOds().Sheet("Đơn vị", UnitsRows()).Sheet("Xếp loại", [.. Interchange()]).Write(_folder.Sub("plain.fods")),
            new FlatOds().Sheet("Hướng dẫn", [[T("Điền biểu theo mẫu; không sửa dòng tiêu đề.")]]).Sheet("Đơn vị", UnitsRows())
                .Sheet("KQ xếp loại 2024", RatingsForm())
                .Sheet("Xếp loại cũ", [.. Interchange(), [T("R9"), T("2023"), T("person"), T("DV009"), T("CB01"),
                    T("party_member"), T("final"), T("HTNV"), T(""), D(2023, 12, 1)]], hidden: true)
                .Write(_folder.Sub("form.fods")),
            new FlatOds().Sheet("Biểu 02", SummaryForm()).Write(_folder.Sub("summary.fods")),
            new FlatOds().Sheet("CB01", StepsForm("CB01", ("DV001", "HTXSNV", "HTTNV", "HTTNV"), ("DV002", "HTTNV", "HTTNV", "HTNV")))
                .Sheet("CB02", StepsForm("CB02", ("DV003", "HTTNV", "HTTNV", "HTTNV"))).Write(_folder.Sub("steps.fods")),
        };
        foreach (var format in (string[])["xlsx", "xls"])
        {
            var converted = LibreOffice.Convert(templates, format, _folder.Sub(format), _folder.Sub("profile-" + format));
            foreach (var path in converted) Books[(Path.GetFileNameWithoutExtension(path), format)] = path;
        }
    }

    /// <summary>(template, format) → the converted workbook.</summary>
    public Dictionary<(string Template, string Format), string> Books { get; } = [];

    /// <summary>The CSV twin of the ratings in the forms.</summary>
    public const string RatingsCsv = """
        record_id,period,subject_kind,subject_id,unit_code,role,channel,level,comment,decided_on
        R1,2024,person,DV001,CB01,party_member,final,HTTNV,Còn chậm,2024-12-20
        R2,2024,person,DV002,CB01,party_member,final,HTXSNV,,2024-12-20
        R3,2024,person,DV003,CB02,party_member,final,HTNV,,2024-12-21
        R4,2024,person,DV004,CB02,party_member,final,HTTTNV,,2024-12-21
        """;

    /// <summary>The CSV twin of the summary form.</summary>
    public const string SummariesCsv = """
        period,unit_code,role,level,count
        2024,CB01,party_member,HTXSNV,2
        2024,CB01,party_member,HTTNV,6
        2024,CB01,party_member,HTNV,2
        2024,CB01,party_member,KHTNV,0
        2024,CB02,party_member,HTXSNV,1
        2024,CB02,party_member,HTTNV,5
        2024,CB02,party_member,HTNV,1
        2024,CB02,party_member,KHTNV,1
        """;

    private static IEnumerable<Cell[]> UnitsRows() =>
    [
        [T("Mã đơn vị"), T("Tên đơn vị"), T("Loại đơn vị"), T("Đơn vị cấp trên"), T("Mã địa bàn"), T("Từ ngày")],
        [T("DU"), T("Đảng bộ xã Tân Phú"), T("grassroots_party_org"), Empty, T("TP"), D(2020, 1, 1)],
        [T("CB01"), T("Chi bộ thôn 1"), T("party_cell"), T("DU"), T("TP"), D(2020, 1, 1)],
        [T("CB02"), T("Chi bộ thôn 2"), T("party_cell"), T("DU"), T("TP"), D(2020, 1, 1)],
    ];

    private static IEnumerable<Cell[]> Interchange()
    {
        var lines = RatingsCsv.Split('\n');
        yield return [.. lines[0].Split(',').Select(h => T(h))];
        foreach (var line in lines.Skip(1))
        {
            var f = line.Split(',');
            var date = DateOnly.Parse(f[9], System.Globalization.CultureInfo.InvariantCulture);
            yield return [.. f.Take(9).Select(v => T(v)), D(date.Year, date.Month, date.Day)];
        }
    }

    private static IEnumerable<Cell[]> RatingsForm() =>
    [
        [T("ĐẢNG BỘ HUYỆN TÂN PHÚ", across: 3), Empty, Empty, T("ĐẢNG CỘNG SẢN VIỆT NAM", across: 4)],
        [T("ĐẢNG BỘ XÃ X01", across: 3), Empty, Empty, T("Tân Phú, ngày 20 tháng 12 năm 2024", across: 4)],
        [],
        [T("KẾT QUẢ ĐÁNH GIÁ, XẾP LOẠI CHẤT LƯỢNG ĐẢNG VIÊN NĂM 2024", across: 9)],
        [],
        [T("STT"), T("Mã bản ghi"), T("Loại đối tượng"), T("Mã đảng viên"), T("Mã chi bộ"),
            T("Bước"), T("Xếp loại"), T("Ngày quyết định"), T("Nhận xét")],
        [T("(1)"), T("(2)"), T("(3)"), T("(4)"), T("(5)"), T("(6)"), T("(7)"), T("(8)"), T("(9)")],
        [N(1), T("R1"), T("person"), T("DV001"), T("CB01", down: 2), T("final"), T("HTTNV"), D(2024, 12, 20), T("Còn chậm")],
        [N(2), T("R2"), T("person"), T("DV002"), T("final"), T("Hoàn thành xuất sắc nhiệm vụ"), D(2024, 12, 20)],
        [N(3), T("R3"), T("person"), T("DV003"), T("CB02", down: 2), T("final"), T("HTNV"), D(2024, 12, 21)],
        [N(4), T("R4"), T("person"), T("DV004"), T("final"), T("HTTTNV"), D(2024, 12, 21)],
        [],
        [T("Người lập biểu", across: 3), Empty, Empty, T("T/M ĐẢNG ỦY", across: 4)],
        [T("(ký, ghi rõ họ tên)", across: 3), Empty, Empty, T("BÍ THƯ", across: 4)],
    ];

    private static IEnumerable<Cell[]> SummaryForm() =>
    [
        [T("ĐẢNG BỘ XÃ X01", across: 3)],
        [T("BIỂU TỔNG HỢP KẾT QUẢ XẾP LOẠI ĐẢNG VIÊN NĂM 2024", across: 8)],
        [],
        [T("STT", down: 2), T("Mã chi bộ", down: 2), T("Tổng số", down: 2), T("Xếp loại", across: 4), T("Ghi chú", down: 2)],
        [T("HTXSNV"), T("HTTNV"), T("HTNV"), T("KHTNV")],
        [N(1), T("CB01"), N(10), N(2), N(6), N(2), N(0)],
        [N(2), T("CB02"), N(8), N(1), N(5), N(1), N(1)],
        [T("Tổng cộng", across: 2), N(18), N(3), N(11), N(3), N(1)],
        [],
        [T("Người lập biểu", across: 3), Empty, Empty, T("T/M ĐẢNG ỦY", across: 3)],
    ];

    private static IEnumerable<Cell[]> StepsForm(
        string cell, params (string Member, string Self, string Proposed, string Final)[] members) =>
    [
        [T($"CHI BỘ {cell}", across: 4)],
        [T("PHIẾU TỔNG HỢP XẾP LOẠI ĐẢNG VIÊN NĂM 2024", across: 5)],
        [T("Số thẻ đảng viên"), T("Họ và tên"), T("Tự xếp loại"), T("Chi bộ đề xuất"), T("Đảng ủy quyết định")],
        .. members.Select(m => new[] { T(m.Member), T("Đảng viên " + m.Member), T(m.Self), T(m.Proposed), T(m.Final) }),
    ];

    public void Dispose() => _folder.Dispose();
}
