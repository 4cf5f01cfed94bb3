using System.Text;
using System.Text.Json;
using Analytics.Etl.Decoding;

namespace Analytics.Etl.Sources;

/// <summary>The pages of one record kind from a JSON API, checked and rendered as interchange CSV in
/// one pass as they arrive: each page must be <c>{"items":[{…},…],"next":"…"|null}</c>. The header is
/// the kind's canonical columns plus any other field of the first page (the watermark field is the
/// source's bookkeeping and is left out); a field never seen before on a later page is refused, since
/// rows already written could not carry it.</summary>
internal sealed class JsonPages : IDisposable
{
    private readonly string? _watermarkField;
    private readonly Func<Stream> _open;
    private readonly Dictionary<string, int> _slot = new(StringComparer.Ordinal);
    private byte[][] _names = [];
    private int[] _lastSlot = [];
    private string?[] _cells = [];
    private char[] _chars = new char[256];
    private InterchangeCsvWriter? _csv;
    private readonly RecordKind _kind;

    public JsonPages(RecordKind kind, string? watermarkField, Func<Stream> open)
    {
        _kind = kind;
        _watermarkField = watermarkField;
        _open = open;
    }

    public long Rows => _csv?.Rows ?? 0;
    public string? Watermark { get; private set; }

    /// <summary>Checks and renders one page; returns why it is malformed, or null (and the next cursor).</summary>
    public string? Add(byte[] page, out string? next)
    {
        next = null;
        try
        {
            if (_csv is null) Start(page);
            var reader = new Utf8JsonReader(page);
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject) return "the page is not a JSON object";
            var sawItems = false;
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                if (reader.ValueTextEquals("items"u8))
                {
                    reader.Read();
                    if (reader.TokenType != JsonTokenType.StartArray) return "'items' is not an array";
                    sawItems = true;
                    var n = 0;
                    while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
                    {
                        n++;
                        if (reader.TokenType != JsonTokenType.StartObject) return $"item {n} is not an object";
                        if (Item(ref reader, page) is { } fault) return $"item {n}: {fault}";
                    }
                }
                else if (reader.ValueTextEquals("next"u8))
                {
                    reader.Read();
                    if (reader.TokenType == JsonTokenType.String) next = reader.GetString() is { Length: > 0 } s ? s : null;
                    else if (reader.TokenType != JsonTokenType.Null) return "'next' is neither a string nor null";
                }
                else { reader.Read(); reader.Skip(); }
            }
            if (!sawItems) return "the page has no 'items' array";
            _csv!.Flush();
            return null;
        }
        catch (JsonException e)
        {
            return $"not valid JSON ({e.Message})";
        }
    }

    /// <summary>The header: canonical columns, then the first page's other fields in first-seen order.</summary>
    private void Start(byte[] page)
    {
        var columns = HeaderCatalog.Columns(_kind).Where(c => c != _watermarkField).ToList();
        var reader = new Utf8JsonReader(page);
        var depth = 0;
        while (reader.Read())
        {
            if (reader.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray) depth++;
            else if (reader.TokenType is JsonTokenType.EndObject or JsonTokenType.EndArray) depth--;
            else if (reader.TokenType == JsonTokenType.PropertyName && depth == 3)   // page { items [ item {
            {
                var name = reader.GetString()!;
                if (name != _watermarkField && !columns.Contains(name)) columns.Add(name);
            }
        }
        for (var i = 0; i < columns.Count; i++) _slot[columns[i]] = i;
        _names = [.. columns.Select(Encoding.UTF8.GetBytes)];
        _lastSlot = new int[columns.Count + 1];
        _cells = new string?[columns.Count];
        _csv = new InterchangeCsvWriter(_open());
        _csv.Header(columns);
    }

    private string? Item(ref Utf8JsonReader reader, byte[] page)
    {
        Array.Clear(_cells);
        var position = 0;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            // Items of one API list their fields in the same order: try where this field was last time.
            var guess = position < _lastSlot.Length ? _lastSlot[position] : -1;
            int at;
            if (guess >= 0 && guess < _names.Length && reader.ValueTextEquals(_names[guess])) at = guess;
            else
            {
                var name = reader.GetString()!;
                if (name == _watermarkField)
                {
                    reader.Read();
                    if (reader.TokenType is JsonTokenType.String or JsonTokenType.Number)
                        Watermark = WatermarkOrder.Max(Watermark, reader.TokenType == JsonTokenType.String
                            ? reader.GetString()
                            : Encoding.UTF8.GetString(reader.ValueSpan));
                    reader.Skip();
                    if (position < _lastSlot.Length) _lastSlot[position] = -1;
                    position++;
                    continue;
                }
                if (!_slot.TryGetValue(name, out at)) return $"field '{name}' is not among the fields of the first page";
            }
            if (position < _lastSlot.Length) _lastSlot[position] = at;
            position++;
            reader.Read();
            _cells[at] = Text(ref reader, page);
        }
        foreach (var cell in _cells) _csv!.Cell(cell);
        _csv!.EndRow();
        return null;
    }

    private string? Text(ref Utf8JsonReader reader, byte[] bytes)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.String:
                var length = reader.HasValueSequence ? (int)reader.ValueSequence.Length : reader.ValueSpan.Length;
                if (_chars.Length < length) _chars = new char[length * 2];
                var n = reader.CopyString(_chars);
                return new string(_chars, 0, n);
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

    /// <summary>Ends the file: a kind with no page yet still gets its header.</summary>
    public void Complete()
    {
        if (_csv is null)
        {
            _csv = new InterchangeCsvWriter(_open());
            _csv.Header(HeaderCatalog.Columns(_kind).Where(c => c != _watermarkField));
        }
        _csv.Dispose();
    }

    public void Dispose() => _csv?.Dispose();
}
