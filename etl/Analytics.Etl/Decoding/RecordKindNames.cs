namespace Analytics.Etl.Decoding;

/// <summary>File and sheet names of the record kinds (docs/interchange.md "Delivery"): the canonical
/// "units.csv" … and the Vietnamese sheet names templates use ("Đơn vị", "Biểu tổng hợp", "don_vi").</summary>
internal static class RecordKindNames
{
    private static readonly AliasTable<RecordKind> Names = new(
    [
        ("units", RecordKind.Units), ("unit", RecordKind.Units), ("đơn vị", RecordKind.Units),
        ("danh mục đơn vị", RecordKind.Units), ("danh sách đơn vị", RecordKind.Units), ("tổ chức", RecordKind.Units),
        ("people", RecordKind.People), ("person", RecordKind.People), ("persons", RecordKind.People),
        ("nhân sự", RecordKind.People), ("đảng viên", RecordKind.People), ("danh sách đảng viên", RecordKind.People),
        ("cán bộ", RecordKind.People), ("danh sách cán bộ", RecordKind.People),
        ("positions", RecordKind.Positions), ("position", RecordKind.Positions), ("chức vụ", RecordKind.Positions),
        ("vị trí", RecordKind.Positions), ("chức danh", RecordKind.Positions),
        ("ratings", RecordKind.Ratings), ("rating", RecordKind.Ratings), ("xếp loại", RecordKind.Ratings),
        ("đánh giá", RecordKind.Ratings), ("đánh giá xếp loại", RecordKind.Ratings), ("kết quả xếp loại", RecordKind.Ratings),
        ("kết quả đánh giá", RecordKind.Ratings), ("kết quả đánh giá xếp loại", RecordKind.Ratings),
        ("summaries", RecordKind.Summaries), ("summary", RecordKind.Summaries), ("tổng hợp", RecordKind.Summaries),
        ("biểu tổng hợp", RecordKind.Summaries), ("bảng tổng hợp", RecordKind.Summaries),
        ("residence", RecordKind.Residence), ("nơi cư trú", RecordKind.Residence), ("cư trú", RecordKind.Residence),
        ("ý kiến nơi cư trú", RecordKind.Residence), ("nhận xét nơi cư trú", RecordKind.Residence),
    ]);

    /// <summary>The canonical file name (without extension) and sheet name of <paramref name="kind"/>.</summary>
    public static string FileName(RecordKind kind) => kind switch
    {
        RecordKind.Units => "units",
        RecordKind.People => "people",
        RecordKind.Positions => "positions",
        RecordKind.Ratings => "ratings",
        RecordKind.Summaries => "summaries",
        RecordKind.Residence => "residence",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown record kind."),
    };

    /// <summary>The kind a file name (without extension) or sheet name stands for, or null. A leading
    /// sheet number ("1. Đơn vị", "02_xep_loai") is ignored, and so is a note in brackets after the name
    /// ("ratings (Biểu 01)": what a workbook's sheet of that kind lands as).</summary>
    public static RecordKind? FromName(string name)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            return null;
        }

        int note = name.IndexOf(" (", StringComparison.Ordinal);
        if (note > 0 && name.EndsWith(')') && FromName(name[..note]) is { } noted)
        {
            return noted;
        }

        if (Names.TryGet(name, out RecordKind kind))
        {
            return kind;
        }

        string folded = TextFolding.FoldWords(name);
        int firstSpace = folded.IndexOf(' ', StringComparison.Ordinal);
        if (firstSpace > 0 && folded.AsSpan(0, firstSpace).IndexOfAnyExceptInRange('0', '9') < 0
            && Names.TryGetFolded(folded[(firstSpace + 1)..], out kind))
        {
            return kind;
        }

        return null;
    }
}
