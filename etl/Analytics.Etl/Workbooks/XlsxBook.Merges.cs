using System.Text;
using System.Text.RegularExpressions;
using Analytics.Etl.Sources;

namespace Analytics.Etl.Workbooks;

// Merged ranges: SpreadsheetML writes <mergeCells> after <sheetData>, so a streaming read of the rows
// meets them too late. They are found by a byte scan of the sheet part (no XML parsing of the rows:
// '<' cannot occur raw in cell text, so "<mergeCells" or "<x:mergeCells" marks the element), which costs
// little beside reading the rows themselves.
internal sealed partial class XlsxBook
{
    private static readonly byte[] MergeCellsTag = "mergeCells"u8.ToArray();

    [GeneratedRegex(@"(?<![A-Za-z])ref=""([A-Za-z]{1,3})([0-9]{1,7}):([A-Za-z]{1,3})([0-9]{1,7})""")]
    private static partial Regex MergeReference();

    private readonly Dictionary<int, IReadOnlyList<CellRange>> _merges = [];

    public IReadOnlyList<CellRange> Merges(SheetInfo sheet)
    {
        ArgumentNullException.ThrowIfNull(sheet);
        if (!_merges.TryGetValue(sheet.Index, out var merges)) _merges[sheet.Index] = merges = ReadMerges(sheet);
        return merges;
    }

    private List<CellRange> ReadMerges(SheetInfo sheet)
    {
        var entry = _zip.GetEntry(_sheets[sheet.Index].Part) ?? throw new InvalidDataException($"{_name}: sheet '{sheet.Name}' is missing");
        using var stream = ZipGuard.Open(entry, _name);
        var tail = ReadAfterMergeCells(stream);
        if (tail is null) return [];
        var merges = new List<CellRange>();
        foreach (Match m in MergeReference().Matches(tail))
        {
            if (merges.Count == WorkbookLimits.MaxMerges)
                throw new InvalidDataException(
                    $"{_name}, sheet '{sheet.Name}': more than {WorkbookLimits.MaxMerges:N0} merged ranges; refused");
            int c1 = Column(m.Groups[1].Value), c2 = Column(m.Groups[3].Value);
            int r1 = int.Parse(m.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture) - 1;
            int r2 = int.Parse(m.Groups[4].Value, System.Globalization.CultureInfo.InvariantCulture) - 1;
            if (c1 < 0 || c2 < 0 || c1 >= WorkbookLimits.MaxColumns || c2 >= WorkbookLimits.MaxColumns
                || r1 < 0 || r2 < 0 || r1 >= WorkbookLimits.MaxRows || r2 >= WorkbookLimits.MaxRows) continue;
            merges.Add(new CellRange(Math.Min(r1, r2), Math.Min(c1, c2), Math.Max(r1, r2), Math.Max(c1, c2)));
        }
        return merges;
    }

    /// <summary>The part's &lt;mergeCells&gt; element as text (at most what <see cref="WorkbookLimits.MaxMerges"/>
    /// ranges take), or null when it has none. Elements after it (autoFilter, hyperlinks, validations) also
    /// carry ranges, so the text stops at its end tag.</summary>
    private static string? ReadAfterMergeCells(Stream stream)
    {
        const int Most = WorkbookLimits.MaxMerges * 64;
        var buffer = new byte[1 << 16];
        MemoryStream? tail = null;
        var kept = 0;
        while (true)
        {
            var n = stream.Read(buffer, kept, buffer.Length - kept);
            if (tail is not null)
            {
                if (n == 0 || tail.Length > Most) break;
                tail.Write(buffer, 0, n);
                continue;
            }
            var length = kept + n;
            var at = Find(buffer.AsSpan(0, length));
            if (at >= 0)
            {
                tail = new MemoryStream();
                tail.Write(buffer, at, length - at);
                kept = 0;
                continue;
            }
            if (n == 0) break;
            // Keep the last bytes: the tag may straddle two reads.
            kept = Math.Min(MergeCellsTag.Length + 8, length);
            Buffer.BlockCopy(buffer, length - kept, buffer, 0, kept);
        }
        if (tail is null) return null;
        var text = Encoding.UTF8.GetString(tail.GetBuffer(), 0, (int)Math.Min(tail.Length, Most));
        var end = text.IndexOf("mergeCells>", 1, StringComparison.Ordinal);
        return end < 0 ? text : text[..end];
    }

    /// <summary>Where "mergeCells" opens an element (after '&lt;' or a namespace prefix), or −1.</summary>
    private static int Find(ReadOnlySpan<byte> bytes)
    {
        var from = 0;
        while (true)
        {
            var i = bytes[from..].IndexOf(MergeCellsTag);
            if (i < 0) return -1;
            i += from;
            if (i > 0 && (bytes[i - 1] == (byte)'<' || bytes[i - 1] == (byte)':')) return i;
            from = i + 1;
        }
    }
}
