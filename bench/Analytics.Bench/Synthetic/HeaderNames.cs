using Analytics.Etl.Decoding;

namespace Analytics.Bench.Synthetic;

/// <summary>The header row of each record kind: the canonical columns (docs/interchange.md order, from the
/// loader's own <see cref="HeaderCatalog"/>), or the Vietnamese wording a provincial template uses —
/// only aliases the loader maps back to the same column (<see cref="Verify"/>).</summary>
internal static class HeaderNames
{
    private static readonly Dictionary<RecordKind, string[]> Vietnamese = new()
    {
        [RecordKind.Units] = ["Mã đơn vị", "Tên đơn vị", "Loại đơn vị", "Đơn vị cấp trên", "Mã đơn vị đối ứng", "Mã địa bàn",
            "Từ ngày", "Đến ngày", "Đơn vị kế thừa"],
        [RecordKind.People] = ["Mã đảng viên", "Họ và tên", "Năm sinh", "Giới tính", "Đảng viên", "Ngày vào Đảng"],
        [RecordKind.Positions] = ["Mã đảng viên", "Mã đơn vị", "Chức vụ", "Từ ngày", "Đến ngày"],
        [RecordKind.Ratings] = ["Mã bản ghi", "Kỳ đánh giá", "Loại đối tượng", "Mã đối tượng", "Mã đơn vị", "Vai trò", "Kênh",
            "Xếp loại", "Điểm", "Kỷ luật", "Hạn chế, khuyết điểm", "Ngày quyết định", "Lần sửa"],
        [RecordKind.Summaries] = ["Kỳ đánh giá", "Mã đơn vị", "Đối tượng", "Xếp loại", "Số lượng"],
        [RecordKind.Residence] = ["Kỳ đánh giá", "Mã đảng viên", "Chi bộ nơi cư trú", "Đánh giá nơi cư trú", "Ý kiến nhận xét"],
    };

    public static IReadOnlyList<string> Canonical(RecordKind kind) => HeaderCatalog.Columns(kind);

    public static IReadOnlyList<string> For(RecordKind kind, bool vietnamese) => vietnamese ? Vietnamese[kind] : Canonical(kind);

    /// <summary>Throws unless every Vietnamese header maps to its canonical column in the loader.</summary>
    public static void Verify()
    {
        foreach (RecordKind kind in Enum.GetValues<RecordKind>())
        {
            IReadOnlyList<string> canonical = Canonical(kind);
            string[] vietnamese = Vietnamese[kind];
            if (vietnamese.Length != canonical.Count)
            {
                throw new InvalidOperationException($"{kind}: {vietnamese.Length} Vietnamese headers for {canonical.Count} columns.");
            }

            for (int i = 0; i < vietnamese.Length; i++)
            {
                string? matched = HeaderCatalog.Match(kind, vietnamese[i]);
                if (matched != canonical[i])
                {
                    throw new InvalidOperationException($"{kind}: header '{vietnamese[i]}' reads as '{matched}', not '{canonical[i]}'.");
                }
            }
        }
    }
}
