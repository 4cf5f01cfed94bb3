using System.Text;
using System.Text.Json;

namespace Analytics.Etl.Sources;

/// <summary>Pages of one record kind from a JSON API: checks each page's shape
/// (<c>{"items":[{…},…],"next":"…"|null}</c>), gathers the item fields in first-seen order and the
/// highest watermark, then renders all pages as one interchange CSV whose header is those fields
/// (less the watermark field, which is the source's bookkeeping, not data).</summary>
internal sealed class JsonPageShape(string? watermarkField)
{
    private readonly Dictionary<string, int> _index = new(StringComparer.Ordinal);
    private readonly List<string> _fields = [];

    public IReadOnlyList<string> Fields => _fields;
    public long Items { get; private set; }
    public string? Watermark { get; private set; }

    /// <summary>Reads one page; returns why it is malformed, or null (and the next cursor) when it is fine.</summary>
    public string? Read(byte[] page, out string? next)
    {
        next = null;
        var reader = new Utf8JsonReader(page);
        try
        {
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject) return "the page is not a JSON object";
            var sawItems = false;
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                var name = reader.GetString();
                reader.Read();
                if (name == "items")
                {
                    if (reader.TokenType != JsonTokenType.StartArray) return "'items' is not an array";
                    sawItems = true;
                    var n = 0;
                    while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
                    {
                        n++;
                        if (reader.TokenType != JsonTokenType.StartObject) return $"item {n} is not an object";
                        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
                        {
                            var field = reader.GetString()!;
                            reader.Read();
                            if (!_index.ContainsKey(field)) { _index[field] = _fields.Count; _fields.Add(field); }
                            if (field == watermarkField && reader.TokenType is JsonTokenType.String or JsonTokenType.Number)
                                Watermark = WatermarkOrder.Max(Watermark, reader.TokenType == JsonTokenType.String ? reader.GetString() : Encoding.UTF8.GetString(reader.ValueSpan));
                            reader.Skip();
                        }
                    }
                    Items += n;
                }
                else if (name == "next")
                {
                    if (reader.TokenType == JsonTokenType.String) next = reader.GetString() is { Length: > 0 } s ? s : null;
                    else if (reader.TokenType != JsonTokenType.Null) return "'next' is neither a string nor null";
                }
                else reader.Skip();
            }
            if (!sawItems) return "the page has no 'items' array";
            return null;
        }
        catch (JsonException e)
        {
            return $"not valid JSON ({e.Message})";
        }
    }

    /// <summary>Writes the items of every page as CSV rows under the gathered header.</summary>
    public static void Render(IReadOnlyList<string> pages, IReadOnlyList<string> fields, string? watermarkField, string csvPath)
    {
        var columns = fields.Where(f => f != watermarkField).ToList();
        var slot = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < columns.Count; i++) slot[columns[i]] = i;
        var names = columns.Select(Encoding.UTF8.GetBytes).ToArray();
        var cells = new string?[columns.Count];
        var chars = new char[256];
        using var csv = new InterchangeCsvWriter(csvPath);
        csv.Header(columns);
        foreach (var page in pages)
        {
            var bytes = File.ReadAllBytes(page);
            var reader = new Utf8JsonReader(bytes);
            reader.Read();
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                if (!reader.ValueTextEquals("items"u8)) { reader.Read(); reader.Skip(); continue; }
                reader.Read();
                while (reader.Read() && reader.TokenType == JsonTokenType.StartObject)
                {
                    Array.Clear(cells);
                    var position = 0;
                    while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
                    {
                        // Items of one API nearly always list their fields in the same order.
                        var at = position < names.Length && reader.ValueTextEquals(names[position]) ? position
                            : slot.GetValueOrDefault(reader.GetString()!, -1);
                        reader.Read();
                        position = at + 1;
                        if (at < 0) { reader.Skip(); position = 0; continue; }
                        cells[at] = Text(ref reader, bytes, ref chars);
                    }
                    foreach (var cell in cells) csv.Cell(cell);
                    csv.EndRow();
                }
            }
        }
    }

    private static string? Text(ref Utf8JsonReader reader, byte[] bytes, ref char[] chars)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.String:
                var length = reader.HasValueSequence ? (int)reader.ValueSequence.Length : reader.ValueSpan.Length;
                if (chars.Length < length) chars = new char[length * 2];
                var n = reader.CopyString(chars);
                return new string(chars, 0, n);
            case JsonTokenType.Number: return Encoding.UTF8.GetString(reader.ValueSpan);
            case JsonTokenType.True: return "true";
            case JsonTokenType.False: return "false";
            case JsonTokenType.Null: return null;
            default:
                var start = (int)reader.TokenStartIndex;
                reader.Skip();
                return Encoding.UTF8.GetString(bytes, start, (int)reader.BytesConsumed - start);
        }
    }
}
